/*
 * dicttools.c - linting and converting dictionaries (see dicttools.h).
 */
#include "dicttools.h"

#include <stdio.h>
#include <stdlib.h>

#include "dictload.h"
#include "lexicon.h"

/* ==== check ======================================================================= */

typedef struct ccode {
    char code[32];
    int32_t from, to;
    unsigned line;
} ccode;

typedef struct centry {
    int kind, type, petrarch;
    const char *path;   /* interned in the checker's string list */
    unsigned line;
    char *names;        /* NUL-separated */
    size_t nlen;
    ccode *codes;
    size_t ncodes;
} centry;

typedef struct checker {
    dy_vec entries;     /* centry */
    dy_vec paths;       /* char* */
    dy_buf *report;
    long problems;
} checker;

static const char *intern_path(checker *k, const char *p)
{
    for (size_t i = 0; i < k->paths.n; i++)
        if (!strcmp(DY_VEC_AT(&k->paths, char *, i), p))
            return DY_VEC_AT(&k->paths, char *, i);
    char **slot = dy_vec_push(&k->paths);
    if (!slot)
        return "";
    size_t n = strlen(p);
    *slot = malloc(n + 1);
    if (!*slot)
        return "";
    memcpy(*slot, p, n + 1);
    return *slot;
}

static void collect(void *ctx, const dy_dict *d, const dy_entry_info *e)
{
    checker *k = ctx;
    centry *c = dy_vec_push(&k->entries);
    if (!c)
        return;
    c->kind = e->kind;
    c->type = e->type;
    c->petrarch = e->petrarch;
    c->path = intern_path(k, e->path);
    c->line = e->line;
    c->names = malloc(e->names_len + 1);
    if (c->names) {
        memcpy(c->names, e->names, e->names_len);
        c->names[e->names_len] = 0;
        c->nlen = e->names_len;
    }
    c->codes = calloc(e->ncodes ? e->ncodes : 1, sizeof *c->codes);
    c->ncodes = c->codes ? e->ncodes : 0;
    for (size_t i = 0; i < c->ncodes; i++) {
        dy_strlcpy(c->codes[i].code, dict_str(d, e->codes[i].code), sizeof c->codes[i].code);
        c->codes[i].from = e->codes[i].from;
        c->codes[i].to = e->codes[i].to;
        c->codes[i].line = e->code_lines ? e->code_lines[i] : e->line;
    }
}

static void problem(checker *k, const char *path, unsigned line, const char *fmt, ...) DY_PRINTF(4, 5);
#include <stdarg.h>
static void problem(checker *k, const char *path, unsigned line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dy_buf_printf(k->report, "%s:%u: %s\n", path, line, msg);
    k->problems++;
}

static void diag_to_report(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    checker *k = ctx;
    problem(k, file, line, "%s: %s", level == DIAG_ERROR ? "error" : "warning", msg);
}

/* Three-letter code segments known to CAMEO, packed as integers. */
typedef struct segset { uint32_t *v; size_t n, cap; } segset;

static uint32_t seg(const char *s) { return ((uint32_t)(unsigned char)s[0] << 16) | ((uint32_t)(unsigned char)s[1] << 8) | (unsigned char)s[2]; }

static void seg_add(segset *s, const char *c)
{
    if (strlen(c) < 3)
        return;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 512;
        uint32_t *nv = realloc(s->v, cap * sizeof *nv);
        if (!nv)
            return;
        s->v = nv;
        s->cap = cap;
    }
    s->v[s->n++] = seg(c);
}

static int seg_has(const segset *s, const char *c)
{
    uint32_t x = seg(c);
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == x)
            return 1;
    return 0;
}

static int free_suffix_prefix(const char *c)
{
    /* organisation types, and religions, whose denominations CAMEO leaves open */
    static const char *const p[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "MOS", "CHR", "JEW",
                                    "BUD", "HIN", "BAH", "ZRO", "JAN", "SIK", "SHN", "ATH", "CON", "ITR", "TAO"};
    for (size_t i = 0; i < DY_ARRAY_LEN(p); i++)
        if (!strncmp(c, p[i], 3))
            return 1;
    return 0;
}

/* A CAMEO actor code: letters in 3-letter segments, a known first segment,
   and a known second one unless the first names an organisation type. */
static const char *code_problem(const segset *known, const char *c)
{
    size_t n = strlen(c);
    if (n < 3 || n % 3)
        return "its length is not a multiple of three";
    for (size_t i = 0; i < n; i++)
        if (!dy_is_upper(c[i]) && c[i] != '-')
            return "it has characters other than capital letters";
    if (!strncmp(c, "---", 3))
        return NULL;
    if (!seg_has(known, c))
        return "its first part is not a CAMEO country, region or actor type";
    if (n >= 6 && !free_suffix_prefix(c) && !seg_has(known, c + 3))
        return "its second part is not a CAMEO role or type";
    return NULL;
}

