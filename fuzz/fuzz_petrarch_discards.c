/*
 * fuzz_petrarch_discards.c - read_petrarch_discards (src/dictread.c) on arbitrary bytes, then the
 * compiled form of what it read (see fuzz_dictreader.h).
 */
#define FUZZ_READER read_petrarch_discards
#define FUZZ_FILE_NAME "fuzz.discards.txt"
#define FUZZ_BASE_VERBS
#define FUZZ_BASE_ACTORS
#define FUZZ_BASE_AGENTS
#include "fuzz_dictreader.h"
