# Tests: one C program per module (tests/test_*.c), plus end-to-end checks of
# the command line (tests/cli/*.sh). All run through ctest.
