/*
 * dict.c - `dyad dict`: compile, lookup, check, convert, stats.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dictload.h"
#include "dicttools.h"
#include "util.h"

#ifndef DYAD_SOURCE_DICT_DIR
#define DYAD_SOURCE_DICT_DIR "dict"
#endif

static const char dict_usage[] =
    "usage: dyad dict COMMAND [options]\n"
    "\n"
    "  compile [--dict-source DIR] [--wordnet DIR] -o FILE\n"
    "        compile dyad source dictionaries (default: ./dict, else the source tree's)\n"
    "        into one file that loads in milliseconds (use it with --dict-compiled)\n"
    "  lookup \"NAME OR TITLE\" [--date YYYY-MM-DD] [dictionary options]\n"
    "        the code a name gets on a date, with its entry (file, line, source)\n"
    "  check [--dict-source DIR] [--dict FILE]...\n"
    "        lint: unknown CAMEO codes, overlapping or inverted date ranges, one name\n"
    "        with conflicting codes, aliases that hide other entries; exit 1 if any.\n"
    "        --dict FILE: also lint a user dictionary (dyad or PETRARCH format, as\n"
    "        dyad code --dict reads it) against the CAMEO codes and the states\n"
    "  convert FILE... [-o OUT]\n"
    "        PETRARCH actor and agent files to dyad's source format\n"
    "  stats [dictionary options]\n"
    "        the sizes of the loaded dictionaries\n";

static const char *default_source(void)
{
    if (access("dict/cameo/cameo_event_codes.tsv", R_OK) == 0)
        return "dict";
    return DYAD_SOURCE_DICT_DIR;
}

static void print_diag(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "%s:%u: %s: %s\n", file, line, level == DIAG_ERROR ? "error" : "warning", msg);
}

static int cmd_compile(int argc, char **argv)
{
    const char *src = NULL, *wordnet = DYAD_DEFAULT_WORDNET, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict-source") && i + 1 < argc)
            src = argv[++i];
        else if (!strcmp(argv[i], "--wordnet") && i + 1 < argc)
            wordnet = argv[++i];
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else {
            fputs(dict_usage, stderr);
            return EXIT_USAGE;
        }
    }
    if (!out) {
        cli_error("dict compile needs -o FILE");
        return EXIT_USAGE;
    }
    if (!src)
        src = default_source();
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = print_diag;
    g.strip_prefix = src;
    g.display_prefix = "dict/";
    dy_dict d;
    int rc = dictload_source_tree(&d, src, wordnet, &g);
    if (rc || g.nerrors) {
        cli_error("%u error(s) in %s; nothing written", g.nerrors, src);
        dict_free(&d);
        return EXIT_USAGE;
    }
    char err[512];
    if (dict_save(&d, out, err, sizeof err)) {
        cli_error("%s", err);
        dict_free(&d);
        return EXIT_USAGE;
    }
    fprintf(stderr, "dyad: compiled %s into %s (%u actors, %u agents, %u verb patterns)\n", src, out,
            DICT_N(&d, DT_ACTOR) - 1, DICT_N(&d, DT_AGENT) - 1, DICT_N(&d, DT_PATTERN) - 1);
    dict_free(&d);
    return 0;
}

static int cmd_lookup(int argc, char **argv)
{
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    int32_t date = 0;
    const char *name = NULL;
    for (int i = 1; i < argc; i++) {
        int r = cli_dict_option(&dopt, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (!(date = cli_parse_date(argv[++i])))
                return EXIT_USAGE;
        } else if (argv[i][0] == '-') {
            fputs(dict_usage, stderr);
            return EXIT_USAGE;
        } else
            name = argv[i];
    }
    if (!name) {
        fputs(dict_usage, stderr);
        return EXIT_USAGE;
    }
    if (!date)
        date = cli_today();
    dyad_dict *d = cli_load_dict(&dopt);
    if (!d)
        return EXIT_USAGE;
    dyad_coder *c = dyad_coder_new(d);
    const char *report;
    int n = dyad_lookup(c, date, name, strlen(name), &report);
    char ds[16];
    snprintf(ds, sizeof ds, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    printf("on %s:\n%s", ds, report);
    dyad_coder_free(c);
    dyad_dict_free(d);
    return n > 0 ? 0 : 1;
}

static int cmd_check(int argc, char **argv)
{
    const char *src = NULL, *wordnet = DYAD_DEFAULT_WORDNET;
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    if (!files) {
        cli_error("out of memory");
        return EXIT_USAGE;
    }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            files[nfiles++] = argv[++i];
        else if (!strcmp(argv[i], "--dict-source") && i + 1 < argc)
            src = argv[++i];
        else if (!strcmp(argv[i], "--wordnet") && i + 1 < argc)
            wordnet = argv[++i];
        else {
            fputs(dict_usage, stderr);
            free(files);
            return EXIT_USAGE;
        }
    }
    if (!src)
        src = default_source();
    dy_buf report;
    dy_buf_init(&report);
    long n = dicttools_check(src, wordnet, files, nfiles, &report);
    free(files);
    if (report.len)
        fputs(report.p, stdout);
    dy_buf_free(&report);
    if (n < 0) {
        cli_error("cannot read the dictionaries in %s", src);
        return EXIT_USAGE;
    }
    printf("dict check: %ld problem%s in %s%s\n", n, n == 1 ? "" : "s", src, nfiles ? " and the --dict files" : "");
    return n ? 1 : 0;
}

static int cmd_convert(int argc, char **argv)
{
    const char *files[256];
    size_t n = 0;
    const char *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] == '-') {
            fputs(dict_usage, stderr);
            return EXIT_USAGE;
        } else if (n < 256)
            files[n++] = argv[i];
    }
    if (!n) {
        fputs(dict_usage, stderr);
        return EXIT_USAGE;
    }
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = print_diag;
    dy_buf b;
    dy_buf_init(&b);
    int rc = dicttools_convert(files, n, &b, &g);
    if (rc || g.nerrors) {
        cli_error("conversion failed");
        dy_buf_free(&b);
        return EXIT_USAGE;
    }
    FILE *f = out ? fopen(out, "w") : stdout;
    if (!f) {
        cli_error("%s: cannot write", out);
        dy_buf_free(&b);
        return EXIT_USAGE;
    }
    int bad = fwrite(b.p, 1, b.len, f) != b.len;
    if (out && fclose(f) != 0)
        bad = 1;
    dy_buf_free(&b);
    if (bad) {
        cli_error("%s: write error", out ? out : "standard output");
        return EXIT_USAGE;
    }
    return 0;
}

static int cmd_stats(int argc, char **argv)
{
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    for (int i = 1; i < argc; i++) {
        int r = cli_dict_option(&dopt, argc, argv, &i);
        if (r <= 0) {
            fputs(dict_usage, stderr);
            return EXIT_USAGE;
        }
    }
    dyad_dict *d = cli_load_dict(&dopt);
    if (!d)
        return EXIT_USAGE;
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    printf("words %zu\nactors %zu\nactor codes %zu\nagents %zu\nverb forms %zu\nverb patterns %zu\nsynsets %zu\n"
           "discard phrases %zu\nissues %zu\nevent codes %zu\nbytes %zu\n",
           st.words, st.actors, st.actor_codes, st.agents, st.verbs, st.patterns, st.synsets, st.discards, st.issues,
           st.event_codes, st.bytes);
    dyad_dict_free(d);
    return 0;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(dict_usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    const char *sub = argv[1];
    if (!strcmp(sub, "compile"))
        return cmd_compile(argc - 1, argv + 1);
    if (!strcmp(sub, "lookup"))
        return cmd_lookup(argc - 1, argv + 1);
    if (!strcmp(sub, "check"))
        return cmd_check(argc - 1, argv + 1);
    if (!strcmp(sub, "convert"))
        return cmd_convert(argc - 1, argv + 1);
    if (!strcmp(sub, "stats"))
        return cmd_stats(argc - 1, argv + 1);
    cli_error("unknown dict command \"%s\"", sub);
    fputs(dict_usage, stderr);
    return EXIT_USAGE;
}
