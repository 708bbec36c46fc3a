/*
 * net.h - from events to networks: reading dyad's event lines back (JSON Lines,
 * TSV or CSV, as `dyad code` writes them), aggregating them by dyad and period,
 * and writing the result as CSV, JSON, GraphML or DOT. `dyad net` and
 * `dyad report` are thin users of this module.
 *
 * Goldstein scores are carried as integers in tenths (dyad writes one decimal),
 * so sums are exact and the figures do not depend on the order of the input.
 */
#ifndef DYAD_NET_H
#define DYAD_NET_H

#include "dyad.h"
#include "util.h"

/* ==== reading events ========================================================== */

/* One event as read back. Strings are NUL-terminated ("" when absent) and stay
   valid until the next call on the reader. */
typedef struct dy_netev {
    int32_t date;    /* YYYYMMDD */
    const char *doc, *text, *source, *target, *code, *verb, *source_text, *target_text;
    int sentence;    /* -1 when absent */
    int quad;        /* 1..4; from the code's root when the input has none; 0 unknown */
    int goldstein10; /* Goldstein score x10, valid when has_goldstein */
    int has_goldstein;
    int mode;        /* dyad_mode; asserted when the input has no mode */
} dy_netev;

enum { NETFMT_UNKNOWN = 0, NETFMT_JSONL, NETFMT_TSV, NETFMT_CSV };

enum {
    NF_DATE, NF_SOURCE, NF_TARGET, NF_CODE, NF_QUAD, NF_GOLDSTEIN, NF_DOC, NF_SENTENCE, NF_MODE,
    NF_SOURCE_TEXT, NF_TARGET_TEXT, NF_VERB, NF_TEXT, NF__COUNT
};

typedef struct dy_netreader {
    int format;          /* NETFMT_*: found on the first non-blank line of a file */
    int col[NF__COUNT];  /* TSV/CSV: the column of each field, -1 when absent */
    int colfield[64];    /* and the field of each of the first 64 columns, -1 for none */
    int ncols;
    dy_buf header;       /* the header line, to skip it when files were concatenated */
    dy_buf store;        /* the current line's fields, NUL-separated */
    dy_buf scratch;
    size_t off[NF__COUNT];  /* offsets into store */
    int seen[NF__COUNT];    /* the field was given (JSON: a member, even null) */
} dy_netreader;

void dy_netreader_init(dy_netreader *r);
void dy_netreader_free(dy_netreader *r);
/* Call at the start of each file: its format is found again. */
void dy_netreader_start(dy_netreader *r);
/* Reads one line (without its newline). Returns 1 with *ev filled, 0 for a line
   that holds no event (blank, the TSV/CSV header), -1 with a message in err. */
int dy_netreader_line(dy_netreader *r, const char *line, size_t len, dy_netev *ev, char *err, size_t errlen);

/* ==== aggregating ============================================================== */

enum { NET_LEVEL_COUNTRY = 0, NET_LEVEL_ACTOR };
enum { NET_BY_ALL = 0, NET_BY_DAY, NET_BY_WEEK, NET_BY_MONTH };

typedef struct dy_net_options {
    int level;          /* NET_LEVEL_* */
    int by;             /* NET_BY_* */
    int all_modes;      /* count negated, future and hypothetical events too */
    int top_codes;      /* event codes listed per dyad and period (0: 3) */
    size_t keep_events; /* events kept per dyad with their sentence (for the report) */
    int32_t from, to;   /* YYYYMMDD: count events dated within [from, to]; 0 leaves a side open */
} dy_net_options;

typedef struct dy_net_counts {
    uint32_t events;
    uint32_t quad[5];   /* [1..4] per quad class, [0] unknown */
    int64_t g10;        /* Goldstein sum x10 */
    uint32_t gn;        /* events with a Goldstein score */
} dy_net_counts;

typedef struct dy_net_node {
    uint32_t name;             /* string */
    uint32_t out, in, self;    /* events as source, as target, and both */
} dy_net_node;

typedef struct dy_net_dyad {
    uint32_t src, tgt;         /* nodes */
    dy_net_counts c;
    int32_t pmin, pmax;        /* first and last period with an event */
    int32_t first, last;       /* first and last date, YYYYMMDD */
    uint32_t codes;            /* head of its code list, +1 (0: none) */
    uint32_t kept, ev_head, ev_tail; /* events kept (+1 indexes) */
} dy_net_dyad;

typedef struct dy_net_cell {
    uint32_t dyad;
    int32_t period;
    dy_net_counts c;
    uint32_t codes;
} dy_net_cell;

typedef struct dy_net_code {
    uint32_t code;             /* string */
    uint32_t n;
    uint32_t next;             /* next of the same owner, +1 */
} dy_net_code;

/* An event kept for the report: every string is interned. */
typedef struct dy_net_event {
    uint32_t dyad, next;       /* next of the same dyad, +1 */
    int32_t date;
    uint32_t doc, text, code, verb, source, target, source_text, target_text;
    int32_t sentence;
    int16_t goldstein10;
    int8_t quad, has_goldstein, mode;
} dy_net_event;

