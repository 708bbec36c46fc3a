/*
 * fuzz_petrarch_agents.c - read_petrarch_agents (src/dictread.c) on arbitrary bytes, then the
 * compiled form of what it read (see fuzz_dictreader.h).
 */
#define FUZZ_READER read_petrarch_agents
#define FUZZ_FILE_NAME "fuzz.agents.txt"
#define FUZZ_BASE_VERBS
#define FUZZ_BASE_ACTORS
#include "fuzz_dictreader.h"
