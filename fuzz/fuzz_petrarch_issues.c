/*
 * fuzz_petrarch_issues.c - read_petrarch_issues (src/dictread.c) on arbitrary bytes, then the
 * compiled form of what it read (see fuzz_dictreader.h).
 */
#define FUZZ_READER read_petrarch_issues
#define FUZZ_FILE_NAME "fuzz.issues.txt"
#define FUZZ_BASE_VERBS
#define FUZZ_BASE_ACTORS
#define FUZZ_BASE_AGENTS
#include "fuzz_dictreader.h"
