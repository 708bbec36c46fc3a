# Tests: one C program per module (tests/test_*.c), the golden sentences,
# PETRARCH's unit-test records (when ../shared is present) and end-to-end checks
# of the command line (tests/cli/*.sh). All run through ctest.

# The shared reference material (PETRARCH2's records and dictionaries) is
# optional: the tests that use it skip, with a message, when it is absent.
if(DEFINED ENV{DYAD_SHARED})
  set(DYAD_SHARED_DEFAULT "$ENV{DYAD_SHARED}")
elseif(EXISTS "${CMAKE_SOURCE_DIR}/../shared/petrarch2")
  set(DYAD_SHARED_DEFAULT "${CMAKE_SOURCE_DIR}/../shared")
else()
  set(DYAD_SHARED_DEFAULT "/work/shared")
endif()
set(DYAD_SHARED "${DYAD_SHARED_DEFAULT}" CACHE PATH "the shared reference material (optional)")

# unit tests: tests/test_<module>.c, linked with the library
file(GLOB DYAD_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/test_*.c)
foreach(src ${DYAD_UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/tests)
  target_link_libraries(${name} PRIVATE dyad Threads::Threads)
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()

add_executable(dyad-golden tests/golden_test.c)
target_link_libraries(dyad-golden PRIVATE dyad)
add_test(NAME golden_core
  COMMAND dyad-golden --min-precision 0.98 --min-recall 0.91 --min-date 0.99 ${CMAKE_SOURCE_DIR}/tests/golden/core.txt)
add_test(NAME golden_meaning
  COMMAND dyad-golden --min-precision 0.94 --min-recall 0.81 --min-date 0.99 ${CMAKE_SOURCE_DIR}/tests/golden/meaning.txt)
# the whole set, which issue 4's bar (precision 0.85, recall 0.8) is about: the
# first two sets and the two development sets written later without running dyad
add_test(NAME golden_all
  COMMAND dyad-golden --min-precision 0.94 --min-recall 0.83 --min-date 0.99 ${CMAKE_SOURCE_DIR}/tests/golden/core.txt
          ${CMAKE_SOURCE_DIR}/tests/golden/meaning.txt ${CMAKE_SOURCE_DIR}/tests/golden/dev2.txt
          ${CMAKE_SOURCE_DIR}/tests/golden/dev3.txt)
add_test(NAME golden_dev2
  COMMAND dyad-golden --min-precision 0.82 --min-recall 0.71 --min-date 0.99 ${CMAKE_SOURCE_DIR}/tests/golden/dev2.txt)
add_test(NAME golden_dev3
  COMMAND dyad-golden --min-precision 0.91 --min-recall 0.78 --min-date 0.98 ${CMAKE_SOURCE_DIR}/tests/golden/dev3.txt)
# held out from development (tests/heldout/README.md): a regression check only
add_test(NAME golden_heldout
  COMMAND dyad-golden --min-precision 0.63 --min-recall 0.48 --min-date 0.91 ${CMAKE_SOURCE_DIR}/tests/heldout/holdout.txt)

# command-line tests: each script gets the dyad binary and the source folder
file(GLOB DYAD_CLI_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/cli/*.sh)
list(FILTER DYAD_CLI_TESTS EXCLUDE REGEX "/lib\\.sh$")
foreach(script ${DYAD_CLI_TESTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME cli_${name} COMMAND sh ${script} $<TARGET_FILE:dyad-cli> ${CMAKE_SOURCE_DIR} ${DYAD_SHARED})
  set_tests_properties(cli_${name} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()

# valgrind cannot run an ASan binary: the memcheck run belongs to the plain build
if(TEST cli_valgrind)
  set_tests_properties(cli_valgrind PROPERTIES LABELS nosan TIMEOUT 600)
endif()

# the fuzz targets' corpora and regressions, replayed without libFuzzer
include(${CMAKE_SOURCE_DIR}/fuzz/replay.cmake)

# the browser test's check that a screenshot is not blank (tests/cli/report_browser.sh)
add_executable(dyad-pngstat tests/pngstat.c)
