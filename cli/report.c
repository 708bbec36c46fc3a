/*
 * report.c - `dyad report`: events in, one self-contained HTML page out (the
 * page is made in src/report.c).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "net.h"
#include "report.h"

static const char report_usage[] =
    "usage: dyad report [options] [EVENTS...|-] [-o report.html]\n"
    "\n"
    "Writes one self-contained HTML page (no network, no external files) from events\n"
    "(the JSON Lines, TSV or CSV that `dyad code` writes): the network of actors as a\n"
    "graph, cooperation and conflict over time for the most active dyads, and a table of\n"
    "dyads with their events and sentences.\n"
    "\n"
    "  -o FILE                  write the page to FILE (default standard output)\n"
    "  --level country|actor    as for dyad net (default country)\n"
    "  --mode asserted|all      as for dyad net (default asserted)\n"
    "  --from, --to YYYY-MM-DD  as for dyad net: only events dated within these days\n"
    "  --by day|week|month|auto periods of the charts (default auto: days up to two\n"
    "                           months of events, weeks up to six months, else months)\n"
    "  --top N                  dyads with a chart (default 6)\n"
    "  --max-nodes N            actors in the graph, most active first (default 40)\n"
    "  --events N               events per dyad listed with their sentences (default 50)\n"
    "  --title TEXT             the page's title (default \"dyad report\")\n"
    "  --quiet                  no summary on stderr\n"
    "  --dict FILE, --dict-dir DIR, --dict-source DIR, --dict-compiled FILE\n"
    "                           dictionaries for the names of event codes (as for dyad code)\n"
    "\n"
    "Exit status as for dyad net.\n";

int cmd_report(int argc, char **argv)
{
    dy_net_options o;
    memset(&o, 0, sizeof o);
    o.by = NET_BY_DAY; /* the charts regroup days into their periods */
    o.keep_events = 50;
    dy_report_options ro;
    memset(&ro, 0, sizeof ro);
    ro.by = NET_BY_ALL;
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    int quiet = 0, v, net;
    const char *out = NULL;
    char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    if (!files) {
        cli_error("out of memory");
        return EXIT_USAGE;
    }
    int status = EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int d = cli_dict_option(&dopt, argc, argv, &i);
        if (d < 0)
            goto done;
        if (d > 0)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(report_usage, stdout);
            status = 0;
            goto done;
        } else if (!strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (!strcmp(a, "-") || a[0] != '-') {
            files[nfiles++] = argv[i];
        } else if ((net = cli_net_option(&o, argc, argv, &i)) != 0) {
            if (net < 0)
                goto done;
        } else if (i + 1 >= argc) {
            cli_error("%s needs a value", a);
            goto done;
        } else if (!strcmp(a, "-o")) {
            out = argv[++i];
        } else if (!strcmp(a, "--by")) {
            /* "auto": the report chooses from the span of the dates */
            if ((ro.by = cli_parse_period(argv[++i], "auto")) < 0)
                goto done;
        } else if (!strcmp(a, "--top")) {
            if ((ro.top_dyads = cli_parse_count("--top", argv[++i], 100)) < 0)
                goto done;
        } else if (!strcmp(a, "--max-nodes")) {
            if ((ro.max_nodes = cli_parse_count("--max-nodes", argv[++i], 500)) < 0)
                goto done;
        } else if (!strcmp(a, "--events")) {
            if ((v = cli_parse_count("--events", argv[++i], 100000)) < 0)
                goto done;
            o.keep_events = (size_t)v;
        } else if (!strcmp(a, "--title")) {
            ro.title = argv[++i];
        } else {
            cli_error("unknown option \"%s\" (see dyad report --help)", a);
            goto done;
        }
    }
    if (cli_net_options_check(&o))
        goto done;
    /* the dictionary only names the event codes */
    dyad_dict *dict = cli_load_dict(&dopt);
    if (!dict)
        goto done;
    ro.dict = dict;
    if (nfiles == 1)
        ro.input = strcmp(files[0], "-") ? files[0] : "stdin";
    dy_net n;
    dy_net_init(&n, &o);
    status = cli_read_events(&n, files, nfiles, quiet);
    if (status < 2) {
        dy_buf b;
        dy_buf_init(&b);
        if (dy_report_html(&n, &ro, &b)) {
            cli_error("out of memory");
            status = EXIT_USAGE;
        } else if (cli_write_output(out, b.p ? b.p : "", b.len))
            status = EXIT_USAGE;
        dy_buf_free(&b);
        if (!quiet)
            cli_net_summary("report", &n);
    }
    dy_net_free(&n);
    dyad_dict_free(dict);
done:
    free(files);
    return status;
}
