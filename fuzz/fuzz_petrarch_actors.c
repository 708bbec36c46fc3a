/*
 * fuzz_petrarch_actors.c - read_petrarch_actors (src/dictread.c) on arbitrary bytes, then the
 * compiled form of what it read (see fuzz_dictreader.h).
 */
#define FUZZ_READER read_petrarch_actors
#define FUZZ_FILE_NAME "fuzz.actors.txt"
#define FUZZ_BASE_VERBS
#define FUZZ_BASE_AGENTS
#include "fuzz_dictreader.h"
