/*
 * dictread.h - readers that fill a dictionary being built (dict.h) from text:
 * PETRARCH's formats (verbs, actors, agents, discards, issues), dyad's own
 * format (docs/dictionary-format.md) and the CAMEO/PLOVER reference tables.
 *
 * Problems are reported through a dy_diag as "file:line: message". A reader
 * skips a bad line and goes on; it fails only when the file cannot be read.
 */
#ifndef DYAD_DICTREAD_H
#define DYAD_DICTREAD_H

#include "dict.h"

enum { DIAG_WARNING = 1, DIAG_ERROR = 2 };

struct dy_entry_info;

typedef struct dy_diag {
    void (*fn)(void *ctx, int level, const char *file, unsigned line, const char *msg);
    void *ctx;
    unsigned nwarnings, nerrors;
    int quiet_warnings; /* count warnings but do not report them */
    /* File names recorded in the dictionary (for explanations) drop this prefix
       and take display_prefix instead: "/src/dyad/dict/x.txt" -> "dict/x.txt". */
    const char *strip_prefix;
    const char *display_prefix;
    /* Called for every entry read (dyad format, PETRARCH actors and agents), before it is added: for
       `dyad dict check`, which needs what the compiled form forgets. */
    void (*on_entry)(void *ctx, const dy_dict *d, const struct dy_entry_info *e);
    void *entry_ctx;
} dy_diag;

/* One entry as written (dyad format, or a PETRARCH actor or agent). */
typedef struct dy_entry_info {
    int kind;                    /* 'a' actor, 'g' agent, 'd' discard, 'i' issue */
    int type;                    /* ATYPE_* for actors */
    const char *path;
    unsigned line;
    const char *names;           /* NUL-separated, the first is the entry's name */
    size_t names_len;
    const dy_actor_code *codes;  /* code string ids refer to d's string pool */
    size_t ncodes;
    const unsigned *code_lines;  /* the line of each code */
    int petrarch;                /* from a PETRARCH file, where concurrent roles overlap by design */
} dy_entry_info;

/* The file id of path in d, under its display name. */
uint32_t diag_file(dy_dict *d, const char *path, const dy_diag *g);

void diag_report(dy_diag *g, int level, const char *file, unsigned line, const char *fmt, ...) DY_PRINTF(5, 6);

/* Reads a whole file into a NUL-terminated malloc'ed buffer. */
char *read_whole_file(const char *path, size_t *len, char *err, size_t errlen);

/* Tokenises a dictionary phrase the way text is tokenised and returns word ids
   (creating words as needed). `petrarch`: '_' joins words, trailing '_' dropped. */
size_t dict_phrase(dy_dict *d, const char *s, size_t n, int petrarch, uint32_t *out, size_t max);

int read_petrarch_verbs(dy_dict *d, const char *path, dy_diag *g);
int read_petrarch_actors(dy_dict *d, const char *path, dy_diag *g);
int read_petrarch_agents(dy_dict *d, const char *path, dy_diag *g);
int read_petrarch_discards(dy_dict *d, const char *path, dy_diag *g);
int read_petrarch_issues(dy_dict *d, const char *path, dy_diag *g);

/* dyad's own format: actor, agent, discard and issue entries. */
int read_dyad_dict(dy_dict *d, const char *path, dy_diag *g);

/* Tab-separated CAMEO event table: code, name, goldstein, quad_class. */
int read_cameo_table(dy_dict *d, const char *path, dy_diag *g);
/* PLOVER mapping: "CODE: TYPE, MODE, CONTEXT # comment" lines. */
int read_plover_table(dy_dict *d, const char *path, dy_diag *g);

/* Guesses the format of a dictionary file from its name and content:
   'v' verbs, 'a' actors, 'g' agents, 'd' discards, 'i' issues, 'y' dyad, 0 unknown. */
int dict_guess_kind(const char *path);

/* Loads a PETRARCH dictionary directory: CAMEO.2.0.txt or *verbs*, *actors*,
   *agents*, *discards*, Phoenix.IssueCoding.txt, as PETR_config.ini would. */
int read_petrarch_dir(dy_dict *d, const char *dir, dy_diag *g);

#endif
