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

#endif
