/*
 * fuzz_petrarch_verbs.c - read_petrarch_verbs (src/dictread.c) on arbitrary bytes, then the
 * compiled form of what it read (see fuzz_dictreader.h).
 */
#define FUZZ_READER read_petrarch_verbs
#define FUZZ_FILE_NAME "fuzz.verbs.txt"
#define FUZZ_BASE_ACTORS
#define FUZZ_BASE_AGENTS
#include "fuzz_dictreader.h"
