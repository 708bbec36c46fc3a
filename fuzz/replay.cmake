# The fuzz targets' replay tests, part of every build (included from
# tests/tests.cmake): each target's source linked with fuzz/replay.c instead of
# libFuzzer, run by ctest on fuzz/corpus/NAME and fuzz/regressions/NAME.
# fuzz/fuzz.cmake builds the same sources with libFuzzer (-DDYAD_FUZZ=ON).

set(DYAD_FUZZ_TARGETS json text petrarch_verbs petrarch_actors petrarch_agents petrarch_discards
    petrarch_issues cameo_tables dyad_dict dict_attach records explain net)

foreach(name ${DYAD_FUZZ_TARGETS})
  add_executable(fuzz_replay_${name} ${CMAKE_SOURCE_DIR}/fuzz/replay.c ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${name}.c)
  target_include_directories(fuzz_replay_${name} PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/fuzz)
  target_link_libraries(fuzz_replay_${name} PRIVATE dyad Threads::Threads)
  add_test(NAME fuzz_replay_${name}
    COMMAND fuzz_replay_${name} ${CMAKE_SOURCE_DIR}/fuzz/corpus/${name} ${CMAKE_SOURCE_DIR}/fuzz/regressions/${name})
endforeach()
