/*
 * dictc.c - compiles dyad's source dictionaries (dict/) into the binary image
 * that the build links into libdyad. `dyad dict compile` does the same from
 * the command line; this separate program exists because it must run before
 * libdyad (with its built-in dictionary) can be linked.
 *
 *   dyad-dictc --dict-dir DIR [--wordnet DIR] -o FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dictload.h"

static void report(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    (void)ctx;
    if (line)
        fprintf(stderr, "%s:%u: %s: %s\n", file, line, level == DIAG_ERROR ? "error" : "warning", msg);
    else
        fprintf(stderr, "%s: %s: %s\n", file, level == DIAG_ERROR ? "error" : "warning", msg);
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *wordnet = DYAD_DEFAULT_WORDNET, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict-dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--wordnet") && i + 1 < argc)
            wordnet = argv[++i];
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else {
            fprintf(stderr, "usage: dyad-dictc --dict-dir DIR [--wordnet DIR] -o FILE\n");
            return 2;
        }
    }
    if (!dir || !out) {
        fprintf(stderr, "usage: dyad-dictc --dict-dir DIR [--wordnet DIR] -o FILE\n");
        return 2;
    }
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = report;
    g.strip_prefix = dir;
    g.display_prefix = "dict/";
    dy_dict d;
    int rc = dictload_source_tree(&d, dir, wordnet, &g);
    if (rc || g.nerrors) {
        fprintf(stderr, "dyad-dictc: %u error(s) in the dictionaries; nothing written\n", g.nerrors);
        dict_free(&d);
        return 1;
    }
    char err[512];
    if (dict_save(&d, out, err, sizeof err)) {
        fprintf(stderr, "dyad-dictc: %s\n", err);
        dict_free(&d);
        return 1;
    }
    if (g.nwarnings)
        fprintf(stderr, "dyad-dictc: %u warning(s)\n", g.nwarnings);
    dict_free(&d);
    return 0;
}