typedef struct dy_net_stats {
    size_t read;        /* events given to dy_net_add */
    size_t counted;
    size_t other_mode;  /* not asserted (without all_modes) */
    size_t out_of_range; /* dated before opt.from or after opt.to */
    size_t no_actor;    /* no source or no target */
    size_t no_country;  /* country level: an actor with no known country ("---GOV") */
} dy_net_stats;

typedef struct dy_strtab {
    dy_buf pool;        /* strings, NUL-terminated; offset 0 is "" */
    uint32_t *slots;    /* offsets + 1 */
    size_t cap, n;
} dy_strtab;

typedef struct dy_u64map {
    uint64_t *keys;
    uint32_t *vals;     /* index + 1; 0 is an empty slot */
    size_t cap, n;
} dy_u64map;

typedef struct dy_net {
    dy_net_options opt;
    dy_strtab st;
    dy_vec nodes, dyads, cells, codes, events;
    dy_u64map node_map, dyad_map, cell_map, code_map;
    uint32_t *node_order, *dyad_order; /* after dy_net_finish: most active first */
    int32_t date_min, date_max;        /* of the events counted; 0 when none */
    dy_net_stats stats;
    int oom;
} dy_net;

void dy_net_init(dy_net *n, const dy_net_options *opt);
void dy_net_free(dy_net *n);
/* Counts one event. Returns 1 when counted, 0 when left out (see stats), -1 out of memory. */
int dy_net_add(dy_net *n, const dy_netev *ev);
/* Orders nodes and dyads; call once after the last dy_net_add. Returns 0 or -1 (out of memory). */
int dy_net_finish(dy_net *n);

static inline const char *dy_net_str(const dy_net *n, uint32_t s) { return n->st.pool.p + s; }
#define DY_NET_NODE(n, i) (&DY_VEC_AT(&(n)->nodes, dy_net_node, i))
#define DY_NET_DYAD(n, i) (&DY_VEC_AT(&(n)->dyads, dy_net_dyad, i))
#define DY_NET_CELL(n, i) (&DY_VEC_AT(&(n)->cells, dy_net_cell, i))
#define DY_NET_EVENT(n, i) (&DY_VEC_AT(&(n)->events, dy_net_event, i))

/* Events of a node, counted once when it is both source and target. */
static inline uint32_t dy_net_activity(const dy_net_node *d) { return d->out + d->in - d->self; }

/* The node name of an actor code at a level: the code itself at actor level;
   at country level the first three letters (a state, a region or an ethnic
   group: RUSGOV -> RUS), except that international and transnational actors
   (IGO, IMG, NGO, NGM, MNC, INT: IGOUNO, IMGMOSISI) keep their whole code, since
   the organisation is the unit. Returns the length, or 0 when the actor has no
   country ("---GOV") or no code. */
size_t dy_net_node_key(int level, const char *code, size_t n);

/* The dyad from src to tgt (nodes), as index + 1; 0 when there is none. */
uint32_t dy_net_dyad_find(const dy_net *n, uint32_t src, uint32_t tgt);

/* The cell of a dyad in a period, or NULL when it had no event then. */
const dy_net_cell *dy_net_cell_at(const dy_net *n, uint32_t dyad, int32_t period);

/* The most frequent event codes of a dyad (cell == NULL) or of a cell, most
   frequent first, then by code. Returns how many were written (<= max). */
size_t dy_net_top_codes(const dy_net *n, uint32_t codes_head, dy_net_code *out, size_t max);

/* ---- periods ---- */
/* The period of a date: days since 1970 for day, of that week's Monday for
   week, months since year 0 for month, 0 for all. */
int32_t dy_net_period(int by, int32_t ymd);
int32_t dy_net_period_next(int by, int32_t p);
/* "2020-01-07", ISO week "2020-W02", "2020-01" or "all"; the first and last day as YYYYMMDD. */
void dy_net_period_label(int by, int32_t p, char label[16], int32_t *start, int32_t *end);

/* ---- writing ---- */
enum { NET_OUT_CSV = 0, NET_OUT_JSON, NET_OUT_GRAPHML, NET_OUT_DOT };

/* CSV and JSON: a row per dyad and period, with zero rows for the periods
   inside a dyad's range that had no event. GraphML and DOT: the network over
   the whole range, one edge per dyad. Returns 0 or -1 (out of memory). */
int dy_net_write(const dy_net *n, int format, dy_buf *out);

/* The mean Goldstein score of the counts; returns 0 (and *mean = 0) when no
   event had a score. */
int dy_net_mean(const dy_net_counts *c, double *mean);
/* Appends a Goldstein sum given in tenths, exactly: "-12.5". */
void dy_net_put_g10(dy_buf *b, int64_t g10);
/* Appends the mean Goldstein score with two decimals ("+2.35" with `sign`), or
   `none` when no event had a score. */
void dy_net_put_mean(dy_buf *b, const dy_net_counts *c, const char *none, int sign);
/* Appends a YYYYMMDD date as YYYY-MM-DD. */
void dy_net_put_date(dy_buf *b, int32_t ymd);

/* A colour from conflict (red, -10) through grey (0) to cooperation (blue, +10)
   for a mean Goldstein score, as "#rrggbb"; grey when there is no score. */
void dy_net_colour(int has_score, double mean, char out[8]);

/* "asserted" etc. to dyad_mode; -1 when unknown. */
int dy_net_mode(const char *s);

#endif
