/*
 * main.c - dyad's command line: dispatches to the subcommands.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad COMMAND [options]\n"
    "\n"
    "  code [FILE...|-]       code stories (JSON Lines or plain text) into CAMEO events\n"
    "  explain \"SENTENCE\"     show how a sentence is coded, stage by stage\n"
    "  validate RECORDS.xml   score PETRARCH unit-test records\n"
    "  dict compile|lookup|check|convert   work with dictionaries\n"
    "  net [EVENTS...|-]      aggregate events by dyad and period (csv, json, graphml, dot)\n"
    "  report [EVENTS...|-]   write a self-contained HTML report: graph, trends, table\n"
    "  version                print the version\n"
    "\n"
    "Run `dyad COMMAND --help` for the options of a command.\n";

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_comma_option(int comma[6], int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    int k = !strcmp(a, "--comma") ? 0 : !strcmp(a, "--comma-begin") ? 2 : !strcmp(a, "--comma-end") ? 4 : -1;
    if (k < 0)
        return 0;
    if (*i + 1 >= argc) {
        cli_error("%s needs a range of words MIN-MAX", a);
        return -1;
    }
    const char *v = argv[++*i];
    char *end;
    long lo = strtol(v, &end, 10), hi = -1;
    if (end != v && *end == '-')
        hi = strtol(end + 1, &end, 10);
    if (*end || lo < 0 || hi < lo || hi > 1000) {
        cli_error("%s needs a range of words MIN-MAX (0-0 turns it off), not \"%s\"", a, v);
        return -1;
    }
    comma[k] = (int)lo;
    comma[k + 1] = (int)hi;
    return 1;
}

void cli_comma_set(dyad_coder *c, const int comma[6])
{
    for (int k = 0; k < 6; k++)
        dyad_coder_set(c, DYAD_OPT_COMMA_MIN + k, comma[k]);
}

int cli_dict_option(cli_dict_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = NULL;
    if (!strcmp(a, "--dict-dir"))
        slot = &o->petrarch_dir;
    else if (!strcmp(a, "--dict-source"))
        slot = &o->source_dir;
    else if (!strcmp(a, "--dict-compiled"))
        slot = &o->compiled;
    else if (!strcmp(a, "--dict")) {
        if (*i + 1 >= argc) {
            cli_error("--dict needs a file");
            return -1;
        }
        if (o->nextra == sizeof o->extra / sizeof o->extra[0]) {
            cli_error("too many --dict files (at most 64)");
            return -1;
        }
        o->extra[o->nextra++] = argv[++*i];
        return 1;
    } else if (!strcmp(a, "--dict-warnings")) {
        o->verbose = 1;
        return 1;
    } else
        return 0;
    if (*i + 1 >= argc) {
        cli_error("%s needs a value", a);
        return -1;
    }
    *slot = argv[++*i];
    return 1;
}

static void print_diag(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    const cli_dict_opts *o = ctx;
    if (level != 2 && !o->verbose)
        return;
    if (line)
        fprintf(stderr, "%s:%u: %s: %s\n", file, line, level == 2 ? "error" : "warning", msg);
    else
        fprintf(stderr, "%s: %s: %s\n", file, level == 2 ? "error" : "warning", msg);
}

dyad_dict *cli_load_dict(const cli_dict_opts *o)
{
    dyad_dict_options opt;
    memset(&opt, 0, sizeof opt);
    opt.petrarch_dir = o->petrarch_dir;
    opt.source_dir = o->source_dir;
    opt.compiled = o->compiled;
    opt.extra = o->extra;
    opt.nextra = o->nextra;
    opt.diag = print_diag;
    opt.diag_ctx = (void *)o;
    dyad_dict *d;
    char err[1024];
    if (dyad_dict_open(&d, &opt, err, sizeof err)) {
        cli_error("%s", err);
        return NULL;
    }
    return d;
}

int32_t cli_parse_date(const char *s)
{
    int32_t v = dyad_parse_date(s, strlen(s));
    if (!v)
        cli_error("bad date \"%s\" (expected YYYY-MM-DD)", s);
    return v;
}

int32_t cli_today(void)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "code"))
        return cmd_code(argc - 1, argv + 1);
    if (!strcmp(cmd, "explain"))
        return cmd_explain(argc - 1, argv + 1);
    if (!strcmp(cmd, "validate"))
        return cmd_validate(argc - 1, argv + 1);
    if (!strcmp(cmd, "dict"))
        return cmd_dict(argc - 1, argv + 1);
    if (!strcmp(cmd, "net"))
        return cmd_net(argc - 1, argv + 1);
    if (!strcmp(cmd, "report"))
        return cmd_report(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        fputs(usage, stdout);
        return 0;
    }
    cli_error("unknown command \"%s\"", cmd);
    fputs(usage, stderr);
    return EXIT_USAGE;
}
