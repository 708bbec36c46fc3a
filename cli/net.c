/*
 * net.c - `dyad net`: events in, a network of dyads out (the work is in
 * src/net.c). Also the reading and writing that `dyad report` shares.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "net.h"

#define SHOW_BAD_LINES 20

static const char net_usage[] =
    "usage: dyad net [options] [EVENTS...|-]\n"
    "\n"
    "Aggregates events (the JSON Lines, TSV or CSV that `dyad code` writes; `-` or no\n"
    "file reads stdin) by dyad and period: events, counts per quad class, Goldstein sum\n"
    "and mean, the most frequent event codes.\n"
    "\n"
    "  --level country|actor    country: RUSGOV counts as RUS; IGO, IMG, NGO, NGM, MNC and INT\n"
    "                           codes keep their whole code (IGOUNO); actor: codes as coded\n"
    "                           (default country)\n"
    "  --by day|week|month|all  periods (default all); weeks are ISO weeks from Monday. CSV and\n"
    "                           JSON have a row for every period from a dyad's first event to\n"
    "                           its last, with zeros when it had none\n"
    "  --mode asserted|all      count asserted events only (default), or every mode\n"
    "  --from, --to YYYY-MM-DD  count only events dated from/to these days (inclusive): a\n"
    "                           stray date would stretch a dyad's rows over every period between\n"
    "  --format csv|json|graphml|dot  output (default csv); GraphML and DOT have one edge per\n"
    "                           dyad over the whole range\n"
    "  --top N                  event codes listed per dyad and period (default 3)\n"
    "  -o FILE                  write to FILE (atomically: a temporary file renamed at the end)\n"
    "  --quiet                  no summary on stderr\n"
    "\n"
    "Events without a source or a target, and at country level actors with no known\n"
    "country (---GOV), form no dyad and are counted in the summary.\n"
    "Exit status: 0 every line was read; 1 some lines were bad (each is reported with its\n"
    "file and line; the others were counted); 2 usage error, unreadable input or output error.\n";

static int parse_level(const char *s)
{
    if (!strcmp(s, "country"))
        return NET_LEVEL_COUNTRY;
    if (!strcmp(s, "actor"))
        return NET_LEVEL_ACTOR;
    cli_error("unknown level \"%s\" (expected country or actor)", s);
    return -1;
}

int cli_parse_period(const char *s, const char *whole)
{
    if (!strcmp(s, "day"))
        return NET_BY_DAY;
    if (!strcmp(s, "week"))
        return NET_BY_WEEK;
    if (!strcmp(s, "month"))
        return NET_BY_MONTH;
    if (!strcmp(s, whole))
        return NET_BY_ALL;
    cli_error("unknown period \"%s\" (expected day, week, month or %s)", s, whole);
    return -1;
}

static int parse_modes(const char *s)
{
    if (!strcmp(s, "asserted"))
        return 0;
    if (!strcmp(s, "all"))
        return 1;
    cli_error("unknown mode \"%s\" (expected asserted or all)", s);
    return -1;
}

int cli_net_option(dy_net_options *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    int from = !strcmp(a, "--from");
    if (!from && strcmp(a, "--to") && strcmp(a, "--level") && strcmp(a, "--mode"))
        return 0;
    if (*i + 1 >= argc) {
        cli_error("%s needs a value", a);
        return -1;
    }
    const char *v = argv[++*i];
    if (!strcmp(a, "--level"))
        return (o->level = parse_level(v)) < 0 ? -1 : 1;
    if (!strcmp(a, "--mode"))
        return (o->all_modes = parse_modes(v)) < 0 ? -1 : 1;
    int32_t ymd = dy_parse_iso_date(v, strlen(v));
    if (ymd <= 0) {
        cli_error("%s: \"%s\" is not a date (expected YYYY-MM-DD)", a, v);
        return -1;
    }
    *(from ? &o->from : &o->to) = ymd;
    return 1;
}

int cli_net_options_check(const dy_net_options *o)
{
    if (o->from && o->to && o->from > o->to) {
        cli_error("--from %04d-%02d-%02d is later than --to %04d-%02d-%02d", o->from / 10000, o->from / 100 % 100,
                  o->from % 100, o->to / 10000, o->to / 100 % 100, o->to % 100);
        return -1;
    }
    return 0;
}

int cli_parse_count(const char *opt, const char *s, int max)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || end == s || v < 1 || v > max) {
        cli_error("%s needs a number from 1 to %d, not \"%s\"", opt, max, s);
        return -1;
    }
    return (int)v;
}

int cli_read_events(struct dy_net *n, char **files, size_t nfiles, int quiet)
{
    static char *stdin_only[] = {"-"};
    if (!nfiles) {
        files = stdin_only;
        nfiles = 1;
    }
    dy_netreader rd;
    dy_netreader_init(&rd);
    int status = 0;
    size_t bad = 0;
    char *line = NULL;
    size_t cap = 0;
    for (size_t k = 0; k < nfiles && status < 2; k++) {
        const char *name = strcmp(files[k], "-") ? files[k] : "stdin";
        FILE *f = strcmp(files[k], "-") ? fopen(files[k], "rb") : stdin;
        if (!f) {
            cli_error("%s: %s", name, strerror(errno));
            status = 2;
            break;
        }
        dy_netreader_start(&rd);
        size_t lineno = 0;
        ssize_t len;
        while ((len = getline(&line, &cap, f)) >= 0) {
            lineno++;
            if (len > 0 && line[len - 1] == '\n')
                len--;
            dy_netev ev;
            char err[512];
            int got = dy_netreader_line(&rd, line, (size_t)len, &ev, err, sizeof err);
            if (got < 0) {
                if (bad++ < SHOW_BAD_LINES)
                    fprintf(stderr, "%s:%zu: %s\n", name, lineno, err);
                status = 1;
                /* a file that is not events at all: say it once, not per line */
                if (rd.format == NETFMT_UNKNOWN)
                    break;
                continue;
            }
            if (got > 0 && dy_net_add(n, &ev) < 0) {
                cli_error("out of memory");
                status = 2;
                break;
            }
        }
        if (ferror(f)) {
            cli_error("%s: read error: %s", name, strerror(errno));
            status = 2;
        }
        if (f != stdin)
            fclose(f);
    }
    free(line);
    dy_netreader_free(&rd);
    if (bad > SHOW_BAD_LINES && !quiet)
        cli_error("%zu bad lines in all (the first %d are shown)", bad, SHOW_BAD_LINES);
    if (status < 2 && dy_net_finish(n)) {
        cli_error("out of memory");
        status = 2;
    }
    return status;
}

