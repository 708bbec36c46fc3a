# The benchmark's programs (bench/README.md; `make bench` runs bench/run.sh):
#   dyad-floor         the floor: JSON scan, words, vocabulary lookups, nothing else
#   dyad-benchrun      runs a command; wall and CPU time, peak RSS, time to first line
#   dyad-bench-stream  writes the 2 GB stream of 10 MB stories of bench/stream.sh
add_executable(dyad-floor ${CMAKE_CURRENT_LIST_DIR}/floor.c)
add_executable(dyad-benchrun ${CMAKE_CURRENT_LIST_DIR}/benchrun.c)
add_executable(dyad-bench-stream ${CMAKE_CURRENT_LIST_DIR}/streamgen.c)
