/*
 * fuzz_dyad_dict.c - read_dyad_dict (src/dictread.c), dyad's own dictionary
 * format, on arbitrary bytes, then the compiler path: the dictionary built is
 * saved, loaded back through the validator and used to code (see
 * fuzz_dictreader.h). The base holds verbs, so that actors read here can
 * take part in events.
 */
#define FUZZ_READER read_dyad_dict
#define FUZZ_FILE_NAME "fuzz.dyad.txt"
#define FUZZ_BASE_VERBS
#include "fuzz_dictreader.h"
