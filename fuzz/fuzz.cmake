# libFuzzer targets (-DDYAD_FUZZ=ON, CC=clang): fuzz/fuzz_NAME.c linked with
# -fsanitize=fuzzer. The library itself is instrumented for coverage, ASan and
# UBSan by the DYAD_FUZZ options in CMakeLists.txt. The target list and the
# replay tests are in fuzz/replay.cmake; fuzz/run.sh runs the targets.

if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DYAD_FUZZ needs clang (libFuzzer): configure with CC=clang")
endif()

foreach(name ${DYAD_FUZZ_TARGETS})
  add_executable(fuzz_${name} ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${name}.c)
  target_include_directories(fuzz_${name} PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/fuzz)
  target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(fuzz_${name} PRIVATE dyad Threads::Threads)
endforeach()