static int ranges_overlap(const ccode *a, const ccode *b)
{
    int32_t af = a->from ? a->from : INT32_MIN, at = a->to ? a->to : INT32_MAX;
    int32_t bf = b->from ? b->from : INT32_MIN, bt = b->to ? b->to : INT32_MAX;
    return af <= bt && bf <= at;
}

static void lower_copy(char *dst, size_t cap, const char *s)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++)
        dst[k++] = dy_lower(*s);
    dst[k] = 0;
}

static int same_codes(const centry *a, const centry *b)
{
    /* the same code set, ignoring dates: a name that moves between two entries
       of one actor (a person and an office) is not a conflict */
    for (size_t i = 0; i < a->ncodes; i++) {
        int found = 0;
        for (size_t j = 0; j < b->ncodes && !found; j++)
            found = !strcmp(a->codes[i].code, b->codes[j].code);
        if (!found)
            return 0;
    }
    return 1;
}

static int specific(int type) { return type == ATYPE_PERSON || type == ATYPE_GROUP || type == ATYPE_ORG || type == ATYPE_PARTY || type == ATYPE_MEDIA || type == ATYPE_IGO || type == ATYPE_NGO; }

/* Event codes of verb patterns (of files from first_file on) that the CAMEO
   table does not have. */
static void unknown_event_codes(checker *k, const dy_dict *d, uint32_t first_file)
{
    const dy_evcode *ev = D_EVCODES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_EVCODE); i++) {
        if (ev[i].quad || ev[i].null)
            continue;
        const char *code = dict_s(d, ev[i].code);
        const char *file = "?";
        unsigned line = 0;
        const dy_pattern *pt = D_PATTERNS(d);
        for (uint32_t j = 1; j < DICT_N(d, DT_PATTERN) && !line; j++)
            if ((pt[j].code == i || pt[j].rcode == i) && pt[j].file >= first_file) {
                file = dict_s(d, D_FILES(d)[pt[j].file]);
                line = pt[j].line;
            }
        const dy_verb *vb = D_VERBS(d);
        for (uint32_t j = 1; j < DICT_N(d, DT_VERB) && !line; j++)
            if ((vb[j].code == i || vb[j].rcode == i) && vb[j].file >= first_file) {
                file = dict_s(d, D_FILES(d)[vb[j].file]);
                line = vb[j].line;
            }
        if (line)
            problem(k, file, line, "event code %s is not in the CAMEO table", code);
    }
}

typedef struct nameslot { uint64_t h; uint32_t entry; uint32_t used; } nameslot;

long dicttools_check(const char *dir, const char *wordnet_dir, const char *const *files, size_t nfiles,
                     dy_buf *report)
{
    checker k;
    memset(&k, 0, sizeof k);
    dy_vec_init(&k.entries, sizeof(centry));
    dy_vec_init(&k.paths, sizeof(char *));
    k.report = report;
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = diag_to_report;
    g.ctx = &k;
    g.on_entry = collect;
    g.entry_ctx = &k;
    g.strip_prefix = dir;
    g.display_prefix = "dict/";
    dy_dict d;
    int rc = dictload_source_tree(&d, dir, wordnet_dir, &g);
    long result = -1;
    dy_dict user;
    memset(&user, 0, sizeof user);
    if (rc && !DICT_N(&d, DT_WORD))
        goto out;
    /* files given with --dict are read on top of the tree, as `dyad code --dict`
       reads them; their entries are linted alike, except that a name they give
       another code is what they are for, not a conflict */
    size_t nbuilt = k.entries.n;
    if (nfiles) {
        g.strip_prefix = g.display_prefix = NULL;
        if (dictload_extra(&user, &d, files, nfiles, &g) && !DICT_N(&user, DT_WORD))
            goto out;
    }

    /* known code segments: the CAMEO table and the codes of the state entries */
    segset known = {0};
    char path[4096];
    snprintf(path, sizeof path, "%s/cameo/cameo_actor_codes.tsv", dir);
    FILE *f = fopen(path, "r");
    if (f) {
        char line[1024];
        while (fgets(line, sizeof line, f))
            if (dy_is_upper(line[0]) && dy_is_upper(line[1]) && dy_is_upper(line[2]))
                seg_add(&known, line);
        fclose(f);
    }
    centry *E = k.entries.p;
    size_t n = k.entries.n;
    for (size_t i = 0; i < n; i++)
        if (E[i].kind == 'a' && (E[i].type == ATYPE_STATE || E[i].type == ATYPE_PLACE))
            for (size_t j = 0; j < E[i].ncodes; j++)
                if (strlen(E[i].codes[j].code) == 3)
                    seg_add(&known, E[i].codes[j].code);

    for (size_t i = 0; i < n; i++) {
        const centry *e = &E[i];
        for (size_t j = 0; j < e->ncodes; j++) {
            const char *why = NULL;
            if (e->kind == 'a')
                why = code_problem(&known, e->codes[j].code);
            else if (e->kind == 'g' && strlen(e->codes[j].code) >= 3 && !seg_has(&known, e->codes[j].code))
                why = "it is not a CAMEO role or type";
            if (why)
                problem(&k, e->path, e->codes[j].line, "unknown CAMEO code %s (%s)", e->codes[j].code, why);
            if (e->codes[j].from && e->codes[j].to && e->codes[j].from > e->codes[j].to)
                problem(&k, e->path, e->codes[j].line, "inverted date range %d..%d", e->codes[j].from, e->codes[j].to);
            for (size_t m = j + 1; m < e->ncodes; m++) {
                const ccode *a = &e->codes[j], *b = &e->codes[m];
                if (!e->petrarch && (a->from || a->to) && (b->from || b->to) && ranges_overlap(a, b))
                    problem(&k, e->path, b->line, "date range of %s overlaps the range on line %u", b->code, a->line);
            }
        }
    }

    /* one name in two entries */
    size_t cap = 1;
    while (cap < 4 * (n * 4 + 16))
        cap *= 2;
    nameslot *slots = calloc(cap, sizeof *slots);
    for (size_t i = 0; slots && i < nbuilt; i++) {
        const centry *e = &E[i];
        if (e->kind != 'a' && e->kind != 'g')
            continue;
        for (size_t off = 0; e->names && off < e->nlen;) {
            const char *nm = e->names + off;
            size_t nl = strlen(nm);
            off += nl + 1;
            char low[512];
            lower_copy(low, sizeof low, nm);
            uint64_t h = dy_hash(low, strlen(low)) ^ (uint64_t)e->kind;
            size_t at = h & (cap - 1);
            while (slots[at].used && slots[at].h != h)
                at = (at + 1) & (cap - 1);
            if (!slots[at].used) {
                slots[at].used = 1;
                slots[at].h = h;
                slots[at].entry = (uint32_t)i;
                continue;
            }
            const centry *o = &E[slots[at].entry];
            if (o == e)
                continue;
            if (e->kind == 'a' && !same_codes(o, e))
                problem(&k, e->path, e->line, "\"%s\" has conflicting codes: %s (%s:%u) and %s here; the later entry wins",
                        nm, o->ncodes ? o->codes[0].code : "?", o->path, o->line, e->ncodes ? e->codes[0].code : "?");
            else if (e->kind == 'a' && specific(o->type) != specific(e->type))
                problem(&k, e->path, e->line, "alias \"%s\" hides the %s entry at %s:%u", nm,
                        dy_atype_name(specific(o->type) ? o->type : e->type), o->path, o->line);
            else if (e->kind == 'g' && strcmp(o->codes[0].code, e->codes[0].code))
                problem(&k, e->path, e->line, "agent \"%s\" is also at %s:%u with another code", nm, o->path, o->line);
        }
    }
    free(slots);

    /* event codes of the verb patterns */
    unknown_event_codes(&k, &d, 0);
    if (nfiles)
        unknown_event_codes(&k, &user, DICT_N(&d, DT_FILE));
    free(known.v);
    result = k.problems;
out:
    dict_free(&d);
    if (nfiles)
        dict_free(&user);
    for (size_t i = 0; i < k.entries.n; i++) {
        free(DY_VEC_AT(&k.entries, centry, i).names);
        free(DY_VEC_AT(&k.entries, centry, i).codes);
    }
    for (size_t i = 0; i < k.paths.n; i++)
        free(DY_VEC_AT(&k.paths, char *, i));
    dy_vec_free(&k.entries);
    dy_vec_free(&k.paths);
    return result;
}

/* ==== convert ======================================================================== */

typedef struct conv {
    const dy_dict *d;
    uint32_t *first, *next, *child_word, *child_node; /* child lists per node */
    dy_buf *phrases;     /* per actor/agent: "|"-joined phrases */
    uint32_t nactors, nagents;
} conv;

static void title_case(dy_buf *b, const char *w)
{
    int start = 1;
    for (; *w; w++) {
        dy_buf_addc(b, start ? dy_upper(*w) : *w);
        start = *w == ' ' || *w == '-';
    }
}

static void walk(conv *c, uint32_t node, uint32_t *path, int depth)
{
    const dy_dict *d = c->d;
    const dy_node *nd = &D_NODES(d)[node];
    if (depth > 0 && (nd->actor || nd->agent)) {
        dy_buf *b = nd->actor ? &c->phrases[nd->actor] : &c->phrases[c->nactors + nd->agent];
        if (b->len)
            dy_buf_adds(b, " | ");
        for (int i = 0; i < depth; i++) {
            if (i)
                dy_buf_addc(b, ' ');
            const char *w = dict_s(d, D_WORDS(d)[path[i]].s);
            if (nd->actor)
                title_case(b, w);
            else
                dy_buf_adds(b, w);
        }
    }
    if (depth >= 31)
        return;
    for (uint32_t k = c->first[node]; k; k = c->next[k]) {
        path[depth] = c->child_word[k];
        walk(c, c->child_node[k], path, depth + 1);
    }
}

static void put_date(dy_buf *b, int32_t v)
{
    dy_buf_printf(b, "%04d-%02d-%02d", v / 10000, v / 100 % 100, v % 100);
}

int dicttools_convert(const char *const *files, size_t n, dy_buf *out, dy_diag *g)
{
    dy_dict d;
    if (dict_build_init(&d) || lex_build_closed_class(&d))
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= dictload_file(&d, files[i], g);
    if (dict_build_finish(&d)) {
        dict_free(&d);
        return -1;
    }
    conv c = {&d, NULL, NULL, NULL, NULL, NULL, DICT_N(&d, DT_ACTOR), DICT_N(&d, DT_AGENT)};
    uint32_t nn = DICT_N(&d, DT_NODE), ne = DICT_N(&d, DT_EDGE);
    c.first = calloc(nn, sizeof(uint32_t));
    c.next = calloc(ne + 1, sizeof(uint32_t));
    c.child_word = calloc(ne + 1, sizeof(uint32_t));
    c.child_node = calloc(ne + 1, sizeof(uint32_t));
    c.phrases = calloc((size_t)c.nactors + c.nagents, sizeof(dy_buf));
    if (!c.first || !c.next || !c.child_word || !c.child_node || !c.phrases) {
        rc = -1;
        goto done;
    }
    const dy_edge *edges = d.t[DT_EDGE].p;
    uint32_t k = 1;
    for (uint32_t i = 0; i < ne; i++) {
        if (!edges[i].child || edges[i].parent >= nn)
            continue;
        c.child_word[k] = edges[i].word;
        c.child_node[k] = edges[i].child;
        c.next[k] = c.first[edges[i].parent];
        c.first[edges[i].parent] = k;
        k++;
    }
    uint32_t path[32];
    walk(&c, d.root, path, 0);
    dy_buf_adds(out, "# converted from PETRARCH format by dyad dict convert\n");
    for (uint32_t i = 1; i < c.nactors; i++) {
        const dy_actor *a = &D_ACTORS(&d)[i];
        dy_buf_adds(out, "\nactor ");
        dy_buf_adds(out, dict_s(&d, a->name));
        dy_buf_addc(out, '\n');
        if (c.phrases[i].len) {
            dy_buf_adds(out, "  alias ");
            dy_buf_add(out, c.phrases[i].p, c.phrases[i].len);
            dy_buf_addc(out, '\n');
        }
        const dy_actor_code *ac = D_ACODES(&d) + a->codes;
        for (uint32_t j = 0; j < a->ncodes; j++) {
            dy_buf_adds(out, "  code ");
            dy_buf_adds(out, dict_str(&d, ac[j].code));
            if (ac[j].from || ac[j].to) {
                dy_buf_addc(out, ' ');
                if (ac[j].from)
                    put_date(out, ac[j].from);
                dy_buf_adds(out, "..");
                if (ac[j].to)
                    put_date(out, ac[j].to);
            }
            dy_buf_addc(out, '\n');
        }
        dy_buf_printf(out, "  src %s line %u (PETRARCH format)\n", dict_s(&d, D_FILES(&d)[a->file]), a->line);
    }
    for (uint32_t i = 1; i < c.nagents; i++) {
        const dy_agent *a = &D_AGENTS(&d)[i];
        dy_buf_adds(out, "\nagent ");
        dy_buf_adds(out, dict_s(&d, a->name));
        dy_buf_addc(out, '\n');
        const dy_buf *ph = &c.phrases[c.nactors + i];
        if (ph->len) {
            dy_buf_adds(out, "  alias ");
            dy_buf_add(out, ph->p, ph->len);
            dy_buf_addc(out, '\n');
        }
        dy_buf_printf(out, "  code %s%s\n", dict_str(&d, a->code), a->prefix ? "~" : "");
        dy_buf_printf(out, "  src %s line %u (PETRARCH format)\n", dict_s(&d, D_FILES(&d)[a->file]), a->line);
    }
done:
    if (c.phrases)
        for (uint32_t i = 0; i < c.nactors + c.nagents; i++)
            dy_buf_free(&c.phrases[i]);
    free(c.phrases);
    free(c.first);
    free(c.next);
    free(c.child_word);
    free(c.child_node);
    dict_free(&d);
    return rc;
}
