/*
 * dyad.h - the public interface of libdyad, a political event-data coder.
 *
 * dyad reads raw news text and writes CAMEO events: who did what to whom, when,
 * and whether it was asserted, negated, future or hypothetical.
 *
 *   dyad_dict   the dictionaries (actors, agents, verb patterns, CAMEO tables).
 *               Loaded once; read-only afterwards, so one dictionary may be
 *               shared by any number of threads.
 *   dyad_coder  per-thread working memory. Code stories one after another with
 *               one coder; give each thread its own.
 *
 * Conventions: functions that can fail return 0 or a negative DYAD_E* code;
 * those that take `err`/`errlen` also write a message there ("file:line: what").
 * Free functions accept NULL. Strings in results are owned by the coder and
 * stay valid until the next call on that coder.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

enum {
    DYAD_OK = 0,
    DYAD_ENOMEM = -1, /* out of memory */
    DYAD_EIO = -2,    /* a file could not be read or written */
    DYAD_EDICT = -3,  /* a dictionary is malformed or corrupt */
    DYAD_EINPUT = -4, /* an input story is malformed */
    DYAD_EUSAGE = -5, /* a bad argument */
};

/* A short English description of a DYAD_E* code. */
const char *dyad_strerror(int code);

/* ==== dictionaries ============================================================ */

typedef struct dyad_dict dyad_dict;

/* Called for each problem found while reading dictionary files.
   level 1 = warning (the entry was skipped), 2 = error. */
typedef void (*dyad_diag_fn)(void *ctx, int level, const char *file, unsigned line, const char *msg);

typedef struct dyad_dict_options {
    /* A compiled dictionary (`dyad dict compile`) to map instead of the built-ins. */
    const char *compiled;
    /* A directory of PETRARCH-format dictionaries (CAMEO verbs, actors, agents,
       discards, issues, as PETR_config.ini names them). They replace the built-in
       actors, agents and verbs; the lexicon and CAMEO tables stay. */
    const char *petrarch_dir;
    /* A directory of dyad-format source dictionaries (dict/ in the source tree)
       to compile at load time instead of using the built-ins. */
    const char *source_dir;
    /* Dictionary files (dyad or PETRARCH format, guessed from name and content)
       that replace the built-in actors, agents, verbs and discards, as the
       <Environment> of PETRARCH's unit-test records names them. */
    const char *const *replace;
    size_t nreplace;
    /* Extra dictionary files, dyad or PETRARCH format (guessed from name and
       content), read in order on top of the rest: a later entry for the same
       name wins. */
    const char *const *extra;
    size_t nextra;
    /* Reports warnings and errors of the files read; NULL to ignore them. */
    dyad_diag_fn diag;
    void *diag_ctx;
} dyad_dict_options;

/* Loads dictionaries. `opt` may be NULL for the built-ins. On failure *out is
   NULL and err says why. Warnings in dictionary files do not fail the load. */
int dyad_dict_open(dyad_dict **out, const dyad_dict_options *opt, char *err, size_t errlen);
void dyad_dict_free(dyad_dict *d);

/* Sizes of the loaded tables, for reports. */
typedef struct dyad_dict_stats {
    size_t words, actors, actor_codes, agents, verbs, patterns, synsets, discards, issues, event_codes;
    size_t bytes; /* size of the dictionary image */
} dyad_dict_stats;
void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st);

/* ==== coding ==================================================================== */

typedef enum dyad_mode {
    DYAD_ASSERTED = 0,
    DYAD_NEGATED = 1,
    DYAD_FUTURE = 2,
    DYAD_HYPOTHETICAL = 3,
} dyad_mode;

/* "asserted", "negated", "future", "hypothetical" */
const char *dyad_mode_name(dyad_mode m);

