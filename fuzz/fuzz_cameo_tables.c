/*
 * fuzz_cameo_tables.c - the readers of the CAMEO reference tables (src/dictread.c
 * read_cameo_table, read_plover_table), which every compile of dict/ reads, on
 * arbitrary bytes: the same file goes through both (each skips the lines it
 * does not understand), then the compiled form of the result is used (see
 * fuzz_dictreader.h); the base verbs give the codes something to code.
 */
#include "dictread.h"

static int read_tables(dy_dict *d, const char *path, dy_diag *g)
{
    int rc = read_cameo_table(d, path, g);
    return rc | read_plover_table(d, path, g);
}

#define FUZZ_READER read_tables
#define FUZZ_FILE_NAME "fuzz.cameo.tsv"
#define FUZZ_BASE_VERBS
#define FUZZ_BASE_ACTORS
#define FUZZ_BASE_AGENTS
#include "fuzz_dictreader.h"