int cli_write_output(const char *path, const char *p, size_t len)
{
    if (!path) {
        if (fwrite(p, 1, len, stdout) != len || fflush(stdout) != 0) {
            if (errno != EPIPE)
                cli_error("writing standard output: %s", strerror(errno));
            return -1;
        }
        return 0;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        cli_error("%s: %s", tmp, strerror(errno));
        return -1;
    }
    int bad = fwrite(p, 1, len, f) != len;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path) != 0) {
        cli_error("%s: %s", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

void cli_net_summary(const char *cmd, const struct dy_net *n)
{
    const dy_net_stats *s = &n->stats;
    fprintf(stderr,
            "dyad %s: %zu %s read: %zu counted, %zu not asserted, %zu outside --from/--to, %zu without a source or "
            "target, %zu of no known country; %zu %s, %zu %s\n",
            cmd, s->read, s->read == 1 ? "event" : "events", s->counted, s->other_mode, s->out_of_range, s->no_actor,
            s->no_country,
            n->nodes.n, n->nodes.n == 1 ? "actor" : "actors", n->dyads.n, n->dyads.n == 1 ? "dyad" : "dyads");
}

int cmd_net(int argc, char **argv)
{
    dy_net_options o;
    memset(&o, 0, sizeof o);
    int format = NET_OUT_CSV, quiet = 0, by_given = 0, net;
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
        int has = i + 1 < argc;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(net_usage, stdout);
            status = 0;
            goto done;
        } else if (!strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (!strcmp(a, "-") || a[0] != '-') {
            files[nfiles++] = argv[i];
        } else if ((net = cli_net_option(&o, argc, argv, &i)) != 0) {
            if (net < 0)
                goto done;
        } else if (!has) {
            cli_error("%s needs a value", a);
            goto done;
        } else if (!strcmp(a, "--by")) {
            by_given = 1;
            if ((o.by = cli_parse_period(argv[++i], "all")) < 0)
                goto done;
        } else if (!strcmp(a, "--format")) {
            const char *v = argv[++i];
            if (!strcmp(v, "csv"))
                format = NET_OUT_CSV;
            else if (!strcmp(v, "json"))
                format = NET_OUT_JSON;
            else if (!strcmp(v, "graphml"))
                format = NET_OUT_GRAPHML;
            else if (!strcmp(v, "dot"))
                format = NET_OUT_DOT;
            else {
                cli_error("unknown format \"%s\" (expected csv, json, graphml or dot)", v);
                goto done;
            }
        } else if (!strcmp(a, "--top")) {
            if ((o.top_codes = cli_parse_count("--top", argv[++i], 16)) < 0)
                goto done;
        } else if (!strcmp(a, "-o")) {
            out = argv[++i];
        } else {
            cli_error("unknown option \"%s\" (see dyad net --help)", a);
            goto done;
        }
    }
    if (cli_net_options_check(&o))
        goto done;
    if ((format == NET_OUT_GRAPHML || format == NET_OUT_DOT) && by_given && o.by != NET_BY_ALL) {
        cli_error("--by applies to csv and json; graphml and dot have one edge per dyad over the whole range");
        goto done;
    }
    dy_net n;
    dy_net_init(&n, &o);
    status = cli_read_events(&n, files, nfiles, quiet);
    if (status < 2) {
        dy_buf b;
        dy_buf_init(&b);
        if (dy_net_write(&n, format, &b)) {
            cli_error("out of memory");
            status = EXIT_USAGE;
        } else if (cli_write_output(out, b.p ? b.p : "", b.len))
            status = EXIT_USAGE;
        dy_buf_free(&b);
        if (!quiet)
            cli_net_summary("net", &n);
    }
    dy_net_free(&n);
done:
    free(files);
    return status;
}