typedef struct dyad_event {
    int sentence;             /* 0-based index of the sentence in the story */
    const char *source;       /* CAMEO actor code, "" when absent */
    const char *target;
    const char *code;         /* CAMEO event code, "042" */
    char root[3];             /* its two-digit root, "04" */
    int quad;                 /* 1 verbal cooperation .. 4 material conflict; 0 unknown */
    double goldstein;         /* Goldstein score; valid when has_goldstein */
    int has_goldstein;
    dyad_mode mode;
    int paired;               /* the reverse half of a paired code ("[042:043]": the host of a
                                 visit), derived by the dictionary rather than said in the text */
    int32_t date;             /* YYYYMMDD: the event's date */
    const char *date_text;    /* the words that dated it, "" when the story date was used */
    const char *date_precision; /* "day", "week", "month", "year" */
    const char *source_text;  /* the words of the sentence naming the source */
    const char *target_text;
    const char *verb;         /* the words that matched the verb pattern */
    const char *source_ref;   /* when the source was resolved from elsewhere (a
                                 pronoun, "the ministry"): the words it refers to; else NULL */
    const char *target_ref;
    const char *pattern;      /* the verb pattern as written in the dictionary, "" for a bare verb */
    const char *pattern_file; /* where the pattern (or verb) is defined */
    unsigned pattern_line;
    const char *plover_type;  /* PLOVER event type for the CAMEO code, "" when unmapped */
    const char *plover_mode;  /* PLOVER mode, "" when none */
    const char *issues;       /* issue codes found in the sentence, comma-separated, "" */
} dyad_event;

typedef struct dyad_sentence {
    const char *text;         /* the cleaned sentence, NUL-terminated */
    size_t len;
    int nevents;
    const char *discard;      /* the discard phrase that dropped it, or NULL */
} dyad_sentence;

typedef struct dyad_result {
    size_t nsentences;
    const dyad_sentence *sentences;
    size_t nevents;
    const dyad_event *events; /* in sentence order, deterministic */
    const char *discard;      /* a story-level discard phrase that dropped the whole story, or NULL */
    int truncated;            /* the story was longer than DYAD_MAX_STORY and was cut */
    size_t invalid_utf8;      /* invalid UTF-8 sequences replaced by U+FFFD */
    size_t first_sentence;    /* the story index of sentences[0] (0 unless streamed):
                                 event e's sentence is sentences[e.sentence - first_sentence] */
} dyad_result;

/* Limits: a longer story is cut at the limit (result.truncated); a longer
   sentence is coded in pieces of DYAD_MAX_SENTENCE_TOKENS tokens. */
#define DYAD_MAX_STORY (16u * 1024 * 1024)
#define DYAD_MAX_SENTENCE_TOKENS 200

typedef struct dyad_coder dyad_coder;

dyad_coder *dyad_coder_new(const dyad_dict *d);
void dyad_coder_free(dyad_coder *c);

/* Options of a coder, set before coding. */
enum {
    /* 1: also code an event whose verb has a source but no target actor ("a
       senior official said on Saturday" -> ---GOV, "", 023), as PETRARCH's
       require_dyad = false does. Default 0: an event needs both actors. */
    DYAD_OPT_ONE_SIDED = 1,
    /* TABARI's comma-delimited clauses, lengths in words (default 0: off). Before
       a sentence is coded, a clause between two commas of COMMA_MIN..COMMA_MAX
       words, the opening clause up to the first comma of COMMA_BMIN..COMMA_BMAX
       words, and the closing clause after the last comma of COMMA_EMIN..COMMA_EMAX
       words are left out ("Iran restored ties with Saudi Arabia, seven years after
       protesters stormed its embassy, an official said": MIN 2 MAX 8 drops the
       storming). A maximum of 0 turns that kind off. A comma between two
       adjectives ("complete, full ties") delimits nothing. PETRARCH's config
       names them comma_min, comma_max, comma_bmin, comma_bmax, comma_emin and
       comma_emax; TABARI's defaults are 2, 8, 0, 0, 2, 8. */
    DYAD_OPT_COMMA_MIN = 2,
    DYAD_OPT_COMMA_MAX = 3,
    DYAD_OPT_COMMA_BMIN = 4,
    DYAD_OPT_COMMA_BMAX = 5,
    DYAD_OPT_COMMA_EMIN = 6,
    DYAD_OPT_COMMA_EMAX = 7,
    /* PETRARCH's new_actor_length (default 0: off): a noun phrase that names no
       actor of the dictionaries, but a proper name of at most this many words
       (with "of ..." after it; "'s" not counted), is an actor of its own, coded
       by its words in capitals and quotes: "Gryffindor's head Minerva
       McGonagall left for the Ministry of Magic" -> "GRYFFINDOR HEAD MINERVA
       MCGONAGALL" 032 "THE MINISTRY OF MAGIC". */
    DYAD_OPT_NEW_ACTOR_LENGTH = 8,
};
/* Returns 0, or DYAD_EUSAGE for an unknown option or a negative length. */
int dyad_coder_set(dyad_coder *c, int option, int value);

