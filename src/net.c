/*
 * net.c - reading events back, aggregating them by dyad and period, and
 * writing networks (see net.h).
 */
#include "net.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "json.h"
#include "output.h"

/* ==== small tables ================================================================ */

static int u64map_grow(dy_u64map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->vals[i])
            continue;
        size_t j = dy_hash_u64(m->keys[i]) & (cap - 1);
        while (vals[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

/* The value of key (index + 1), or 0. */
static uint32_t u64map_get(const dy_u64map *m, uint64_t key)
{
    if (!m->cap)
        return 0;
    size_t j = dy_hash_u64(key) & (m->cap - 1);
    while (m->vals[j]) {
        if (m->keys[j] == key)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

static int u64map_put(dy_u64map *m, uint64_t key, uint32_t val)
{
    if ((m->n + 1) * 2 > m->cap && u64map_grow(m))
        return -1;
    size_t j = dy_hash_u64(key) & (m->cap - 1);
    while (m->vals[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (!m->vals[j])
        m->n++;
    m->keys[j] = key;
    m->vals[j] = val;
    return 0;
}

static void u64map_free(dy_u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static int strtab_grow(dy_strtab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i])
            continue;
        const char *s = t->pool.p + t->slots[i] - 1;
        size_t j = dy_hash(s, strlen(s)) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

/* The offset of s[0..n) in the pool, added if new; UINT32_MAX when out of memory. */
static uint32_t strtab_intern(dy_strtab *t, const char *s, size_t n)
{
    if (!n)
        return 0;
    if ((t->n + 1) * 2 > t->cap && strtab_grow(t))
        return UINT32_MAX;
    size_t j = dy_hash(s, n) & (t->cap - 1);
    while (t->slots[j]) {
        const char *q = t->pool.p + t->slots[j] - 1;
        /* strncmp: q may be shorter than n and end the pool */
        if (!strncmp(q, s, n) && !q[n])
            return t->slots[j] - 1;
        j = (j + 1) & (t->cap - 1);
    }
    if (t->pool.len + n + 1 >= UINT32_MAX - 1)
        return UINT32_MAX;
    uint32_t off = (uint32_t)t->pool.len;
    dy_buf_add(&t->pool, s, n);
    dy_buf_addc(&t->pool, 0);
    if (t->pool.oom)
        return UINT32_MAX;
    t->slots[j] = off + 1;
    t->n++;
    return off;
}

/* ==== reading events ================================================================ */

static const char *const field_names[NF__COUNT] = {
    "date", "source", "target", "code", "quad", "goldstein", "doc", "sentence", "mode",
    "source_text", "target_text", "verb", "text",
};

static int field_of(const char *k, size_t n)
{
    for (int f = 0; f < NF__COUNT; f++)
        if (strlen(field_names[f]) == n && !memcmp(field_names[f], k, n))
            return f;
    return -1;
}

void dy_netreader_init(dy_netreader *r)
{
    memset(r, 0, sizeof *r);
    dy_buf_init(&r->header);
    dy_buf_init(&r->store);
    dy_buf_init(&r->scratch);
}

void dy_netreader_free(dy_netreader *r)
{
    dy_buf_free(&r->header);
    dy_buf_free(&r->store);
    dy_buf_free(&r->scratch);
}

void dy_netreader_start(dy_netreader *r)
{
    r->format = NETFMT_UNKNOWN;
    dy_buf_clear(&r->header);
}

static int failf(char *err, size_t errlen, const char *fmt, const char *arg)
{
    if (err && errlen)
        snprintf(err, errlen, fmt, arg);
    return -1;
}

/* A value quoted in a message, cut so that the message stays short. */
static const char *quoted(const char *s, char *buf, size_t cap)
{
    size_t n = strlen(s);
    if (n < cap) {
        memcpy(buf, s, n + 1);
        return buf;
    }
    memcpy(buf, s, cap - 4);
    memcpy(buf + cap - 4, "...", 4);
    return buf;
}

static void begin_line(dy_netreader *r)
{
    dy_buf_clear(&r->store);
    dy_buf_addc(&r->store, 0); /* offset 0 is "" */
    memset(r->seen, 0, sizeof r->seen);
    memset(r->off, 0, sizeof r->off);
}

/* Length of a valid UTF-8 sequence at s (1..4), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!k || k > n)
        return 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F; /* no surrogates */
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < k; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return k;
}

/* Fields are stored as valid UTF-8 (a bad byte becomes U+FFFD), so that the
   XML, DOT and HTML written from them are valid whatever the input. */
static void set_field(dy_netreader *r, int f, const char *v, size_t n)
{
    r->seen[f] = 1;
    r->off[f] = r->store.len;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq((const unsigned char *)v + i, n - i);
        if (k && !(k == 1 && v[i] == 0)) {
            dy_buf_add(&r->store, v + i, k);
            i += k;
        } else {
            if (v[i])
                dy_buf_adds(&r->store, "\xEF\xBF\xBD");
            i++;
        }
    }
    dy_buf_addc(&r->store, 0);
}

static void json_member(void *ctx, const char *key, size_t klen, const char *val, size_t vlen, int is_string)
{
    dy_netreader *r = ctx;
    int f = field_of(key, klen);
    if (f < 0)
        return;
    /* null is as good as absent: no score, no actor */
    int is_null = !is_string && vlen == 4 && !memcmp(val, "null", 4);
    set_field(r, f, val, is_null ? 0 : vlen);
}

/* Splits a TSV or CSV line into fields: calls back with each column's text.
   CSV follows dyad's writer (and RFC 4180 within a line): a quoted field may
   hold commas and doubled quotes. */
typedef void (*cell_fn)(dy_netreader *r, int col, const char *s, size_t n);

static int split_line(dy_netreader *r, const char *line, size_t len, int csv, cell_fn fn, int *ncols, char *err,
                      size_t errlen)
{
    int col = 0;
    size_t i = 0;
    for (;;) {
        if (csv && i < len && line[i] == '"') {
            dy_buf_clear(&r->scratch);
            size_t j = i + 1;
            for (;;) {
                if (j >= len) {
                    char num[32];
                    snprintf(num, sizeof num, "%d", col + 1);
                    return failf(err, errlen, "field %s: unterminated quoted field", num);
                }
                if (line[j] == '"') {
                    if (j + 1 < len && line[j + 1] == '"') {
                        dy_buf_addc(&r->scratch, '"');
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                dy_buf_addc(&r->scratch, line[j++]);
            }
            if (j < len && line[j] != ',') {
                char num[32];
                snprintf(num, sizeof num, "%d", col + 1);
                return failf(err, errlen, "field %s: text after a closing quote", num);
            }
            fn(r, col, r->scratch.p ? r->scratch.p : "", r->scratch.len);
            i = j;
        } else {
            size_t j = i;
            char sep = csv ? ',' : '\t';
            while (j < len && line[j] != sep)
                j++;
            fn(r, col, line + i, j - i);
            i = j;
        }
        col++;
        if (i >= len)
            break;
        i++; /* the separator */
    }
    *ncols = col;
    return 0;
}

static void header_cell(dy_netreader *r, int col, const char *s, size_t n)
{
    while (n && (s[0] == ' ' || s[0] == '\r'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    char name[32];
    size_t k = n < sizeof name - 1 ? n : sizeof name - 1;
    for (size_t i = 0; i < k; i++)
        name[i] = dy_lower(s[i]);
    int f = n < sizeof name - 1 ? field_of(name, k) : -1;
    if (col < 64)
        r->colfield[col] = f;
    if (f >= 0 && r->col[f] < 0)
        r->col[f] = col;
}

static void row_cell(dy_netreader *r, int col, const char *s, size_t n)
{
    if (col < 64 && r->colfield[col] >= 0)
        set_field(r, r->colfield[col], s, n);
}

static int read_header(dy_netreader *r, const char *line, size_t len, char *err, size_t errlen)
{
    int csv = !memchr(line, '\t', len);
    for (int f = 0; f < NF__COUNT; f++)
        r->col[f] = -1;
    for (int c = 0; c < 64; c++)
        r->colfield[c] = -1;
    if (split_line(r, line, len, csv, header_cell, &r->ncols, err, errlen))
        return -1;
    static const int required[] = {NF_DATE, NF_SOURCE, NF_TARGET, NF_CODE};
    for (size_t i = 0; i < DY_ARRAY_LEN(required); i++)
        if (r->col[required[i]] < 0)
            return failf(err, errlen,
                         "not dyad events: expected JSON Lines or a TSV/CSV header naming date, source, target "
                         "and code (no \"%s\" column)",
                         field_names[required[i]]);
    r->format = csv ? NETFMT_CSV : NETFMT_TSV;
    dy_buf_clear(&r->header);
    dy_buf_add(&r->header, line, len);
    return 0;
}

int dy_net_mode(const char *s)
{
    static const char *const names[] = {"asserted", "negated", "future", "hypothetical"};
    for (int m = 0; m < 4; m++)
        if (!strcmp(s, names[m]))
            return m;
    return -1;
}

/* CAMEO's quad classes by root: 01-05 verbal cooperation, 06-08 material
   cooperation, 09-13 verbal conflict, 14-20 material conflict. */
static int quad_of_code(const char *code)
{
    if (!dy_is_digit(code[0]) || !dy_is_digit(code[1]))
        return 0;
    int root = (code[0] - '0') * 10 + code[1] - '0';
    return root >= 1 && root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : root <= 20 ? 4 : 0;
}

/* Fills ev from the fields of the line; checks each value. */
static int build_event(dy_netreader *r, dy_netev *ev, char *err, size_t errlen)
{
    if (r->store.oom)
        return failf(err, errlen, "%s", "out of memory");
    const char *f[NF__COUNT];
    for (int i = 0; i < NF__COUNT; i++)
        f[i] = r->store.p + r->off[i];
    char q[64];
    static const int required[] = {NF_DATE, NF_SOURCE, NF_TARGET, NF_CODE};
    for (size_t i = 0; i < DY_ARRAY_LEN(required); i++)
        if (!r->seen[required[i]])
            return failf(err, errlen, "no \"%s\" member (is this a file of events, as dyad code writes them?)",
                         field_names[required[i]]);
    memset(ev, 0, sizeof *ev);
    const char *d = f[NF_DATE];
    size_t dl = strlen(d);
    ev->date = dl >= 10 && (dl == 10 || d[10] == 'T' || d[10] == ' ') ? dy_parse_iso_date(d, 10) : 0;
    if (!ev->date)
        return failf(err, errlen, "bad date \"%s\" (expected YYYY-MM-DD)", quoted(d, q, sizeof q));
    if (!f[NF_CODE][0])
        return failf(err, errlen, "%s", "no event code");
    ev->source = f[NF_SOURCE];
    ev->target = f[NF_TARGET];
    ev->code = f[NF_CODE];
    ev->doc = f[NF_DOC];
    ev->text = f[NF_TEXT];
    ev->verb = f[NF_VERB];
    ev->source_text = f[NF_SOURCE_TEXT];
    ev->target_text = f[NF_TARGET_TEXT];

    const char *s = f[NF_QUAD];
    if (!s[0])
        ev->quad = quad_of_code(ev->code);
    else if (s[0] >= '0' && s[0] <= '4' && !s[1])
        ev->quad = s[0] - '0';
    else
        return failf(err, errlen, "bad quad class \"%s\" (expected 1 to 4)", quoted(s, q, sizeof q));

    s = f[NF_GOLDSTEIN];
    if (s[0]) {
        char *end;
        double g = strtod(s, &end);
        if (*end || end == s || !(g >= -10.0 && g <= 10.0))
            return failf(err, errlen, "bad Goldstein score \"%s\" (expected a number from -10 to 10)",
                         quoted(s, q, sizeof q));
        ev->goldstein10 = (int)lround(g * 10.0);
        ev->has_goldstein = 1;
    }

    s = f[NF_MODE];
    ev->mode = s[0] ? dy_net_mode(s) : DYAD_ASSERTED;
    if (ev->mode < 0)
        return failf(err, errlen, "unknown mode \"%s\" (expected asserted, negated, future or hypothetical)",
                     quoted(s, q, sizeof q));

    s = f[NF_SENTENCE];
    ev->sentence = -1;
    if (s[0]) {
        char *end;
        long v = strtol(s, &end, 10);
        if (*end || v < 0 || v > INT32_MAX)
            return failf(err, errlen, "bad sentence number \"%s\"", quoted(s, q, sizeof q));
        ev->sentence = (int)v;
    }
    return 1;
}

int dy_netreader_line(dy_netreader *r, const char *line, size_t len, dy_netev *ev, char *err, size_t errlen)
{
    if (len && line[len - 1] == '\r')
        len--;
    size_t b = 0;
    if (r->format == NETFMT_UNKNOWN && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
        b = 3; /* a byte-order mark */
    size_t i = b;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == len)
        return 0;
    if (r->format == NETFMT_UNKNOWN) {
        if (line[i] == '{')
            r->format = NETFMT_JSONL;
        else
            return read_header(r, line + b, len - b, err, errlen) ? -1 : 0;
    }
    begin_line(r);
    if (r->format == NETFMT_JSONL) {
        if (dy_json_members(line + b, len - b, json_member, r, &r->scratch, err, errlen))
            return -1;
        return build_event(r, ev, err, errlen);
    }
    /* the header again: files concatenated */
    if (len == r->header.len && !memcmp(line, r->header.p, len))
        return 0;
    int n;
    if (split_line(r, line, len, r->format == NETFMT_CSV, row_cell, &n, err, errlen))
        return -1;
    if (n != r->ncols) {
        char msg[96];
        snprintf(msg, sizeof msg, "%d fields where the header has %d", n, r->ncols);
        return failf(err, errlen, "%s", msg);
    }
    return build_event(r, ev, err, errlen);
}

/* ==== aggregating ============================================================== */

void dy_net_init(dy_net *n, const dy_net_options *opt)
{
    memset(n, 0, sizeof *n);
    if (opt)
        n->opt = *opt;
    if (n->opt.top_codes <= 0)
        n->opt.top_codes = 3;
    dy_buf_init(&n->st.pool);
    dy_buf_addc(&n->st.pool, 0);
    dy_vec_init(&n->nodes, sizeof(dy_net_node));
    dy_vec_init(&n->dyads, sizeof(dy_net_dyad));
    dy_vec_init(&n->cells, sizeof(dy_net_cell));
    dy_vec_init(&n->codes, sizeof(dy_net_code));
    dy_vec_init(&n->events, sizeof(dy_net_event));
}

void dy_net_free(dy_net *n)
{
    dy_buf_free(&n->st.pool);
    free(n->st.slots);
    dy_vec_free(&n->nodes);
    dy_vec_free(&n->dyads);
    dy_vec_free(&n->cells);
    dy_vec_free(&n->codes);
    dy_vec_free(&n->events);
    u64map_free(&n->node_map);
    u64map_free(&n->dyad_map);
    u64map_free(&n->cell_map);
    u64map_free(&n->code_map);
    free(n->node_order);
    free(n->dyad_order);
    memset(n, 0, sizeof *n);
}

size_t dy_net_node_key(int level, const char *code, size_t n)
{
    if (!n)
        return 0;
    if (level == NET_LEVEL_ACTOR)
        return n;
    if (code[0] == '-')
        return 0;
    static const char *const whole[] = {"IGO", "IMG", "NGO", "NGM", "MNC", "INT"};
    if (n > 3)
        for (size_t i = 0; i < DY_ARRAY_LEN(whole); i++)
            if (!memcmp(code, whole[i], 3))
                return n;
    return n < 3 ? n : 3;
}

/* The element of vec that map holds under key, or a new zeroed one appended and
   entered in map: its index in *at; *added says which. NULL when out of memory. */
static void *find_or_add(dy_vec *vec, dy_u64map *map, uint64_t key, uint32_t *at, int *added)
{
    uint32_t v = u64map_get(map, key);
    *added = v == 0;
    if (v) {
        *at = v - 1;
        return (char *)vec->p + (size_t)(v - 1) * vec->item;
    }
    void *e = dy_vec_push(vec);
    if (!e || u64map_put(map, key, (uint32_t)vec->n))
        return NULL;
    *at = (uint32_t)(vec->n - 1);
    return e;
}

static uint32_t node_of(dy_net *n, const char *name, size_t len)
{
    uint32_t s = strtab_intern(&n->st, name, len), at;
    int added;
    dy_net_node *d = s == UINT32_MAX ? NULL : find_or_add(&n->nodes, &n->node_map, s, &at, &added);
    if (!d)
        return UINT32_MAX;
    if (added)
        d->name = s;
    return at;
}

static uint32_t dyad_of(dy_net *n, uint32_t src, uint32_t tgt, int32_t period)
{
    uint32_t at;
    int added;
    dy_net_dyad *d = find_or_add(&n->dyads, &n->dyad_map, (uint64_t)src << 32 | tgt, &at, &added);
    if (!d)
        return UINT32_MAX;
    if (added) {
        d->src = src;
        d->tgt = tgt;
        d->pmin = d->pmax = period;
    }
    return at;
}

static uint64_t cell_key(uint32_t dyad, int32_t period) { return (uint64_t)dyad << 32 | (uint32_t)period; }

static uint32_t cell_of(dy_net *n, uint32_t dyad, int32_t period)
{
    uint32_t at;
    int added;
    dy_net_cell *c = find_or_add(&n->cells, &n->cell_map, cell_key(dyad, period), &at, &added);
    if (!c)
        return UINT32_MAX;
    if (added) {
        c->dyad = dyad;
        c->period = period;
    }
    return at;
}

uint32_t dy_net_dyad_find(const dy_net *n, uint32_t src, uint32_t tgt)
{
    return u64map_get(&n->dyad_map, (uint64_t)src << 32 | tgt);
}

const dy_net_cell *dy_net_cell_at(const dy_net *n, uint32_t dyad, int32_t period)
{
    uint32_t v = u64map_get(&n->cell_map, cell_key(dyad, period));
    return v ? DY_NET_CELL(n, v - 1) : NULL;
}

/* Counts a code for an owner (kind 0 a dyad, 1 a cell) whose list starts at *head. */
static int code_add(dy_net *n, int kind, uint32_t owner, uint32_t *head, uint32_t code)
{
    uint32_t at;
    int added;
    dy_net_code *c = find_or_add(&n->codes, &n->code_map, (uint64_t)kind << 63 | (uint64_t)owner << 32 | code, &at,
                                 &added);
    if (!c)
        return -1;
    c->n++;
    if (added) {
        c->code = code;
        c->next = *head;
        *head = at + 1;
    }
    return 0;
}

static void counts_add(dy_net_counts *c, const dy_netev *ev)
{
    c->events++;
    c->quad[ev->quad >= 1 && ev->quad <= 4 ? ev->quad : 0]++;
    if (ev->has_goldstein) {
        c->g10 += ev->goldstein10;
        c->gn++;
    }
}

static uint32_t intern0(dy_net *n, const char *s, int *oom)
{
    uint32_t v = strtab_intern(&n->st, s, strlen(s));
    if (v == UINT32_MAX) {
        *oom = 1;
        return 0;
    }
    return v;
}

static int keep_event(dy_net *n, uint32_t di, const dy_netev *ev)
{
    int oom = 0;
    dy_net_event e;
    memset(&e, 0, sizeof e);
    e.dyad = di;
    e.date = ev->date;
    e.doc = intern0(n, ev->doc, &oom);
    e.text = intern0(n, ev->text, &oom);
    e.code = intern0(n, ev->code, &oom);
    e.verb = intern0(n, ev->verb, &oom);
    e.source = intern0(n, ev->source, &oom);
    e.target = intern0(n, ev->target, &oom);
    e.source_text = intern0(n, ev->source_text, &oom);
    e.target_text = intern0(n, ev->target_text, &oom);
    e.sentence = ev->sentence;
    e.goldstein10 = (int16_t)ev->goldstein10;
    e.has_goldstein = (int8_t)ev->has_goldstein;
    e.quad = (int8_t)ev->quad;
    e.mode = (int8_t)ev->mode;
    dy_net_event *p = dy_vec_push(&n->events);
    if (oom || !p)
        return -1;
    *p = e;
    dy_net_dyad *d = DY_NET_DYAD(n, di);
    uint32_t idx = (uint32_t)n->events.n;
    if (d->ev_tail)
        DY_NET_EVENT(n, d->ev_tail - 1)->next = idx;
    else
        d->ev_head = idx;
    d->ev_tail = idx;
    d->kept++;
    return 0;
}

int dy_net_add(dy_net *n, const dy_netev *ev)
{
    n->stats.read++;
    if (!n->opt.all_modes && ev->mode != DYAD_ASSERTED) {
        n->stats.other_mode++;
        return 0;
    }
    /* a stray date (a year typed 1902 for 2019) would otherwise stretch a dyad's
       rows over every empty day between */
    if ((n->opt.from && ev->date < n->opt.from) || (n->opt.to && ev->date > n->opt.to)) {
        n->stats.out_of_range++;
        return 0;
    }
    size_t sl = strlen(ev->source), tl = strlen(ev->target);
    if (!sl || !tl) {
        n->stats.no_actor++;
        return 0;
    }
    size_t sk = dy_net_node_key(n->opt.level, ev->source, sl), tk = dy_net_node_key(n->opt.level, ev->target, tl);
    if (!sk || !tk) {
        n->stats.no_country++;
        return 0;
    }
    int32_t period = dy_net_period(n->opt.by, ev->date);
    uint32_t code = strtab_intern(&n->st, ev->code, strlen(ev->code));
    uint32_t s = node_of(n, ev->source, sk);
    uint32_t t = s == UINT32_MAX ? s : node_of(n, ev->target, tk);
    uint32_t di = t == UINT32_MAX ? t : dyad_of(n, s, t, period);
    uint32_t ci = di == UINT32_MAX ? di : cell_of(n, di, period);
    if (code == UINT32_MAX || ci == UINT32_MAX) {
        n->oom = 1;
        return -1;
    }
    dy_net_dyad *d = DY_NET_DYAD(n, di);
    dy_net_cell *c = DY_NET_CELL(n, ci);
    counts_add(&d->c, ev);
    counts_add(&c->c, ev);
    if (code_add(n, 1, ci, &c->codes, code) || code_add(n, 0, di, &DY_NET_DYAD(n, di)->codes, code)) {
        n->oom = 1;
        return -1;
    }
    d = DY_NET_DYAD(n, di); /* the vectors may have moved */
    if (period < d->pmin)
        d->pmin = period;
    if (period > d->pmax)
        d->pmax = period;
    if (!d->first || ev->date < d->first)
        d->first = ev->date;
    if (ev->date > d->last)
        d->last = ev->date;
    DY_NET_NODE(n, s)->out++;
    DY_NET_NODE(n, t)->in++;
    if (s == t)
        DY_NET_NODE(n, s)->self++;
    if (!n->date_min || ev->date < n->date_min)
        n->date_min = ev->date;
    if (ev->date > n->date_max)
        n->date_max = ev->date;
    if (d->kept < n->opt.keep_events && keep_event(n, di, ev)) {
        n->oom = 1;
        return -1;
    }
    n->stats.counted++;
    return 1;
}

/* A stable merge sort of indexes with a comparison that sees the network
   (qsort has no context argument in C11). */
typedef int (*idx_cmp)(const dy_net *n, uint32_t a, uint32_t b);

static void merge_sort(uint32_t *a, uint32_t *tmp, size_t len, idx_cmp cmp, const dy_net *n)
{
    if (len < 2)
        return;
    size_t h = len / 2;
    merge_sort(a, tmp, h, cmp, n);
    merge_sort(a + h, tmp, len - h, cmp, n);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < len)
        tmp[k++] = cmp(n, a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < len)
        tmp[k++] = a[j++];
    memcpy(a, tmp, len * sizeof *a);
}

static int node_cmp(const dy_net *n, uint32_t a, uint32_t b)
{
    uint32_t x = dy_net_activity(DY_NET_NODE(n, a)), y = dy_net_activity(DY_NET_NODE(n, b));
    if (x != y)
        return x > y ? -1 : 1;
    return strcmp(dy_net_str(n, DY_NET_NODE(n, a)->name), dy_net_str(n, DY_NET_NODE(n, b)->name));
}

static int dyad_cmp(const dy_net *n, uint32_t a, uint32_t b)
{
    const dy_net_dyad *x = DY_NET_DYAD(n, a), *y = DY_NET_DYAD(n, b);
    if (x->c.events != y->c.events)
        return x->c.events > y->c.events ? -1 : 1;
    int c = strcmp(dy_net_str(n, DY_NET_NODE(n, x->src)->name), dy_net_str(n, DY_NET_NODE(n, y->src)->name));
    if (c)
        return c;
    return strcmp(dy_net_str(n, DY_NET_NODE(n, x->tgt)->name), dy_net_str(n, DY_NET_NODE(n, y->tgt)->name));
}

static uint32_t *sorted(const dy_net *n, size_t len, idx_cmp cmp)
{
    uint32_t *a = malloc((len ? len : 1) * sizeof *a), *tmp = malloc((len ? len : 1) * sizeof *tmp);
    if (!a || !tmp) {
        free(a);
        free(tmp);
        return NULL;
    }
    for (size_t i = 0; i < len; i++)
        a[i] = (uint32_t)i;
    merge_sort(a, tmp, len, cmp, n);
    free(tmp);
    return a;
}

int dy_net_finish(dy_net *n)
{
    free(n->node_order);
    free(n->dyad_order);
    n->node_order = sorted(n, n->nodes.n, node_cmp);
    n->dyad_order = sorted(n, n->dyads.n, dyad_cmp);
    if (!n->node_order || !n->dyad_order || n->st.pool.oom || n->nodes.oom || n->dyads.oom || n->cells.oom ||
        n->codes.oom || n->events.oom)
        n->oom = 1;
    return n->oom ? -1 : 0;
}

size_t dy_net_top_codes(const dy_net *n, uint32_t head, dy_net_code *out, size_t max)
{
    size_t k = 0;
    for (uint32_t i = head; i; i = DY_VEC_AT(&n->codes, dy_net_code, i - 1).next) {
        dy_net_code c = DY_VEC_AT(&n->codes, dy_net_code, i - 1);
        /* insertion into the top `max`, most frequent first, then by code */
        size_t j = k;
        while (j > 0 && (out[j - 1].n < c.n ||
                         (out[j - 1].n == c.n && strcmp(dy_net_str(n, out[j - 1].code), dy_net_str(n, c.code)) > 0)))
            j--;
        if (j >= max)
            continue;
        size_t end = k < max ? k : max - 1;
        memmove(out + j + 1, out + j, (end - j) * sizeof *out);
        out[j] = c;
        if (k < max)
            k++;
    }
    return k;
}

/* ==== periods ====================================================================== */

int32_t dy_net_period(int by, int32_t ymd)
{
    switch (by) {
    case NET_BY_DAY:
        return dy_ymd_to_days(ymd);
    case NET_BY_WEEK: {
        int32_t d = dy_ymd_to_days(ymd);
        return d - dy_weekday(d);
    }
    case NET_BY_MONTH:
        return ymd / 10000 * 12 + ymd / 100 % 100 - 1;
    default:
        return 0;
    }
}

int32_t dy_net_period_next(int by, int32_t p)
{
    return by == NET_BY_WEEK ? p + 7 : p + 1;
}

void dy_net_period_label(int by, int32_t p, char label[16], int32_t *start, int32_t *end)
{
    int32_t s = 0, e = 0;
    switch (by) {
    case NET_BY_DAY:
        s = e = dy_days_to_ymd(p);
        out_date(s, label);
        break;
    case NET_BY_WEEK: {
        s = dy_days_to_ymd(p);
        e = dy_days_to_ymd(p + 6);
        /* ISO 8601: the week belongs to the year of its Thursday */
        int32_t thu = dy_days_to_ymd(p + 3);
        int y = thu / 10000;
        int week = (p + 3 - dy_days_from_civil(y, 1, 1)) / 7 + 1;
        snprintf(label, 16, "%04d-W%02d", (y % 10000 + 10000) % 10000, (week % 100 + 100) % 100);
        break;
    }
    case NET_BY_MONTH: {
        int y = p / 12, m = p % 12 + 1;
        s = y * 10000 + m * 100 + 1;
        int32_t next = (m == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1);
        e = dy_days_to_ymd(dy_ymd_to_days(next) - 1);
        snprintf(label, 16, "%04d-%02d", (y % 10000 + 10000) % 10000, (m % 100 + 100) % 100);
        break;
    }
    default:
        memcpy(label, "all", 4);
    }
    if (start)
        *start = s;
    if (end)
        *end = e;
}

/* ==== writing ======================================================================= */

void dy_net_colour(int has_score, double mean, char out[8])
{
    static const double grey[3] = {150, 150, 150}, red[3] = {200, 30, 45}, blue[3] = {30, 95, 185};
    double t = has_score ? mean / 10.0 : 0;
    if (t > 1)
        t = 1;
    if (t < -1)
        t = -1;
    /* most scores are between -5 and +5: a square root spreads them out */
    double a = sqrt(fabs(t));
    const double *to = t < 0 ? red : blue;
    int rgb[3];
    for (int i = 0; i < 3; i++)
        rgb[i] = (int)lround(grey[i] + (to[i] - grey[i]) * a);
    snprintf(out, 8, "#%02x%02x%02x", rgb[0] & 255, rgb[1] & 255, rgb[2] & 255);
}

static const char *level_name(int level) { return level == NET_LEVEL_ACTOR ? "actor" : "country"; }

static const char *by_name(int by)
{
    return by == NET_BY_DAY ? "day" : by == NET_BY_WEEK ? "week" : by == NET_BY_MONTH ? "month" : "all";
}

int dy_net_mean(const dy_net_counts *c, double *mean)
{
    *mean = c->gn ? (double)c->g10 / 10.0 / c->gn : 0;
    return c->gn > 0;
}

void dy_net_put_g10(dy_buf *b, int64_t g10)
{
    uint64_t a = g10 < 0 ? (uint64_t)(-(g10 + 1)) + 1 : (uint64_t)g10;
    dy_buf_printf(b, "%s%llu.%llu", g10 < 0 ? "-" : "", (unsigned long long)(a / 10), (unsigned long long)(a % 10));
}

void dy_net_put_mean(dy_buf *b, const dy_net_counts *c, const char *none, int sign)
{
    double m;
    if (!dy_net_mean(c, &m)) {
        dy_buf_adds(b, none);
        return;
    }
    if (fabs(m) < 0.005)
        m = 0; /* no "-0.00" */
    dy_buf_printf(b, sign ? "%+.2f" : "%.2f", m);
}

/* A dyad's period p: its label and first and last day (with no periods, the
   dyad's first and last events). */
static void period_span(const dy_net *n, const dy_net_dyad *d, int32_t p, char label[16], int32_t *s, int32_t *e)
{
    dy_net_period_label(n->opt.by, p, label, s, e);
    if (n->opt.by == NET_BY_ALL) {
        *s = d->first;
        *e = d->last;
    }
}

static void put_mean(dy_buf *b, const dy_net_counts *c, const char *none) { dy_net_put_mean(b, c, none, 0); }

void dy_net_put_date(dy_buf *b, int32_t ymd)
{
    char d[11];
    out_date(ymd, d);
    dy_buf_add(b, d, 10);
}

static void put_date(dy_buf *b, int32_t ymd) { dy_net_put_date(b, ymd); }

static void csv_field(dy_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        dy_buf_adds(b, s);
        return;
    }
    dy_buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            dy_buf_addc(b, '"');
        dy_buf_addc(b, *s == '\n' || *s == '\r' ? ' ' : *s);
    }
    dy_buf_addc(b, '"');
}

static void xml_text(dy_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': dy_buf_adds(b, "&lt;"); break;
        case '>': dy_buf_adds(b, "&gt;"); break;
        case '&': dy_buf_adds(b, "&amp;"); break;
        case '"': dy_buf_adds(b, "&quot;"); break;
        case '\'': dy_buf_adds(b, "&apos;"); break;
        default:
            /* control characters are not allowed in XML 1.0 */
            dy_buf_addc(b, (unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' ? ' ' : *s);
        }
    }
}

static void dot_str(dy_buf *b, const char *s)
{
    dy_buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            dy_buf_addc(b, '\\');
        dy_buf_addc(b, (unsigned char)*s < 0x20 ? ' ' : *s);
    }
    dy_buf_addc(b, '"');
}

/* "042:2 050:1" */
static void put_codes_text(dy_buf *b, const dy_net *n, uint32_t head)
{
    dy_net_code top[16];
    size_t k = dy_net_top_codes(n, head, top, (size_t)DY_MIN(n->opt.top_codes, 16));
    for (size_t i = 0; i < k; i++)
        dy_buf_printf(b, "%s%s:%u", i ? " " : "", dy_net_str(n, top[i].code), top[i].n);
}

static void put_codes_json(dy_buf *b, const dy_net *n, uint32_t head)
{
    dy_net_code top[16];
    size_t k = dy_net_top_codes(n, head, top, (size_t)DY_MIN(n->opt.top_codes, 16));
    dy_buf_addc(b, '[');
    for (size_t i = 0; i < k; i++) {
        dy_buf_adds(b, i ? ",{\"code\":" : "{\"code\":");
        const char *c = dy_net_str(n, top[i].code);
        dy_json_str(b, c, strlen(c));
        dy_buf_printf(b, ",\"events\":%u}", top[i].n);
    }
    dy_buf_addc(b, ']');
}

static const dy_net_counts zero_counts;

static void put_counts_csv(dy_buf *b, const dy_net_counts *c)
{
    dy_buf_printf(b, ",%u,%u,%u,%u,%u,", c->events, c->quad[1], c->quad[2], c->quad[3], c->quad[4]);
    dy_net_put_g10(b, c->g10);
    dy_buf_addc(b, ',');
    put_mean(b, c, "");
    dy_buf_addc(b, ',');
}

static void put_counts_json(dy_buf *b, const dy_net_counts *c)
{
    dy_buf_printf(b,
                  "\"events\":%u,\"verbal_coop\":%u,\"material_coop\":%u,\"verbal_conflict\":%u,"
                  "\"material_conflict\":%u,\"goldstein_sum\":",
                  c->events, c->quad[1], c->quad[2], c->quad[3], c->quad[4]);
    dy_net_put_g10(b, c->g10);
    dy_buf_adds(b, ",\"goldstein_mean\":");
    put_mean(b, c, "null");
}

static const char *node_name(const dy_net *n, uint32_t node) { return dy_net_str(n, DY_NET_NODE(n, node)->name); }

static void write_csv(const dy_net *n, dy_buf *b)
{
    dy_buf codes;
    dy_buf_init(&codes);
    dy_buf_adds(b, "source,target,period,start,end,events,verbal_coop,material_coop,verbal_conflict,"
                   "material_conflict,goldstein_sum,goldstein_mean,top_codes\n");
    for (size_t k = 0; k < n->dyads.n; k++) {
        uint32_t di = n->dyad_order[k];
        const dy_net_dyad *d = DY_NET_DYAD(n, di);
        for (int32_t p = d->pmin; p <= d->pmax; p = dy_net_period_next(n->opt.by, p)) {
            const dy_net_cell *c = dy_net_cell_at(n, di, p);
            char label[16];
            int32_t s, e;
            period_span(n, d, p, label, &s, &e);
            csv_field(b, node_name(n, d->src));
            dy_buf_addc(b, ',');
            csv_field(b, node_name(n, d->tgt));
            dy_buf_printf(b, ",%s,", label);
            put_date(b, s);
            dy_buf_addc(b, ',');
            put_date(b, e);
            put_counts_csv(b, c ? &c->c : &zero_counts);
            if (c) {
                dy_buf_clear(&codes);
                put_codes_text(&codes, n, c->codes);
                csv_field(b, codes.p ? codes.p : "");
            }
            dy_buf_addc(b, '\n');
        }
    }
    if (codes.oom)
        b->oom = 1;
    dy_buf_free(&codes);
}

static void json_name(dy_buf *b, const char *s) { dy_json_str(b, s, strlen(s)); }

static void write_json(const dy_net *n, dy_buf *b)
{
    dy_buf_printf(b, "{\"level\":\"%s\",\"by\":\"%s\",\"modes\":\"%s\",\"events\":%zu,\"first\":",
                  level_name(n->opt.level), by_name(n->opt.by), n->opt.all_modes ? "all" : "asserted",
                  n->stats.counted);
    if (n->date_min) {
        dy_buf_addc(b, '"');
        put_date(b, n->date_min);
        dy_buf_adds(b, "\",\"last\":\"");
        put_date(b, n->date_max);
        dy_buf_addc(b, '"');
    } else
        dy_buf_adds(b, "null,\"last\":null");
    dy_buf_adds(b, ",\n\"nodes\":[");
    for (size_t k = 0; k < n->nodes.n; k++) {
        const dy_net_node *d = DY_NET_NODE(n, n->node_order[k]);
        dy_buf_adds(b, k ? ",\n{\"id\":" : "\n{\"id\":");
        json_name(b, dy_net_str(n, d->name));
        dy_buf_printf(b, ",\"events\":%u,\"events_out\":%u,\"events_in\":%u}", dy_net_activity(d), d->out, d->in);
    }
    dy_buf_adds(b, "],\n\"dyads\":[");
    for (size_t k = 0; k < n->dyads.n; k++) {
        uint32_t di = n->dyad_order[k];
        const dy_net_dyad *d = DY_NET_DYAD(n, di);
        dy_buf_adds(b, k ? ",\n{\"source\":" : "\n{\"source\":");
        json_name(b, node_name(n, d->src));
        dy_buf_adds(b, ",\"target\":");
        json_name(b, node_name(n, d->tgt));
        dy_buf_addc(b, ',');
        put_counts_json(b, &d->c);
        dy_buf_adds(b, ",\"first\":\"");
        put_date(b, d->first);
        dy_buf_adds(b, "\",\"last\":\"");
        put_date(b, d->last);
        dy_buf_adds(b, "\",\"top_codes\":");
        put_codes_json(b, n, d->codes);
        dy_buf_adds(b, ",\"periods\":[");
        int first = 1;
        for (int32_t p = d->pmin; p <= d->pmax; p = dy_net_period_next(n->opt.by, p)) {
            const dy_net_cell *c = dy_net_cell_at(n, di, p);
            char label[16];
            int32_t s, e;
            period_span(n, d, p, label, &s, &e);
            dy_buf_printf(b, "%s\n {\"period\":\"%s\",\"start\":\"", first ? "" : ",", label);
            put_date(b, s);
            dy_buf_adds(b, "\",\"end\":\"");
            put_date(b, e);
            dy_buf_adds(b, "\",");
            put_counts_json(b, c ? &c->c : &zero_counts);
            dy_buf_adds(b, ",\"top_codes\":");
            if (c)
                put_codes_json(b, n, c->codes);
            else
                dy_buf_adds(b, "[]");
            dy_buf_addc(b, '}');
            first = 0;
        }
        dy_buf_adds(b, "]}");
    }
    dy_buf_adds(b, "]}\n");
}

/* Node ids are n0, n1, ... in activity order, so that any actor code makes a valid id. */
static uint32_t *node_ranks(const dy_net *n)
{
    uint32_t *rank = malloc((n->nodes.n ? n->nodes.n : 1) * sizeof *rank);
    if (rank)
        for (size_t k = 0; k < n->nodes.n; k++)
            rank[n->node_order[k]] = (uint32_t)k;
    return rank;
}

static void write_graphml(const dy_net *n, const uint32_t *rank, dy_buf *b)
{
    dy_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    dy_buf_printf(b, "<!-- dyad net: level %s, %s events, %zu counted -->\n", level_name(n->opt.level),
                  n->opt.all_modes ? "all" : "asserted", n->stats.counted);
    dy_buf_adds(b, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    static const char *const keys[][4] = {
        {"label", "node", "label", "string"},
        {"n_events", "node", "events", "int"},
        {"n_out", "node", "events_out", "int"},
        {"n_in", "node", "events_in", "int"},
        {"weight", "edge", "weight", "double"},
        {"e_events", "edge", "events", "int"},
        {"e_q1", "edge", "verbal_coop", "int"},
        {"e_q2", "edge", "material_coop", "int"},
        {"e_q3", "edge", "verbal_conflict", "int"},
        {"e_q4", "edge", "material_conflict", "int"},
        {"e_gsum", "edge", "goldstein_sum", "double"},
        {"e_gmean", "edge", "goldstein_mean", "double"},
        {"e_codes", "edge", "top_codes", "string"},
        {"e_first", "edge", "first", "string"},
        {"e_last", "edge", "last", "string"},
        {"e_colour", "edge", "color", "string"},
    };
    for (size_t i = 0; i < DY_ARRAY_LEN(keys); i++)
        dy_buf_printf(b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[i][0], keys[i][1],
                      keys[i][2], keys[i][3]);
    dy_buf_adds(b, "  <graph id=\"dyad\" edgedefault=\"directed\">\n");
    for (size_t k = 0; k < n->nodes.n; k++) {
        const dy_net_node *d = DY_NET_NODE(n, n->node_order[k]);
        dy_buf_printf(b, "    <node id=\"n%zu\"><data key=\"label\">", k);
        xml_text(b, dy_net_str(n, d->name));
        dy_buf_printf(b, "</data><data key=\"n_events\">%u</data><data key=\"n_out\">%u</data>"
                         "<data key=\"n_in\">%u</data></node>\n",
                      dy_net_activity(d), d->out, d->in);
    }
    for (size_t k = 0; k < n->dyads.n; k++) {
        const dy_net_dyad *d = DY_NET_DYAD(n, n->dyad_order[k]);
        const dy_net_counts *c = &d->c;
        dy_buf_printf(b, "    <edge id=\"e%zu\" source=\"n%u\" target=\"n%u\">", k, rank[d->src], rank[d->tgt]);
        dy_buf_printf(b, "<data key=\"weight\">%u</data><data key=\"e_events\">%u</data>", c->events, c->events);
        for (int q = 1; q <= 4; q++)
            dy_buf_printf(b, "<data key=\"e_q%d\">%u</data>", q, c->quad[q]);
        dy_buf_adds(b, "<data key=\"e_gsum\">");
        dy_net_put_g10(b, c->g10);
        dy_buf_adds(b, "</data>");
        if (c->gn) {
            dy_buf_adds(b, "<data key=\"e_gmean\">");
            put_mean(b, c, "");
            dy_buf_adds(b, "</data>");
        }
        dy_buf_adds(b, "<data key=\"e_codes\">");
        dy_buf tmp;
        dy_buf_init(&tmp);
        put_codes_text(&tmp, n, d->codes);
        xml_text(b, tmp.p ? tmp.p : "");
        dy_buf_free(&tmp);
        dy_buf_adds(b, "</data><data key=\"e_first\">");
        put_date(b, d->first);
        dy_buf_adds(b, "</data><data key=\"e_last\">");
        put_date(b, d->last);
        char col[8];
        dy_net_colour(c->gn > 0, c->gn ? (double)c->g10 / 10.0 / c->gn : 0, col);
        dy_buf_printf(b, "</data><data key=\"e_colour\">%s</data></edge>\n", col);
    }
    dy_buf_adds(b, "  </graph>\n</graphml>\n");
}

static void write_dot(const dy_net *n, const uint32_t *rank, dy_buf *b)
{
    dy_buf_printf(b, "// dyad net: level %s, %s events, %zu counted; edge colour: mean Goldstein score "
                     "(red conflict, blue cooperation), width: events\n",
                  level_name(n->opt.level), n->opt.all_modes ? "all" : "asserted", n->stats.counted);
    dy_buf_adds(b, "digraph dyad {\n"
                   "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
                   "  node [shape=ellipse, style=filled, fillcolor=\"#e8eef4\", color=\"#4a5a6a\", "
                   "fontname=\"Helvetica\"];\n"
                   "  edge [fontname=\"Helvetica\", fontsize=10];\n");
    uint32_t maxe = 1, maxa = 1;
    for (size_t k = 0; k < n->dyads.n; k++)
        maxe = DY_MAX(maxe, DY_NET_DYAD(n, k)->c.events);
    for (size_t k = 0; k < n->nodes.n; k++)
        maxa = DY_MAX(maxa, dy_net_activity(DY_NET_NODE(n, k)));
    for (size_t k = 0; k < n->nodes.n; k++) {
        const dy_net_node *d = DY_NET_NODE(n, n->node_order[k]);
        const char *name = dy_net_str(n, d->name);
        dy_buf_printf(b, "  n%zu [label=", k);
        dot_str(b, name);
        dy_buf_printf(b, ", fontsize=%.1f, tooltip=", 10.0 + 8.0 * sqrt((double)dy_net_activity(d) / maxa));
        dy_buf tip;
        dy_buf_init(&tip);
        dy_buf_printf(&tip, "%s: %u events (%u as source, %u as target)", name, dy_net_activity(d), d->out, d->in);
        dot_str(b, tip.p ? tip.p : "");
        dy_buf_free(&tip);
        dy_buf_adds(b, "];\n");
    }
    for (size_t k = 0; k < n->dyads.n; k++) {
        const dy_net_dyad *d = DY_NET_DYAD(n, n->dyad_order[k]);
        const dy_net_counts *c = &d->c;
        char col[8];
        dy_net_colour(c->gn > 0, c->gn ? (double)c->g10 / 10.0 / c->gn : 0, col);
        dy_buf_printf(b, "  n%u -> n%u [label=\"%u\", penwidth=%.2f, color=\"%s\", tooltip=", rank[d->src], rank[d->tgt],
                      c->events, 1.0 + 5.0 * sqrt((double)c->events / maxe), col);
        dy_buf tip;
        dy_buf_init(&tip);
        dy_buf_printf(&tip, "%s -> %s: %u events, mean Goldstein ", node_name(n, d->src), node_name(n, d->tgt),
                      c->events);
        put_mean(&tip, c, "n/a");
        dy_buf_adds(&tip, "; ");
        put_codes_text(&tip, n, d->codes);
        dot_str(b, tip.p ? tip.p : "");
        dy_buf_free(&tip);
        dy_buf_adds(b, "];\n");
    }
    dy_buf_adds(b, "}\n");
}

int dy_net_write(const dy_net *n, int format, dy_buf *out)
{
    if (n->oom || !n->node_order || !n->dyad_order)
        return -1;
    if (format == NET_OUT_CSV)
        write_csv(n, out);
    else if (format == NET_OUT_JSON)
        write_json(n, out);
    else {
        uint32_t *rank = node_ranks(n);
        if (!rank)
            return -1;
        if (format == NET_OUT_GRAPHML)
            write_graphml(n, rank, out);
        else
            write_dot(n, rank, out);
        free(rank);
    }
    return out->oom ? -1 : 0;
}
