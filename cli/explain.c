/*
 * explain.c - `dyad explain "SENTENCE"`: every stage of coding, and why an
 * event was or was not coded.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "output.h"
#include "util.h"

static const char explain_usage[] =
    "usage: dyad explain [options] \"SENTENCE ...\" | -\n"
    "\n"
    "Prints the tokens with their word classes and lemmas, the actors found (with\n"
    "the dictionary entry, file, line and date range), the verb patterns that\n"
    "fired (file and line), the mode and date, and the events; when nothing is\n"
    "coded, it says why. `-` reads the text from stdin.\n"
    "\n"
    "  --date YYYY-MM-DD   the story date (default today)\n"
    "  --one-sided         also code events with no target actor, as `dyad code --one-sided`\n"
    CLI_COMMA_HELP
    "  --dict FILE, --dict-dir DIR, --dict-source DIR, --dict-compiled FILE  as for `dyad code`\n";

int cmd_explain(int argc, char **argv)
{
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    int32_t date = 0;
    dy_buf text;
    dy_buf_init(&text);
    int have_text = 0, one_sided = 0, comma[6] = {0};
    for (int i = 1; i < argc; i++) {
        int r = cli_dict_option(&dopt, argc, argv, &i);
        if (!r)
            r = cli_comma_option(comma, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(explain_usage, stdout);
            return 0;
        } else if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (!(date = cli_parse_date(argv[++i])))
                return EXIT_USAGE;
        } else if (!strcmp(argv[i], "--one-sided")) {
            one_sided = 1;
        } else if (!strcmp(argv[i], "-")) {
            char chunk[65536];
            size_t n;
            while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
                dy_buf_add(&text, chunk, n);
            have_text = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_error("unknown option \"%s\"", argv[i]);
            fputs(explain_usage, stderr);
            return EXIT_USAGE;
        } else {
            if (have_text)
                dy_buf_addc(&text, ' ');
            dy_buf_adds(&text, argv[i]);
            have_text = 1;
        }
    }
    if (!have_text) {
        fputs(explain_usage, stderr);
        return EXIT_USAGE;
    }
    if (!date)
        date = cli_today();
    dyad_dict *d = cli_load_dict(&dopt);
    if (!d) {
        dy_buf_free(&text);
        return EXIT_USAGE;
    }
    dyad_coder *c = dyad_coder_new(d);
    if (!c) {
        cli_error("out of memory");
        dyad_dict_free(d);
        dy_buf_free(&text);
        return EXIT_USAGE;
    }
    dyad_coder_set(c, DYAD_OPT_ONE_SIDED, one_sided);
    cli_comma_set(c, comma);
    const dyad_result *r;
    const char *trace;
    char ds[11];
    out_date(date, ds);
    printf("story date: %s\n", ds);
    int rc = dyad_explain(c, date, text.p ? text.p : "", text.len, &r, &trace);
    if (rc) {
        cli_error("%s", dyad_strerror(rc));
    } else {
        fputs(trace, stdout);
        printf("%zu sentence%s, %zu event%s\n", r->nsentences, r->nsentences == 1 ? "" : "s", r->nevents,
               r->nevents == 1 ? "" : "s");
        dy_buf b;
        dy_buf_init(&b);
        for (size_t i = 0; i < r->nevents; i++)
            out_event(&b, OUT_JSONL, r, i, "explain", 7, DYAD_JSON_DEBUG | DYAD_JSON_PLOVER);
        if (b.len)
            fwrite(b.p, 1, b.len, stdout);
        dy_buf_free(&b);
    }
    dyad_coder_free(c);
    dyad_dict_free(d);
    dy_buf_free(&text);
    return rc ? EXIT_USAGE : 0;
}