/* Codes one story. `date` is the story date as YYYYMMDD (resolves relative
   dates and chooses date-restricted actor codes). `text` need not be
   NUL-terminated. The result stays valid until the next call on this coder. */
int dyad_code(dyad_coder *c, int32_t date, const char *text, size_t len, const dyad_result **out);

/* Codes a story of any length with bounded memory: the results are handed to
   `sink` a piece at a time (the sentences of at most about 64 KiB of text, with
   their events; `first_sentence` says where the piece starts), and are gone when
   sink returns. A non-zero return from sink stops the coding and is returned.
   Unlike dyad_code, a story-level discard phrase cannot take back the pieces
   already handed over: it only drops the events from its own piece on, and
   the last piece's `discard` says so. */
typedef int (*dyad_sink)(void *ctx, const dyad_result *piece);
int dyad_code_stream(dyad_coder *c, int32_t date, const char *text, size_t len, dyad_sink sink, void *ctx);

/* The same, and also a human-readable trace of every stage (tokens, tags,
   actors with their dictionary entries, verb patterns tried, why nothing was
   coded). *trace is NUL-terminated, owned by the coder. */
int dyad_explain(dyad_coder *c, int32_t date, const char *text, size_t len, const dyad_result **out,
                 const char **trace);

/* Looks a name or a title up as the coder would read it in a sentence ("Zarif",
   "the Turkish president", "Russia's foreign minister"): for each actor found,
   its code at `date`, the dictionary entry (file, line, source) and all its
   dated codes. *report is NUL-terminated text owned by the coder; returns the
   number of actors found, or a negative DYAD_E* code. */
int dyad_lookup(dyad_coder *c, int32_t date, const char *name, size_t len, const char **report);

/* Options of the event writers. */
enum {
    DYAD_JSON_PLOVER = 1 << 0, /* add plover_type and plover_mode */
    DYAD_JSON_DEBUG = 1 << 1,  /* add pattern, pattern_file, pattern_line */
};

/* Writes event i of r as one line of JSON (with a trailing newline) into buf,
   for the story `doc`. Returns the number of bytes the line needs, whether or
   not it fitted (size first, fill second). */
size_t dyad_event_json(const dyad_result *r, size_t i, const char *doc, int flags, char *buf, size_t cap);

/* ==== input ======================================================================== */

/* A story read from a JSON Lines record: {"id": ..., "date": "YYYY-MM-DD", "text": ...}.
   Other members are ignored. Strings are unescaped into `storage`. */
typedef struct dyad_story {
    const char *id;    /* NULL when absent */
    size_t id_len;
    int32_t date;      /* 0 when absent */
    const char *text;
    size_t text_len;
} dyad_story;

/* Parses one JSON Lines record. Returns 0, or DYAD_EINPUT with a message giving
   the byte offset of the problem. `scratch` receives unescaped strings; it is a
   malloc'ed buffer grown as needed (*scratch may be NULL at first; free it at
   the end). */
int dyad_parse_story(const char *line, size_t len, dyad_story *out, char **scratch, size_t *scratch_cap,
                     char *err, size_t errlen);

/* Parses "YYYY-MM-DD" into YYYYMMDD; 0 when it is not a valid date. */
int32_t dyad_parse_date(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif
