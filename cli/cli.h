/*
 * cli.h - the dyad command line: one file per subcommand, sharing option
 * parsing and dictionary loading.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>

#include "dyad.h"

/* Exit statuses (README, "Errors and limits"). */
enum { EXIT_ALL_CODED = 0, EXIT_SOME_REJECTED = 1, EXIT_USAGE = 2 };

/* Dictionary options shared by every subcommand. */
typedef struct cli_dict_opts {
    const char *petrarch_dir;   /* --dict-dir */
    const char *source_dir;     /* --dict-source */
    const char *compiled;       /* --dict-compiled */
    const char *extra[64];      /* --dict FILE (repeatable) */
    size_t nextra;
    int verbose;                /* print dictionary warnings */
} cli_dict_opts;

/* If argv[*i] is a dictionary option, consumes it (and its value) and returns
   1; returns -1 on a missing value; 0 when it is not one. */
int cli_dict_option(cli_dict_opts *o, int argc, char **argv, int *i);

/* If argv[*i] is --comma, --comma-begin or --comma-end MIN-MAX, consumes it and
   its value into comma[] (the order of DYAD_OPT_COMMA_*) and returns 1; prints
   the error and returns -1 on a bad value; 0 when it is not one. */
int cli_comma_option(int comma[6], int argc, char **argv, int *i);
#define CLI_COMMA_HELP                                                                                              \
    "  --comma MIN-MAX       leave out a clause of MIN..MAX words between two commas before\n"                      \
    "                        coding, as TABARI's comma_min/comma_max (TABARI: 2-8; default off)\n"                  \
    "  --comma-begin MIN-MAX  the same for the clause before the first comma (comma_bmin/bmax)\n"                   \
    "  --comma-end MIN-MAX   the same for the clause after the last comma (comma_emin/emax; TABARI: 2-8)\n"
/* Sets the comma options on a coder. */
void cli_comma_set(dyad_coder *c, const int comma[6]);

/* Loads the dictionaries; prints the error and returns NULL on failure. */
dyad_dict *cli_load_dict(const cli_dict_opts *o);

/* Parses --date's value; prints an error and returns 0 when invalid. */
int32_t cli_parse_date(const char *s);
int32_t cli_today(void);

/* Prints "dyad: " + message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int cmd_code(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_net(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* Shared by net and report (cli/net.c). */
struct dy_net;
struct dy_net_options;
/* Reads event files (JSON Lines, TSV or CSV; none or "-" is stdin) into n and
   finishes it; prints each bad line as file:line: why. Returns 0, 1 when some
   lines were bad, 2 when a file could not be read or memory ran out. */
int cli_read_events(struct dy_net *n, char **files, size_t nfiles, int quiet);
/* Writes p to path through a temporary file renamed at the end, or to stdout
   when path is NULL. Returns 0 or -1 (after printing why). */
int cli_write_output(const char *path, const char *p, size_t len);
void cli_net_summary(const char *cmd, const struct dy_net *n);
/* The options `dyad net` and `dyad report` share: --level, --mode, --from, --to.
   Returns 1 when argv[*i] was one (its value consumed), 0 when it was not, -1
   after printing why the value is wrong. */
int cli_net_option(struct dy_net_options *o, int argc, char **argv, int *i);
/* After the options: --from later than --to is an error (printed; -1). */
int cli_net_options_check(const struct dy_net_options *o);
/* --by: day, week, month, or `whole` ("all" for net, "auto" for report) for NET_BY_ALL; -1 with a message. */
int cli_parse_period(const char *s, const char *whole);
int cli_parse_count(const char *opt, const char *s, int max);

#endif
