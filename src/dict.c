/*
 * dict.c - building, hashing, saving and loading the dictionary model (dict.h).
 *
 * A compiled dictionary is one file: a header with a table of sections followed
 * by the sections themselves, each an array of the records in dict.h. Loading is
 * mapping the file and pointing each table at its section, after a validation
 * pass that checks every stored index against the size of the table it points
 * into, so that a truncated or corrupt file is rejected instead of trusted.
 */
#include "dict.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const size_t item_size[DT__COUNT] = {
    [DT_STR] = 1,
    [DT_WORD] = sizeof(dy_word),
    [DT_WORDHASH] = sizeof(uint32_t),
    [DT_NODE] = sizeof(dy_node),
    [DT_EDGE] = sizeof(dy_edge),
    [DT_ACTOR] = sizeof(dy_actor),
    [DT_ACODE] = sizeof(dy_actor_code),
    [DT_AGENT] = sizeof(dy_agent),
    [DT_ISSUE] = sizeof(dy_issue),
    [DT_VERB] = sizeof(dy_verb),
    [DT_BLOCK] = sizeof(dy_block),
    [DT_PATTERN] = sizeof(dy_pattern),
    [DT_PELEM] = sizeof(dy_pelem),
    [DT_SYNSET] = sizeof(dy_synset),
    [DT_SYNMEMBER] = sizeof(dy_synmember),
    [DT_SEQ] = sizeof(uint32_t),
    [DT_EVCODE] = sizeof(dy_evcode),
    [DT_PLOVER] = sizeof(dy_plover),
    [DT_FILE] = sizeof(dy_str),
};

static const char *const atype_names[ATYPE__COUNT] = {
    "unknown", "state", "place", "metonym", "person", "igo", "ngo", "group", "party", "org", "media",
};

const char *dy_atype_name(int t) { return (t >= 0 && t < ATYPE__COUNT) ? atype_names[t] : "unknown"; }

int dy_atype_parse(const char *s, size_t n)
{
    for (int i = 1; i < ATYPE__COUNT; i++)
        if (strlen(atype_names[i]) == n && memcmp(atype_names[i], s, n) == 0)
            return i;
    return -1;
}

/* ==== building ================================================================ */

static void sync(dy_dict *d, int id)
{
    d->t[id].p = d->vec[id].p;
    d->t[id].n = (uint32_t)d->vec[id].n;
}

int dict_oom(const dy_dict *d)
{
    for (int i = 0; i < DT__COUNT; i++)
        if (d->vec[i].oom)
            return 1;
    return d->strhash.oom || d->edgevec.oom || d->evhash.oom;
}

void *dict_add_ptr(dy_dict *d, int id)
{
    void *p = dy_vec_push(&d->vec[id]);
    sync(d, id);
    return p;
}

uint32_t dict_add(dy_dict *d, int id)
{
    if (!dict_add_ptr(d, id))
        return 0;
    return d->t[id].n - 1;
}

static uint32_t str_hash_at(const dy_dict *d, uint32_t off)
{
    const char *s = D_STR(d) + off;
    return (uint32_t)dy_hash(s, strlen(s));
}

static int strhash_grow(dy_dict *d)
{
    size_t cap = d->strhash.n ? d->strhash.n * 2 : 1024;
    dy_vec nv;
    dy_vec_init(&nv, sizeof(uint32_t));
    if (dy_vec_resize(&nv, cap))
        return -1;
    uint32_t *slots = nv.p, mask = (uint32_t)cap - 1;
    uint32_t *old = d->strhash.p;
    for (size_t i = 0; i < d->strhash.n; i++) {
        if (!old[i])
            continue;
        uint32_t h = str_hash_at(d, old[i] - 1) & mask;
        while (slots[h])
            h = (h + 1) & mask;
        slots[h] = old[i];
    }
    dy_vec_free(&d->strhash);
    d->strhash = nv;
    return 0;
}

uint32_t dict_intern(dy_dict *d, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if ((d->strhash_n + 1) * 2 > d->strhash.n && strhash_grow(d))
        return 0;
    uint32_t mask = (uint32_t)d->strhash.n - 1;
    uint32_t *slots = d->strhash.p;
    uint32_t h = (uint32_t)dy_hash(s, n) & mask;
    const char *pool = D_STR(d);
    while (slots[h]) {
        const char *c = pool + slots[h] - 1;
        if (memcmp(c, s, n) == 0 && c[n] == 0)
            return slots[h] - 1;
        h = (h + 1) & mask;
    }
    dy_vec *v = &d->vec[DT_STR];
    uint32_t off = (uint32_t)v->n;
    if (dy_vec_resize(v, v->n + n + 1))
        return 0;
    memcpy((char *)v->p + off, s, n);
    ((char *)v->p)[off + n] = 0;
    sync(d, DT_STR);
    slots[h] = off + 1;
    d->strhash_n++;
    return off;
}

/* ---- word hash: open addressing over word ids, keyed by the word's text ---- */

static int wordhash_rebuild(dy_dict *d, size_t cap)
{
    dy_vec *v = &d->vec[DT_WORDHASH];
    dy_vec_free(v);
    if (dy_vec_resize(v, cap))
        return -1;
    uint32_t *slots = v->p, mask = (uint32_t)cap - 1;
    memset(slots, 0, cap * sizeof *slots);
    dy_word *w = D_WORDS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_WORD); i++) {
        uint32_t h = w[i].hash & mask;
        while (slots[h])
            h = (h + 1) & mask;
        slots[h] = i;
    }
    d->wordhash_mask = mask;
    sync(d, DT_WORDHASH);
    return 0;
}

uint32_t dict_lookup(const dy_dict *d, const char *s, size_t n)
{
    if (!d->t[DT_WORDHASH].n)
        return 0;
    uint32_t hv = (uint32_t)dy_hash(s, n);
    uint32_t mask = d->wordhash_mask, h = hv & mask;
    const uint32_t *slots = d->t[DT_WORDHASH].p;
    const dy_word *w = D_WORDS(d);
    const char *pool = D_STR(d);
    while (slots[h]) {
        const dy_word *x = &w[slots[h]];
        if (x->hash == hv && x->s.len == n && memcmp(pool + x->s.off, s, n) == 0)
            return slots[h];
        h = (h + 1) & mask;
    }
    return 0;
}

uint32_t dict_word(dy_dict *d, const char *s, size_t n)
{
    if (n == 0 || n > 65535)
        return 0;
    uint32_t id = dict_lookup(d, s, n);
    if (id)
        return id;
    if ((DICT_N(d, DT_WORD) + 1) * 2 > DICT_N(d, DT_WORDHASH)) {
        size_t cap = DICT_N(d, DT_WORDHASH) ? DICT_N(d, DT_WORDHASH) * 2u : 1u << 16;
        if (wordhash_rebuild(d, cap))
            return 0;
    }
    uint32_t off = dict_intern(d, s, n);
    dy_word *w;
    if (!DICT_ADD(d, DT_WORD, dy_word, w))
        return 0;
    w->s.off = off;
    w->s.len = (uint32_t)n;
    w->hash = (uint32_t)dy_hash(s, n);
    id = DICT_N(d, DT_WORD) - 1;
    uint32_t *slots = d->t[DT_WORDHASH].p, h = w->hash & d->wordhash_mask;
    while (slots[h])
        h = (h + 1) & d->wordhash_mask;
    slots[h] = id;
    return id;
}

/* ---- trie edges: open addressing keyed by (parent node, word id) --------- */

static inline uint32_t edge_slot(uint32_t parent, uint32_t word, uint32_t mask)
{
    return (uint32_t)dy_hash_u64(((uint64_t)parent << 32) | word) & mask;
}

static int edgehash_rebuild(dy_dict *d, size_t cap)
{
    dy_vec nv;
    dy_vec_init(&nv, sizeof(dy_edge));
    if (dy_vec_resize(&nv, cap))
        return -1;
    dy_edge *slots = nv.p, *old = d->vec[DT_EDGE].p;
    uint32_t mask = (uint32_t)cap - 1;
    for (size_t i = 0; i < d->vec[DT_EDGE].n; i++) {
        if (!old[i].child)
            continue;
        uint32_t h = edge_slot(old[i].parent, old[i].word, mask);
        while (slots[h].child)
            h = (h + 1) & mask;
        slots[h] = old[i];
    }
    dy_vec_free(&d->vec[DT_EDGE]);
    d->vec[DT_EDGE] = nv;
    d->edgehash_mask = mask;
    sync(d, DT_EDGE);
    return 0;
}

uint32_t dict_trie_next(const dy_dict *d, uint32_t node, uint32_t word)
{
    if (!d->t[DT_EDGE].n || !word)
        return 0;
    const dy_edge *slots = d->t[DT_EDGE].p;
    uint32_t mask = d->edgehash_mask, h = edge_slot(node, word, mask);
    while (slots[h].child) {
        if (slots[h].parent == node && slots[h].word == word)
            return slots[h].child;
        h = (h + 1) & mask;
    }
    return 0;
}

uint32_t dict_trie_add(dy_dict *d, const uint32_t *words, size_t n)
{
    uint32_t node = d->root;
    for (size_t i = 0; i < n; i++) {
        if (!words[i])
            return 0;
        uint32_t child = dict_trie_next(d, node, words[i]);
        if (!child) {
            if ((d->edge_used + 1) * 2 > DICT_N(d, DT_EDGE)) {
                size_t cap = DICT_N(d, DT_EDGE) ? DICT_N(d, DT_EDGE) * 2u : 1u << 14;
                if (edgehash_rebuild(d, cap))
                    return 0;
            }
            dy_node *nn;
            if (!DICT_ADD(d, DT_NODE, dy_node, nn))
                return 0;
            child = DICT_N(d, DT_NODE) - 1;
            nn->depth = (uint16_t)(i + 1);
            dy_edge *slots = d->t[DT_EDGE].p;
            uint32_t h = edge_slot(node, words[i], d->edgehash_mask);
            while (slots[h].child)
                h = (h + 1) & d->edgehash_mask;
            slots[h].parent = node;
            slots[h].word = words[i];
            slots[h].child = child;
            d->edge_used++;
        }
        node = child;
    }
    return node;
}

uint32_t dict_file(dy_dict *d, const char *path)
{
    uint32_t off = dict_intern(d, path, strlen(path));
    dy_str *f = D_FILES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_FILE); i++)
        if (f[i].off == off)
            return i;
    dy_str *nf;
    if (!DICT_ADD(d, DT_FILE, dy_str, nf))
        return 0;
    nf->off = off;
    nf->len = (uint32_t)strlen(path);
    return DICT_N(d, DT_FILE) - 1;
}

static int evcode_is(const dy_dict *d, uint32_t id, const char *code, size_t n)
{
    const dy_evcode *e = &D_EVCODES(d)[id];
    return e->code.len == n && memcmp(dict_s(d, e->code), code, n) == 0;
}

/* The build-time hash of event codes, at most half full. */
static int evhash_rebuild(dy_dict *d)
{
    uint32_t nev = DICT_N(d, DT_EVCODE);
    size_t cap = 64;
    while (cap < ((size_t)nev + 1) * 2)
        cap *= 2;
    dy_vec nv;
    dy_vec_init(&nv, sizeof(uint32_t));
    if (dy_vec_resize(&nv, cap))
        return -1;
    uint32_t *slots = nv.p, mask = (uint32_t)cap - 1;
    memset(slots, 0, cap * sizeof *slots);
    const dy_evcode *e = D_EVCODES(d);
    for (uint32_t i = 1; i < nev; i++) {
        uint32_t h = (uint32_t)dy_hash(dict_s(d, e[i].code), e[i].code.len) & mask;
        while (slots[h])
            h = (h + 1) & mask;
        slots[h] = i;
    }
    dy_vec_free(&d->evhash);
    d->evhash = nv;
    return 0;
}

uint32_t dict_find_evcode(const dy_dict *d, const char *code, size_t n)
{
    if (d->evhash.n) {
        const uint32_t *slots = d->evhash.p;
        uint32_t mask = (uint32_t)d->evhash.n - 1, h = (uint32_t)dy_hash(code, n) & mask;
        for (; slots[h]; h = (h + 1) & mask)
            if (evcode_is(d, slots[h], code, n))
                return slots[h];
        return 0;
    }
    /* a finished dictionary not yet prepared: few lookups, no hash */
    for (uint32_t i = 1; i < DICT_N(d, DT_EVCODE); i++)
        if (evcode_is(d, i, code, n))
            return i;
    return 0;
}

uint32_t dict_evcode(dy_dict *d, const char *code, size_t n)
{
    if ((DICT_N(d, DT_EVCODE) + 1) * 2 > d->evhash.n && evhash_rebuild(d))
        return 0;
    uint32_t id = dict_find_evcode(d, code, n);
    if (id)
        return id;
    dy_evcode *e;
    uint32_t off = dict_intern(d, code, n);
    if (!DICT_ADD(d, DT_EVCODE, dy_evcode, e))
        return 0;
    e->code.off = off;
    e->code.len = (uint32_t)n;
    e->goldstein10 = INT16_MIN;
    e->null = (n == 3 && memcmp(code, "---", 3) == 0);
    id = DICT_N(d, DT_EVCODE) - 1;
    if (e->null)
        d->null_code = id;
    uint32_t *slots = d->evhash.p, mask = (uint32_t)d->evhash.n - 1, h = (uint32_t)dy_hash(code, n) & mask;
    while (slots[h])
        h = (h + 1) & mask;
    slots[h] = id;
    return id;
}

static int build_common_init(dy_dict *d)
{
    for (int i = 0; i < DT__COUNT; i++)
        dy_vec_init(&d->vec[i], item_size[i]);
    dy_vec_init(&d->strhash, sizeof(uint32_t));
    dy_vec_init(&d->evhash, sizeof(uint32_t));
    d->building = 1;
    return 0;
}

int dict_build_init(dy_dict *d)
{
    memset(d, 0, sizeof *d);
    build_common_init(d);
    /* Slot 0 of every table is the reserved "none" record; the pool starts with "". */
    for (int i = 0; i < DT__COUNT; i++) {
        if (i == DT_WORDHASH || i == DT_EDGE)
            continue;
        if (dy_vec_resize(&d->vec[i], 1))
            return -1;
        sync(d, i);
    }
    if (wordhash_rebuild(d, 1u << 16) || edgehash_rebuild(d, 1u << 14))
        return -1;
    d->root = dict_add(d, DT_NODE);
    if (!d->root)
        return -1;
    dict_evcode(d, "---", 3);
    return dict_oom(d) ? -1 : 0;
}

int dict_build_from(dy_dict *d, const dy_dict *src, int what)
{
    memset(d, 0, sizeof *d);
    build_common_init(d);
    for (int i = 0; i < DT__COUNT; i++) {
        int keep = what == DICT_COPY_ALL || i == DT_STR || i == DT_WORD || i == DT_WORDHASH || i == DT_EVCODE ||
                   i == DT_PLOVER || i == DT_FILE;
        uint32_t n = keep ? src->t[i].n : (i == DT_NODE ? 2 : (i == DT_EDGE ? src->t[i].n : 1));
        if (dy_vec_resize(&d->vec[i], n))
            return -1;
        if (keep && n)
            memcpy(d->vec[i].p, src->t[i].p, (size_t)n * item_size[i]);
        else
            memset(d->vec[i].p, 0, (size_t)n * item_size[i]);
        sync(d, i);
    }
    if (what == DICT_COPY_LEXICON) {
        /* Words stay, but no longer start verbs; the trie restarts from its root. */
        dy_word *w = D_WORDS(d);
        for (uint32_t i = 1; i < DICT_N(d, DT_WORD); i++)
            w[i].verb = 0;
        d->root = 1;
        D_NODES(d)[1].depth = 0;
    }
    d->wordhash_mask = src->wordhash_mask;
    d->edgehash_mask = src->edgehash_mask;
    /* The word hash is rebuilt from the words, not taken from the image: a
       corrupt image that passed validation may have its slots full of copies
       of a few words, and adding words to it would then never find a free slot. */
    size_t wcap = (size_t)d->wordhash_mask + 1;
    while (wcap < ((size_t)DICT_N(d, DT_WORD) + 1) * 2)
        wcap *= 2;
    if (wordhash_rebuild(d, wcap))
        return -1;
    if (what == DICT_COPY_ALL)
        d->root = src->root;
    d->null_code = src->null_code;
    d->flags = src->flags;
    const dy_edge *e = d->t[DT_EDGE].p;
    for (uint32_t i = 0; i < DICT_N(d, DT_EDGE); i++)
        d->edge_used += e[i].child != 0;
    /* Re-intern the pool so that new strings share old ones. */
    size_t cap = 1024;
    while (cap < (size_t)DICT_N(d, DT_STR) / 4)
        cap *= 2;
    if (dy_vec_resize(&d->strhash, cap))
        return -1;
    uint32_t *slots = d->strhash.p, mask = (uint32_t)cap - 1;
    const char *pool = D_STR(d);
    for (uint32_t off = 1; off < DICT_N(d, DT_STR);) {
        size_t len = strlen(pool + off);
        if ((d->strhash_n + 1) * 2 > d->strhash.n) {
            if (strhash_grow(d))
                return -1;
            slots = d->strhash.p;
            mask = (uint32_t)d->strhash.n - 1;
        }
        uint32_t h = (uint32_t)dy_hash(pool + off, len) & mask;
        /* A compiled pool holds each string once, but a corrupt one that passed
           validation may repeat one (a run of empty strings) thousands of times:
           interning the repeats made one cluster, and this loop quadratic. */
        int dup = len == 0;
        while (!dup && slots[h]) {
            dup = strcmp(pool + slots[h] - 1, pool + off) == 0;
            h = (h + 1) & mask;
        }
        if (!dup) {
            slots[h] = off + 1;
            d->strhash_n++;
        }
        off += (uint32_t)len + 1;
    }
    return dict_oom(d) ? -1 : 0;
}

int dict_build_finish(dy_dict *d)
{
    if (dict_oom(d))
        return -1;
    dy_vec_free(&d->strhash);
    dy_vec_free(&d->evhash);
    d->building = 0;
    return 0;
}

/* ==== the compiled file ========================================================= */

#define DICT_MAGIC "DYADDIC1"
#define DICT_VERSION 7u

typedef dy_dict_file_header file_header;

static size_t align16(size_t x) { return (x + 15) & ~(size_t)15; }

int dict_save(const dy_dict *d, const char *path, char *err, size_t errlen)
{
    file_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DICT_MAGIC, 8);
    h.version = DICT_VERSION;
    h.ntables = DT__COUNT;
    h.wordhash_mask = d->wordhash_mask;
    h.edgehash_mask = d->edgehash_mask;
    h.root = d->root;
    h.null_code = d->null_code;
    h.flags = d->flags;
    size_t off = align16(sizeof h);
    for (int i = 0; i < DT__COUNT; i++) {
        h.tab[i].off = off;
        h.tab[i].n = d->t[i].n;
        h.tab[i].item = (uint32_t)item_size[i];
        off = align16(off + (size_t)d->t[i].n * item_size[i]);
    }
    h.size = off;

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot write: %s", tmp, strerror(errno));
        return -errno;
    }
    static const char zeros[16];
    size_t pos = 0;
    int ok = fwrite(&h, sizeof h, 1, f) == 1;
    pos = sizeof h;
    for (int i = 0; ok && i < DT__COUNT; i++) {
        ok = fwrite(zeros, 1, h.tab[i].off - pos, f) == h.tab[i].off - pos;
        size_t n = (size_t)d->t[i].n * item_size[i];
        if (ok && n)
            ok = fwrite(d->t[i].p, 1, n, f) == n;
        pos = h.tab[i].off + n;
    }
    if (ok)
        ok = fwrite(zeros, 1, h.size - pos, f) == h.size - pos;
    if (fclose(f) != 0)
        ok = 0;
    if (!ok || rename(tmp, path) != 0) {
        int e = errno ? errno : EIO;
        snprintf(err, errlen, "%s: write failed: %s", path, strerror(e));
        remove(tmp);
        return -e;
    }
    return 0;
}

/* ---- validation of an untrusted image ---- */

typedef struct vctx { const dy_dict *d; char *err; size_t errlen; int bad; } vctx;

static int vfail(vctx *v, const char *what, uint32_t i)
{
    if (!v->bad)
        snprintf(v->err, v->errlen, "corrupt dictionary: %s (record %u)", what, i);
    v->bad = 1;
    return -1;
}

#define CHECK(cond, what, i) do { if (!(cond)) return vfail(v, what, i); } while (0)

static int vstr(vctx *v, dy_str s)
{
    uint32_t n = DICT_N(v->d, DT_STR);
    return s.off < n && s.len < n - s.off && D_STR(v->d)[s.off + s.len] == 0;
}

static int voff(vctx *v, uint32_t off) { return off < DICT_N(v->d, DT_STR); }
static int vid(vctx *v, int table, uint32_t id) { return id < DICT_N(v->d, table); }
static int vslice(vctx *v, int table, uint32_t start, uint32_t n)
{
    return start <= DICT_N(v->d, table) && n <= DICT_N(v->d, table) - start;
}

static int validate(vctx *v)
{
    const dy_dict *d = v->d;
    CHECK(DICT_N(d, DT_STR) > 0 && D_STR(d)[DICT_N(d, DT_STR) - 1] == 0, "string pool not terminated", 0);
    for (int t = 0; t < DT__COUNT; t++)
        if (t != DT_WORDHASH && t != DT_EDGE)
            CHECK(DICT_N(d, t) >= 1, "empty table", (uint32_t)t);
    CHECK(DICT_N(d, DT_WORDHASH) == d->wordhash_mask + 1 && (d->wordhash_mask & (d->wordhash_mask + 1)) == 0,
          "word hash size", 0);
    CHECK(DICT_N(d, DT_EDGE) == d->edgehash_mask + 1 && (d->edgehash_mask & (d->edgehash_mask + 1)) == 0,
          "edge hash size", 0);
    CHECK(d->root && vid(v, DT_NODE, d->root), "trie root", 0);
    CHECK(vid(v, DT_EVCODE, d->null_code), "null code", 0);
    /* Record 0 of each table is the reserved "none" record, all zero, and the
       checks below start at 1; but a slice may start at 0 (a synset member's
       words at seq[0]), so a non-zero record 0 would be used unchecked. */
    CHECK(D_STR(d)[0] == 0, "string pool must start with the empty string", 0);
    for (int t = 0; t < DT__COUNT; t++) {
        if (t == DT_STR || t == DT_WORDHASH || t == DT_EDGE)
            continue;
        const unsigned char *r0 = d->t[t].p;
        for (size_t k = 0; k < item_size[t]; k++)
            CHECK(r0[k] == 0, "reserved record 0 is not empty", (uint32_t)t);
    }

    const dy_word *w = D_WORDS(d);
    uint32_t nwords = DICT_N(d, DT_WORD);
    /* An open-addressing table must keep an empty slot or lookups never end. */
    CHECK(nwords <= d->wordhash_mask, "word hash full", 0);
    for (uint32_t i = 1; i < nwords; i++) {
        CHECK(vstr(v, w[i].s), "word string", i);
        CHECK(vid(v, DT_WORD, w[i].lemma), "word lemma", i);
        CHECK(vid(v, DT_VERB, w[i].verb), "word verb", i);
    }
    const uint32_t *wh = d->t[DT_WORDHASH].p;
    uint32_t wused = 0;
    for (uint32_t i = 0; i <= d->wordhash_mask; i++) {
        CHECK(wh[i] < nwords, "word hash slot", i);
        wused += wh[i] != 0;
    }
    /* the slots themselves, not the word count: a corrupt table can be full
       with few words, and then looking up an unknown word never ends */
    CHECK(wused <= d->wordhash_mask, "word hash full", 1);
    const dy_node *nodes = D_NODES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_NODE); i++) {
        CHECK(vid(v, DT_ACTOR, nodes[i].actor) && vid(v, DT_ACTOR, nodes[i].actor_caps), "node actor", i);
        CHECK(vid(v, DT_AGENT, nodes[i].agent), "node agent", i);
        CHECK(vid(v, DT_ISSUE, nodes[i].issue), "node issue", i);
    }
    const dy_edge *e = d->t[DT_EDGE].p;
    uint32_t used = 0;
    for (uint32_t i = 0; i <= d->edgehash_mask; i++) {
        if (!e[i].child)
            continue;
        used++;
        CHECK(vid(v, DT_NODE, e[i].child) && vid(v, DT_NODE, e[i].parent) && vid(v, DT_WORD, e[i].word),
              "trie edge", i);
    }
    CHECK(used <= d->edgehash_mask, "edge hash full", 0);
    const dy_actor *a = D_ACTORS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_ACTOR); i++) {
        CHECK(vstr(v, a[i].name) && voff(v, a[i].src), "actor strings", i);
        CHECK(vslice(v, DT_ACODE, a[i].codes, a[i].ncodes), "actor codes", i);
        CHECK(vid(v, DT_FILE, a[i].file) && a[i].type < ATYPE__COUNT, "actor file/type", i);
    }
    const dy_actor_code *ac = D_ACODES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_ACODE); i++)
        CHECK(voff(v, ac[i].code), "actor code string", i);
    const dy_agent *ag = D_AGENTS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_AGENT); i++)
        CHECK(vstr(v, ag[i].name) && voff(v, ag[i].code) && vid(v, DT_FILE, ag[i].file), "agent", i);
    const dy_issue *is = D_ISSUES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_ISSUE); i++)
        CHECK(voff(v, is[i].code) && vid(v, DT_FILE, is[i].file), "issue", i);
    const dy_verb *vb = D_VERBS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_VERB); i++) {
        CHECK(vid(v, DT_BLOCK, vb[i].block) && vid(v, DT_EVCODE, vb[i].code) && vid(v, DT_EVCODE, vb[i].rcode),
              "verb block/code", i);
        CHECK(vid(v, DT_WORD, vb[i].head) && vid(v, DT_WORD, vb[i].base), "verb words", i);
        CHECK(vslice(v, DT_SEQ, vb[i].pre, vb[i].npre) && vslice(v, DT_SEQ, vb[i].post, vb[i].npost), "verb seq", i);
        /* Chains must move forward so that following them always ends. */
        CHECK(vid(v, DT_VERB, vb[i].next) && (vb[i].next == 0 || vb[i].next > i), "verb chain", i);
        CHECK(vid(v, DT_FILE, vb[i].file), "verb file", i);
    }
    const dy_block *bl = D_BLOCKS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_BLOCK); i++) {
        CHECK(vstr(v, bl[i].name) && vid(v, DT_EVCODE, bl[i].code) && vid(v, DT_EVCODE, bl[i].rcode), "block", i);
        CHECK(vslice(v, DT_PATTERN, bl[i].patterns, bl[i].npatterns) && vid(v, DT_FILE, bl[i].file), "block patterns", i);
    }
    const dy_pattern *pt = D_PATTERNS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_PATTERN); i++) {
        CHECK(vid(v, DT_EVCODE, pt[i].code) && vid(v, DT_EVCODE, pt[i].rcode), "pattern codes", i);
        CHECK(vslice(v, DT_PELEM, pt[i].elems, pt[i].nelems) && vid(v, DT_BLOCK, pt[i].block), "pattern elems", i);
        CHECK(vid(v, DT_FILE, pt[i].file) && voff(v, pt[i].text), "pattern file", i);
    }
    const dy_pelem *pe = D_PELEMS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_PELEM); i++) {
        if (pe[i].kind == PE_WORD)
            CHECK(vid(v, DT_WORD, pe[i].id), "pattern word", i);
        else if (pe[i].kind == PE_SYN)
            CHECK(vid(v, DT_SYNSET, pe[i].id), "pattern synset", i);
        else
            CHECK(pe[i].kind >= PE_SOURCE && pe[i].kind <= PE_SKIP, "pattern element kind", i);
    }
    const dy_synset *ss = D_SYNSETS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_SYNSET); i++)
        CHECK(vstr(v, ss[i].name) && vslice(v, DT_SYNMEMBER, ss[i].members, ss[i].nmembers), "synset", i);
    const dy_synmember *sm = D_SYNMEMBERS(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_SYNMEMBER); i++)
        CHECK(vslice(v, DT_SEQ, sm[i].seq, sm[i].nseq), "synset member", i);
    const uint32_t *seq = D_SEQ(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_SEQ); i++) {
        /* a synset member may itself be a synset (high bit set) */
        if (seq[i] & 0x80000000u)
            CHECK(vid(v, DT_SYNSET, seq[i] & 0x7FFFFFFFu), "sequence synset", i);
        else
            CHECK(vid(v, DT_WORD, seq[i]), "sequence word", i);
    }
    const dy_evcode *ev = D_EVCODES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_EVCODE); i++)
        CHECK(vstr(v, ev[i].code) && voff(v, ev[i].name) && ev[i].quad <= 4, "event code", i);
    const dy_plover *pl = D_PLOVER(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_PLOVER); i++)
        CHECK(vid(v, DT_EVCODE, pl[i].cameo) && voff(v, pl[i].type) && voff(v, pl[i].mode) && voff(v, pl[i].context),
              "plover", i);
    const dy_str *fl = D_FILES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_FILE); i++)
        CHECK(vstr(v, fl[i]), "file name", i);
    return 0;
}

int dict_attach(dy_dict *d, const void *image, size_t len, char *err, size_t errlen)
{
    memset(d, 0, sizeof *d);
    file_header h;
    if (!image || len < sizeof h) {
        snprintf(err, errlen, "corrupt dictionary: %zu bytes is too short", len);
        return -1;
    }
    if ((uintptr_t)image % 16) {
        snprintf(err, errlen, "dictionary image is not aligned");
        return -1;
    }
    memcpy(&h, image, sizeof h);
    if (memcmp(h.magic, DICT_MAGIC, 8) != 0) {
        snprintf(err, errlen, "not a dyad dictionary (bad magic)");
        return -1;
    }
    if (h.version != DICT_VERSION || h.ntables != DT__COUNT) {
        snprintf(err, errlen, "dictionary format version %u, this dyad reads %u: recompile it", h.version,
                 DICT_VERSION);
        return -1;
    }
    if (h.size != len) {
        snprintf(err, errlen, "corrupt dictionary: header says %llu bytes, file has %zu",
                 (unsigned long long)h.size, len);
        return -1;
    }
    for (int i = 0; i < DT__COUNT; i++) {
        uint64_t bytes = (uint64_t)h.tab[i].n * item_size[i];
        if (h.tab[i].item != item_size[i] || h.tab[i].off % 16 || h.tab[i].off > len || bytes > len - h.tab[i].off) {
            snprintf(err, errlen, "corrupt dictionary: section %d out of bounds", i);
            return -1;
        }
        d->t[i].p = (void *)((const char *)image + h.tab[i].off);
        d->t[i].n = h.tab[i].n;
    }
    d->wordhash_mask = h.wordhash_mask;
    d->edgehash_mask = h.edgehash_mask;
    d->root = h.root;
    d->null_code = h.null_code;
    d->flags = h.flags;
    vctx v = {d, err, errlen, 0};
    if (validate(&v)) {
        memset(d, 0, sizeof *d);
        return -1;
    }
    return 0;
}

int dict_load_file(dy_dict *d, const char *path, char *err, size_t errlen)
{
    memset(d, 0, sizeof *d);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        close(fd);
        return -1;
    }
    size_t len = (size_t)st.st_size;
    void *m = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    close(fd);
    if (m == MAP_FAILED) {
        snprintf(err, errlen, "%s: cannot map (%zu bytes): %s", path, len, len ? strerror(errno) : "empty file");
        return -1;
    }
    char msg[256];
    if (dict_attach(d, m, len, msg, sizeof msg)) {
        snprintf(err, errlen, "%s: %s", path, msg);
        munmap(m, len);
        return -1;
    }
    d->mapping = m;
    d->mapping_len = len;
    return 0;
}

static uint64_t syn_filter_of(dy_dict *d, uint32_t syn, int depth)
{
    if (depth > 4 || !syn || syn >= DICT_N(d, DT_SYNSET))
        return 0;
    const dy_synset *ss = &D_SYNSETS(d)[syn];
    const dy_synmember *sm = D_SYNMEMBERS(d) + ss->members;
    const uint32_t *seq = D_SEQ(d);
    uint64_t f = 0;
    for (uint32_t k = 0; k < ss->nmembers; k++) {
        if (!sm[k].nseq)
            continue;
        uint32_t w = seq[sm[k].seq];
        if (w & 0x80000000u) {
            f |= syn_filter_of(d, w & 0x7FFFFFFFu, depth + 1);
            continue;
        }
        const dy_word *dw = &D_WORDS(d)[w];
        f |= dict_filter_bit(w) | dict_filter_bit(dw->lemma ? dw->lemma : w);
    }
    return f;
}

/* Appends the first words (and their lemmas) of synset syn's members. */
static void syn_firsts(const dy_dict *d, uint32_t syn, int depth, dy_vec *out)
{
    if (depth > 4 || !syn || syn >= DICT_N(d, DT_SYNSET))
        return;
    const dy_synset *ss = &D_SYNSETS(d)[syn];
    const dy_synmember *sm = D_SYNMEMBERS(d) + ss->members;
    const uint32_t *seq = D_SEQ(d);
    for (uint32_t k = 0; k < ss->nmembers; k++) {
        if (!sm[k].nseq)
            continue;
        uint32_t w = seq[sm[k].seq];
        if (w & 0x80000000u) {
            syn_firsts(d, w & 0x7FFFFFFFu, depth + 1, out);
            continue;
        }
        uint32_t *p = dy_vec_push(out);
        if (p)
            *p = w;
        const dy_word *dw = &D_WORDS(d)[w];
        if (dw->lemma && (p = dy_vec_push(out)))
            *p = dw->lemma;
    }
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_pair(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    /* word 0 (members starting with a synset) sorts last */
    uint32_t kx = x[0] ? x[0] : UINT32_MAX, ky = y[0] ? y[0] : UINT32_MAX;
    if (kx != ky)
        return kx < ky ? -1 : 1;
    return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The most tokens a match of synset syn can take: its longest member, a member
   synset counted at its own longest; nesting stops where pattern.c's does
   (depth 4), and so does this count. */
static uint32_t syn_maxlen_of(const dy_dict *d, uint32_t syn, int depth)
{
    if (depth > 4 || syn == 0 || syn >= DICT_N(d, DT_SYNSET))
        return 0;
    const dy_synset *ss = &D_SYNSETS(d)[syn];
    const dy_synmember *sm = D_SYNMEMBERS(d) + ss->members;
    const uint32_t *seq = D_SEQ(d);
    uint32_t best = 0;
    for (uint32_t k = 0; k < ss->nmembers; k++) {
        uint32_t len = 0;
        for (uint32_t j = 0; j < sm[k].nseq; j++) {
            uint32_t w = seq[sm[k].seq + j];
            len += w & 0x80000000u ? syn_maxlen_of(d, w & 0x7FFFFFFFu, depth + 1) : 1;
        }
        if (len > best)
            best = len;
    }
    return best;
}

/* The members of each synset by first word: see dy_dict.syn_keys and syn_runs. */
static int synset_keys(dy_dict *d)
{
    uint32_t ns = DICT_N(d, DT_SYNSET);
    size_t total = 0;
    for (uint32_t i = 1; i < ns; i++)
        total += 2u * D_SYNSETS(d)[i].nmembers;
    /* per synset, its range [off[i], off[i + 1]) of syn_keys */
    uint32_t *off = calloc((size_t)ns + 1, sizeof *off);
    d->syn_keys = calloc(total ? total : 1, sizeof *d->syn_keys);
    d->syn_maxlen = calloc((size_t)ns + 1, sizeof *d->syn_maxlen);
    d->syn_nested = calloc((size_t)ns / 64 + 1, sizeof *d->syn_nested);
    if (!off || !d->syn_keys || !d->syn_maxlen || !d->syn_nested) {
        free(off);
        return -1;
    }
    const uint32_t *seq = D_SEQ(d);
    size_t n = 0;
    for (uint32_t i = 1; i < ns; i++) {
        const dy_synset *ss = &D_SYNSETS(d)[i];
        const dy_synmember *sm = D_SYNMEMBERS(d) + ss->members;
        off[i] = (uint32_t)n;
        size_t start = n;
        for (uint32_t k = 0; k < ss->nmembers; k++) {
            if (!sm[k].nseq)
                continue;
            uint32_t w = seq[sm[k].seq];
            if (w & 0x80000000u) {
                d->syn_keys[n][0] = 0;
                d->syn_keys[n++][1] = k;
                continue;
            }
            d->syn_keys[n][0] = w;
            d->syn_keys[n++][1] = k;
            uint32_t wl = w < DICT_N(d, DT_WORD) ? D_WORDS(d)[w].lemma : 0;
            if (wl && wl != w) {
                d->syn_keys[n][0] = wl;
                d->syn_keys[n++][1] = k;
            }
        }
        qsort(d->syn_keys + start, n - start, sizeof *d->syn_keys, cmp_pair);
        d->syn_maxlen[i] = syn_maxlen_of(d, i, 0);
    }
    off[ns] = (uint32_t)n;
    /* each run of one word within a synset's range, hashed; a run of word 0
       (members that start with a synset) marks the synset nested */
    size_t runs = 0;
    for (uint32_t i = 1; i < ns; i++)
        for (uint32_t j = off[i]; j < off[i + 1]; j++)
            runs += j == off[i] || d->syn_keys[j][0] != d->syn_keys[j - 1][0];
    size_t slots = 16;
    while (slots < 2 * runs)
        slots *= 2;
    d->syn_runs = calloc(slots, sizeof *d->syn_runs);
    if (!d->syn_runs) {
        free(off);
        return -1;
    }
    d->syn_runs_mask = (uint32_t)(slots - 1);
    for (uint32_t i = 1; i < ns; i++)
        for (uint32_t j = off[i]; j < off[i + 1]; j++) {
            uint32_t w = d->syn_keys[j][0];
            if (j != off[i] && w == d->syn_keys[j - 1][0])
                continue;
            uint32_t k = j;
            while (k < off[i + 1] && d->syn_keys[k][0] == w)
                k++;
            if (!w)
                d->syn_nested[i >> 6] |= 1ull << (i & 63);
            uint32_t h = (uint32_t)dy_hash_u64(((uint64_t)i << 32) | w) & d->syn_runs_mask;
            while (d->syn_runs[h][0])
                h = (h + 1) & d->syn_runs_mask;
            d->syn_runs[h][0] = i;
            d->syn_runs[h][1] = w;
            d->syn_runs[h][2] = j;
            d->syn_runs[h][3] = k - j;
        }
    free(off);
    return 0;
}

/* Each event code's PLOVER entry: the code itself, else its shorter parents
   ("0314" -> "031" -> "03"). */
static int plover_index(dy_dict *d)
{
    uint32_t ne = DICT_N(d, DT_EVCODE), np = DICT_N(d, DT_PLOVER);
    d->ev_plover = calloc(ne ? ne : 1, sizeof *d->ev_plover);
    if (!d->ev_plover)
        return -1;
    const dy_plover *p = D_PLOVER(d);
    for (uint32_t ev = 1; ev < ne; ev++) {
        const char *code = dict_s(d, D_EVCODES(d)[ev].code);
        for (size_t len = strlen(code); len >= 2 && !d->ev_plover[ev]; len--)
            for (uint32_t i = 1; i < np; i++) {
                const char *pc = dict_s(d, D_EVCODES(d)[p[i].cameo].code);
                if (strlen(pc) == len && strncmp(pc, code, len) == 0) {
                    d->ev_plover[ev] = i;
                    break;
                }
            }
    }
    return 0;
}

/* The window filters of pattern_match: see dy_dict.word_synbits. */
static int pattern_needs(dy_dict *d)
{
    uint32_t nw = DICT_N(d, DT_WORD), np = DICT_N(d, DT_PATTERN), ns = DICT_N(d, DT_SYNSET);
    d->word_synbits = calloc(nw ? nw : 1, sizeof *d->word_synbits);
    d->pat_sum = calloc(np ? np : 1, sizeof *d->pat_sum);
    uint32_t npel = DICT_N(d, DT_PELEM);
    d->pel_lemma = calloc(npel ? npel : 1, sizeof *d->pel_lemma);
    if (!d->word_synbits || !d->pat_sum || !d->pel_lemma)
        return -1;
    d->root_words = calloc(nw / 64 + 1, sizeof *d->root_words);
    uint32_t nn = DICT_N(d, DT_NODE);
    d->node_kids = calloc(nn ? nn : 1, sizeof *d->node_kids);
    if (!d->root_words || !d->node_kids)
        return -1;
    const dy_edge *edges = d->t[DT_EDGE].p;
    for (uint32_t k = 0; k < DICT_N(d, DT_EDGE); k++) {
        if (!edges[k].child)
            continue;
        if (edges[k].parent == d->root && edges[k].word < nw)
            d->root_words[edges[k].word >> 6] |= 1ull << (edges[k].word & 63);
        if (edges[k].parent < nn)
            d->node_kids[edges[k].parent] |= dict_kid_bit(edges[k].word);
    }
    const dy_node *nodes = D_NODES(d);
    for (uint32_t k = 0; k < nn; k++)
        if (nodes[k].actor || nodes[k].actor_caps || nodes[k].agent || nodes[k].issue || nodes[k].discard)
            d->node_kids[k] |= 1;
    for (uint32_t k = 0; k < npel; k++) {
        const dy_pelem *e = &D_PELEMS(d)[k];
        if (e->kind == PE_WORD && e->id && e->id < nw)
            d->pel_lemma[k] = D_WORDS(d)[e->id].lemma;
    }
    d->syn_words = calloc(nw / 64 + 1, sizeof *d->syn_words);
    if (!d->syn_words)
        return -1;
    for (uint32_t syn = 1; syn < ns; syn++)
        for (uint32_t k = d->syn_first_off[syn]; k < d->syn_first_off[syn + 1]; k++)
            if (d->syn_first[k] < nw) {
                dy_synbits_set(&d->word_synbits[d->syn_first[k]], syn);
                d->syn_words[d->syn_first[k] >> 6] |= 1ull << (d->syn_first[k] & 63);
            }
    const dy_pattern *pats = D_PATTERNS(d);
    const dy_pelem *pel = D_PELEMS(d);
    for (uint32_t i = 0; i < np; i++) {
        const dy_pelem *el = pel + pats[i].elems;
        dy_patsum *ps = &d->pat_sum[i];
        ps->nelems = (uint8_t)(pats[i].nelems > 255 ? 255 : pats[i].nelems);
        ps->null_event = pats[i].code == d->null_code;
        unsigned score = 0;
        for (uint32_t k = 0; k < pats[i].nelems; k++) {
            score += el[k].kind == PE_WORD || el[k].kind == PE_SYN ? 2 : 1;
            if (el[k].kind == PE_SYN && el[k].id && el[k].id < ns)
                dy_synbits_set(&ps->need_syns, el[k].id);
            /* a word matches its own form or, through lemmas, another: only a word
               that is its own lemma has one bit that must be present */
            if (el[k].kind == PE_WORD && el[k].id && el[k].id < nw && !D_WORDS(d)[el[k].id].lemma)
                ps->need_words |= dict_filter_bit(el[k].id);
        }
        ps->score = (uint8_t)(score > 255 ? 255 : score);
    }
    return 0;
}

/* Frees the tables derived at load time (dict_prepare) and clears their pointers. */
#define FREE_NULL(p) (free(p), (p) = NULL)
static void derived_free(dy_dict *d)
{
    FREE_NULL(d->syn_filter);
    FREE_NULL(d->syn_first_off);
    FREE_NULL(d->syn_first);
    FREE_NULL(d->word_synbits);
    FREE_NULL(d->syn_words);
    FREE_NULL(d->pat_sum);
    FREE_NULL(d->pel_lemma);
    FREE_NULL(d->root_words);
    FREE_NULL(d->node_kids);
    FREE_NULL(d->ev_plover);
    FREE_NULL(d->syn_runs);
    FREE_NULL(d->syn_maxlen);
    FREE_NULL(d->syn_nested);
    FREE_NULL(d->pat_bloom);
    FREE_NULL(d->pat_bloom_off);
    FREE_NULL(d->pat_bloom_mask);
    FREE_NULL(d->syn_keys);
    FREE_NULL(d->pat_key);
    FREE_NULL(d->pat_keyed);
    FREE_NULL(d->pat_free_off);
    FREE_NULL(d->pat_free);
}

/* A pattern word's key: its lemma, which every form in a window brings along. */
static uint32_t pat_word_key(const dy_dict *d, uint32_t w)
{
    uint32_t l = D_WORDS(d)[w].lemma;
    return l ? l : w;
}

/* The key word of pattern i, 0 when it has no word (see dy_dict.pat_key). */
static uint32_t pat_key_word(const dy_dict *d, uint32_t i, const uint32_t *uses)
{
    const dy_pattern *pt = &D_PATTERNS(d)[i];
    const dy_pelem *el = D_PELEMS(d) + pt->elems;
    uint32_t nw = DICT_N(d, DT_WORD), best = 0;
    for (uint32_t k = 0; k < pt->nelems; k++)
        if (el[k].kind == PE_WORD && el[k].id && el[k].id < nw) {
            uint32_t key = pat_word_key(d, el[k].id);
            if (!best || uses[key] < uses[best])
                best = key;
        }
    return best;
}

static int pattern_index(dy_dict *d)
{
    uint32_t nb = DICT_N(d, DT_BLOCK), np = DICT_N(d, DT_PATTERN), nw = DICT_N(d, DT_WORD);
    uint32_t *uses = calloc(nw ? nw : 1, sizeof *uses), *keys = calloc(np ? np : 1, sizeof *keys);
    d->pat_free_off = calloc((size_t)nb + 1, sizeof *d->pat_free_off);
    d->pat_free = calloc(np ? np : 1, sizeof *d->pat_free);
    d->pat_keyed = calloc(np ? np : 1, sizeof *d->pat_keyed);
    size_t cap = 64;
    while (cap < (size_t)np * 2 + 2)
        cap *= 2;
    d->pat_key = calloc(cap, sizeof *d->pat_key);
    d->pat_key_mask = (uint32_t)cap - 1;
    if (!uses || !keys || !d->pat_free_off || !d->pat_free || !d->pat_keyed || !d->pat_key) {
        free(uses);
        free(keys);
        return -1;
    }
    /* how many patterns use each word: the rarest word of a pattern keys it */
    const dy_pattern *pats = D_PATTERNS(d);
    for (uint32_t i = 1; i < np; i++) {
        const dy_pelem *el = D_PELEMS(d) + pats[i].elems;
        for (uint32_t k = 0; k < pats[i].nelems; k++)
            if (el[k].kind == PE_WORD && el[k].id && el[k].id < nw)
                uses[pat_word_key(d, el[k].id)]++;
    }
    for (uint32_t i = 1; i < np; i++)
        keys[i] = pat_key_word(d, i, uses);
    /* per block: its keyed patterns counted per key, then laid out in pattern
       order; its other patterns in pat_free */
    const dy_block *blocks = D_BLOCKS(d);
    uint32_t nfree = 0, nkeyed = 0;
    for (uint32_t b = 1; b < nb; b++) {
        d->pat_free_off[b] = nfree;
        uint32_t lo = blocks[b].patterns, hi = lo + blocks[b].npatterns;
        if (hi > np || lo > hi)
            continue;
        for (uint32_t i = lo; i < hi; i++) {
            if (!keys[i]) {
                d->pat_free[nfree++] = i;
                continue;
            }
            uint32_t(*e)[4] = dict_pat_key_slot(d, b, keys[i]);
            if (!(*e)[0]) {
                (*e)[0] = b;
                (*e)[1] = keys[i];
            }
            (*e)[3]++;
        }
        for (uint32_t i = lo; i < hi; i++) {
            if (!keys[i])
                continue;
            uint32_t(*e)[4] = dict_pat_key_slot(d, b, keys[i]);
            if ((*e)[2] == 0) {
                /* first pattern of this key: its run starts here */
                (*e)[2] = nkeyed + 1; /* +1: 0 = not placed yet */
                nkeyed += (*e)[3];
                (*e)[3] = 0;
            }
            d->pat_keyed[(*e)[2] - 1 + (*e)[3]++] = i;
        }
    }
    d->pat_free_off[0] = 0;
    d->pat_free_off[nb] = nfree;
    /* offsets back to 0-based */
    for (uint32_t h = 0; h <= d->pat_key_mask; h++)
        if (d->pat_key[h][0])
            d->pat_key[h][2]--;
    /* each block's Bloom filter of its key words: 8 bits a keyed pattern, at
       least 64, a power of two */
    d->pat_bloom_off = calloc((size_t)nb + 1, sizeof *d->pat_bloom_off);
    d->pat_bloom_mask = calloc((size_t)nb + 1, sizeof *d->pat_bloom_mask);
    size_t nbloom = 0;
    if (d->pat_bloom_off && d->pat_bloom_mask)
        for (uint32_t b = 1; b < nb; b++) {
            uint32_t lo = blocks[b].patterns, hi = lo + blocks[b].npatterns, nk = 0;
            if (hi > np || lo > hi)
                continue;
            for (uint32_t i = lo; i < hi; i++)
                nk += keys[i] != 0;
            if (!nk)
                continue;
            uint32_t bits = 64;
            while (bits < 8 * nk)
                bits *= 2;
            d->pat_bloom_off[b] = (uint32_t)nbloom;
            d->pat_bloom_mask[b] = bits - 1;
            nbloom += bits / 64;
        }
    d->pat_bloom = calloc(nbloom ? nbloom : 1, sizeof *d->pat_bloom);
    if (!d->pat_bloom || !d->pat_bloom_off || !d->pat_bloom_mask) {
        free(uses);
        free(keys);
        return -1;
    }
    for (uint32_t b = 1; b < nb; b++) {
        uint32_t lo = blocks[b].patterns, hi = lo + blocks[b].npatterns;
        if (hi > np || lo > hi || !d->pat_bloom_mask[b])
            continue;
        for (uint32_t i = lo; i < hi; i++)
            if (keys[i]) {
                uint32_t bit = dict_pat_bloom_hash(keys[i]) & d->pat_bloom_mask[b];
                d->pat_bloom[d->pat_bloom_off[b] + (bit >> 6)] |= 1ull << (bit & 63);
            }
    }
    free(uses);
    free(keys);
    return 0;
}

int dict_prepare(dy_dict *d)
{
    derived_free(d);
    /* the coder's rules look event codes up by their text in every sentence
       ("138", "195"): the hash of the build, again */
    if (evhash_rebuild(d))
        return -1;
    uint32_t n = DICT_N(d, DT_SYNSET);
    d->syn_filter = calloc(n ? n : 1, sizeof *d->syn_filter);
    d->syn_first_off = calloc((size_t)n + 1, sizeof *d->syn_first_off);
    if (!d->syn_filter || !d->syn_first_off)
        return -1;
    dy_vec all, one;
    dy_vec_init(&all, sizeof(uint32_t));
    dy_vec_init(&one, sizeof(uint32_t));
    for (uint32_t i = 1; i < n; i++) {
        d->syn_filter[i] = syn_filter_of(d, i, 0);
        one.n = 0;
        syn_firsts(d, i, 0, &one);
        if (one.n) /* an empty synset has no array: qsort(NULL) is undefined */
            qsort(one.p, one.n, sizeof(uint32_t), cmp_u32);
        d->syn_first_off[i] = (uint32_t)all.n;
        const uint32_t *v = one.p;
        for (size_t k = 0; k < one.n; k++)
            if (k == 0 || v[k] != v[k - 1]) {
                uint32_t *p = dy_vec_push(&all);
                if (p)
                    *p = v[k];
            }
    }
    d->syn_first_off[n] = (uint32_t)all.n;
    if (n)
        d->syn_first_off[0] = 0;
    int oom = all.oom || one.oom;
    dy_vec_free(&one);
    d->syn_first = all.p; /* owned */
    return oom || pattern_needs(d) || pattern_index(d) || plover_index(d) || synset_keys(d) ? -1 : 0;
}

int dict_synset_may_start(const dy_dict *d, uint32_t syn, uint32_t w)
{
    if (!d->syn_first_off || !w || syn >= DICT_N(d, DT_SYNSET))
        return 1;
    uint32_t lo = d->syn_first_off[syn], hi = d->syn_first_off[syn + 1];
    if (syn == 0)
        hi = lo;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->syn_first[mid] < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->syn_first_off[syn + 1] && d->syn_first[lo] == w;
}

void dict_free(dy_dict *d)
{
    if (!d)
        return;
    derived_free(d);
    for (int i = 0; i < DT__COUNT; i++)
        dy_vec_free(&d->vec[i]);
    dy_vec_free(&d->strhash);
    dy_vec_free(&d->evhash);
    dy_vec_free(&d->edgevec);
    if (d->mapping)
        munmap(d->mapping, d->mapping_len);
    memset(d, 0, sizeof *d);
}

const char *dict_actor_code_at(const dy_dict *d, uint32_t actor, int32_t date, const dy_actor_code **which)
{
    const dy_actor *a = &D_ACTORS(d)[actor];
    const dy_actor_code *c = D_ACODES(d) + a->codes;
    const dy_actor_code *fallback = NULL;
    for (uint32_t i = 0; i < a->ncodes; i++) {
        if (!c[i].from && !c[i].to) {
            if (!fallback)
                fallback = &c[i];
            continue;
        }
        if ((!c[i].from || date >= c[i].from) && (!c[i].to || date <= c[i].to)) {
            if (which)
                *which = &c[i];
            return dict_str(d, c[i].code);
        }
    }
    if (which)
        *which = fallback;
    return fallback ? dict_str(d, fallback->code) : NULL;
}
