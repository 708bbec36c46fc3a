/*
 * dictread.c - reading dictionaries from text (see dictread.h).
 *
 * PETRARCH's formats are read as the PETRARCH2 documentation describes them,
 * with two deliberate differences: XML comments are handled wherever they are
 * (PETRARCH2's verb reader stops recording patterns after the first "<!"
 * line, which silently empties PETR.Validate.verbs.txt), and synsets may
 * contain synsets, as TABARI allowed and the validation dictionary uses.
 */
#include "dictread.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "text.h"

#define SYNREF 0x80000000u /* a synset member that is itself a synset */

void diag_report(dy_diag *g, int level, const char *file, unsigned line, const char *fmt, ...)
{
    if (level == DIAG_ERROR)
        g->nerrors++;
    else
        g->nwarnings++;
    if (!g->fn || (level == DIAG_WARNING && g->quiet_warnings))
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    g->fn(g->ctx, level, file, line, msg);
}

uint32_t diag_file(dy_dict *d, const char *path, const dy_diag *g)
{
    if (g && g->strip_prefix) {
        size_t n = strlen(g->strip_prefix);
        if (strncmp(path, g->strip_prefix, n) == 0) {
            char name[4096];
            const char *rest = path + n;
            while (*rest == '/')
                rest++;
            snprintf(name, sizeof name, "%s%s", g->display_prefix ? g->display_prefix : "", rest);
            return dict_file(d, name);
        }
    }
    return dict_file(d, path);
}

char *read_whole_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: is a directory", path);
        fclose(f);
        return NULL;
    }
    dy_buf b;
    dy_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad || b.oom) {
        snprintf(err, errlen, "%s: read error", path);
        dy_buf_free(&b);
        return NULL;
    }
    if (!b.p)
        dy_buf_add(&b, "", 0);
    *len = b.len;
    return b.p;
}

/* ==== lines with PETRARCH comment rules ============================================= */

typedef struct lines {
    char *buf;
    size_t len, pos;
    unsigned lineno;   /* line number of the line just returned */
    unsigned next_no;
    int in_xml_comment;
} lines;

static void lines_init(lines *L, char *buf, size_t len)
{
    memset(L, 0, sizeof *L);
    L->buf = buf;
    L->len = len;
    L->next_no = 1;
}

/* Returns the next non-empty line with comments removed and trailing space trimmed,
   NUL-terminated in place, or NULL at the end. `hash_comments`: '#' at the start
   and " #" inside start comments. */
static char *lines_next(lines *L, int hash_comments)
{
    while (L->pos < L->len) {
        char *s = L->buf + L->pos;
        char *nl = memchr(s, '\n', L->len - L->pos);
        size_t n = nl ? (size_t)(nl - s) : L->len - L->pos;
        L->pos += n + (nl ? 1 : 0);
        L->lineno = L->next_no++;
        s[n] = 0;
        if (n && s[n - 1] == '\r')
            s[--n] = 0;
        /* XML comments, possibly spanning lines */
        char *p = s;
        for (;;) {
            if (L->in_xml_comment) {
                char *e = strstr(p, "-->");
                if (!e) {
                    *p = 0;
                    break;
                }
                memmove(p, e + 3, strlen(e + 3) + 1);
                L->in_xml_comment = 0;
            }
            char *b = strstr(p, "<!");
            if (!b)
                break;
            char *e = strstr(b, "-->");
            if (!e) {
                *b = 0;
                L->in_xml_comment = 1;
                break;
            }
            memmove(b, e + 3, strlen(e + 3) + 1);
            p = b;
        }
        if (hash_comments) {
            if (s[0] == '#')
                s[0] = 0;
            for (char *q = s; *q; q++)
                if ((*q == '#' || *q == ';') && q > s && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '}' || q[-1] == ']')) {
                    *q = 0;
                    break;
                }
        }
        n = strlen(s);
        while (n && dy_is_space(s[n - 1]))
            s[--n] = 0;
        char *t = s;
        while (*t && dy_is_space(*t))
            t++;
        if (*t)
            return s;
    }
    return NULL;
}

static char *skip_ws(char *s)
{
    while (*s && dy_is_space(*s))
        s++;
    return s;
}

/* ==== phrases ========================================================================= */

static dy_arena phrase_arena;

size_t dict_phrase(dy_dict *d, const char *s, size_t n, int petrarch, uint32_t *out, size_t max)
{
    char tmp[1024];
    if (n >= sizeof tmp)
        n = sizeof tmp - 1;
    for (size_t i = 0; i < n; i++)
        tmp[i] = (petrarch && s[i] == '_') ? ' ' : s[i];
    tmp[n] = 0;
    dy_arena_reset(&phrase_arena);
    dy_token *toks;
    long nt = dy_tokenize(tmp, n, &phrase_arena, &toks);
    size_t k = 0;
    for (long i = 0; i < nt && k < max; i++) {
        uint32_t id = dict_word(d, toks[i].key, toks[i].keylen);
        if (!id)
            return 0;
        out[k++] = id;
    }
    return k;
}

static void phrase_done(void) { dy_arena_free(&phrase_arena); }

/* ==== dates in PETRARCH code restrictions ============================================= */

static int32_t petr_date(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!dy_is_digit(s[i]))
            return 0;
    int y, m, dd;
    if (n == 6) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y <= 30 ? 2000 : 1900;
        s += 2;
    } else {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    dd = (s[2] - '0') * 10 + (s[3] - '0');
    if (!dy_valid_ymd(y, m, dd))
        return 0;
    return y * 10000 + m * 100 + dd;
}

static int32_t ymd_add_days(int32_t ymd, int k) { return dy_days_to_ymd(dy_ymd_to_days(ymd) + k); }

/* Parses the inside of "[CODE restriction]" into a code record. Returns 0 or -1. */
static int parse_petr_code(dy_dict *d, char *inside, dy_actor_code *c, const char **why)
{
    char *p = skip_ws(inside);
    char *code = p;
    while (*p && !dy_is_space(*p))
        p++;
    size_t cl = (size_t)(p - code);
    if (cl == 0) {
        *why = "empty code";
        return -1;
    }
    for (size_t i = 0; i < cl; i++)
        code[i] = dy_upper(code[i]);
    c->code = dict_intern(d, code, cl);
    c->from = c->to = 0;
    p = skip_ws(p);
    if (!*p)
        return 0;
    char rest[128];
    size_t rl = 0;
    for (; *p && rl < sizeof rest - 1; p++)
        if (!dy_is_space(*p))
            rest[rl++] = *p;
    rest[rl] = 0;
    if (rest[0] == '>' || rest[0] == '<') {
        int32_t dt = petr_date(rest + 1, rl - 1);
        if (!dt) {
            *why = "bad date";
            return -1;
        }
        if (rest[0] == '>')
            c->from = dt;
        else
            c->to = ymd_add_days(dt, -1);
        return 0;
    }
    char *dash = strchr(rest, '-');
    if (!dash) {
        *why = "bad date restriction";
        return -1;
    }
    int32_t a = petr_date(rest, (size_t)(dash - rest)), b = petr_date(dash + 1, strlen(dash + 1));
    if (!a || !b) {
        *why = "bad date range";
        return -1;
    }
    c->from = a;
    c->to = b;
    return 0;
}

/* ==== actors =========================================================================== */

typedef struct pending_actor {
    dy_vec names;   /* of dy_str slices of the line buffer... stored as copies */
    dy_vec codes;   /* dy_actor_code */
    dy_vec code_lines; /* unsigned: the line of each code, for `dyad dict check` */
    dy_buf text;    /* concatenated names, NUL separated */
    uint32_t line;
} pending_actor;

static void commit_actor(dy_dict *d, pending_actor *pa, uint32_t file, const char *path, dy_diag *g)
{
    if (!pa->text.len)
        return;
    if (!pa->codes.n) {
        diag_report(g, DIAG_WARNING, path, pa->line, "actor \"%s\" has no code; skipped", pa->text.p);
        goto reset;
    }
    if (g->on_entry) {
        dy_entry_info info = {'a', ATYPE_UNKNOWN, path, pa->line, pa->text.p, pa->text.len, pa->codes.p, pa->codes.n,
                              pa->code_lines.n == pa->codes.n ? pa->code_lines.p : NULL, 1};
        g->on_entry(g->entry_ctx, d, &info);
    }
    dy_actor *a;
    if (!DICT_ADD(d, DT_ACTOR, dy_actor, a))
        goto reset;
    uint32_t aid = DICT_N(d, DT_ACTOR) - 1;
    const char *first = pa->text.p;
    char nice[256];
    size_t k = 0;
    for (const char *q = first; *q && k < sizeof nice - 1; q++)
        nice[k++] = *q == '_' ? ' ' : *q;
    while (k && nice[k - 1] == ' ')
        k--;
    nice[k] = 0;
    a = &D_ACTORS(d)[aid];
    a->name.off = dict_intern(d, nice, k);
    a->name.len = (uint32_t)k;
    a->file = file;
    a->line = pa->line;
    a->codes = DICT_N(d, DT_ACODE);
    a->ncodes = (uint32_t)pa->codes.n;
    for (size_t i = 0; i < pa->codes.n; i++) {
        dy_actor_code *c;
        if (!DICT_ADD(d, DT_ACODE, dy_actor_code, c))
            goto reset;
        *c = DY_VEC_AT(&pa->codes, dy_actor_code, i);
    }
    for (size_t off = 0; off < pa->text.len;) {
        const char *name = pa->text.p + off;
        size_t nl = strlen(name);
        uint32_t w[64];
        size_t nw = dict_phrase(d, name, nl, 1, w, 64);
        uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
        if (node) {
            D_NODES(d)[node].actor = aid;
            /* without a final '_' the last word is a stem, as in TABARI */
            if (nl && name[nl - 1] != '_' && D_WORDS(d)[w[nw - 1]].s.len >= 3) {
                D_NODES(d)[node].flags |= NODE_STEM;
                d->flags |= DICT_HAS_STEMS;
            }
        }
        off += nl + 1;
    }
reset:
    dy_buf_clear(&pa->text);
    pa->text.len = 0;
    pa->codes.n = 0;
    pa->code_lines.n = 0;
}

static void push_code(pending_actor *pa, const dy_actor_code *c, unsigned line)
{
    dy_actor_code *pc = dy_vec_push(&pa->codes);
    unsigned *pl = pc ? dy_vec_push(&pa->code_lines) : NULL;
    if (pc)
        *pc = *c;
    if (pl)
        *pl = line;
}

int read_petrarch_actors(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    uint32_t file = diag_file(d, path, g);
    lines L;
    lines_init(&L, buf, len);
    pending_actor pa;
    memset(&pa, 0, sizeof pa);
    dy_vec_init(&pa.codes, sizeof(dy_actor_code));
    dy_vec_init(&pa.code_lines, sizeof(unsigned));
    dy_buf_init(&pa.text);
    char *s;
    while ((s = lines_next(&L, 1))) {
        char *t = skip_ws(s);
        if (*t == '[') {
            char *e = strchr(t, ']');
            if (!e) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "missing ']'");
                continue;
            }
            *e = 0;
            dy_actor_code c;
            const char *why;
            if (!pa.text.len) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "code line without an actor");
                continue;
            }
            if (parse_petr_code(d, t + 1, &c, &why)) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "%s in [%s]; line skipped", why, t + 1);
                continue;
            }
            push_code(&pa, &c, L.lineno);
            continue;
        }
        int synonym = *t == '+';
        if (synonym)
            t++;
        else {
            commit_actor(d, &pa, file, path, g);
            pa.line = L.lineno;
        }
        char *br = strchr(t, '[');
        char *name_end = br ? br : t + strlen(t);
        while (name_end > t && dy_is_space(name_end[-1]))
            name_end--;
        if (name_end > t) {
            if (synonym && !pa.text.len) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "synonym without an actor");
                continue;
            }
            dy_buf_add(&pa.text, t, (size_t)(name_end - t));
            dy_buf_addc(&pa.text, 0);
        }
        if (br) {
            char *e = strchr(br, ']');
            if (!e) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "missing ']'");
                continue;
            }
            *e = 0;
            dy_actor_code c;
            const char *why;
            if (parse_petr_code(d, br + 1, &c, &why))
                diag_report(g, DIAG_WARNING, path, L.lineno, "%s in [%s]; code skipped", why, br + 1);
            else {
                push_code(&pa, &c, L.lineno);
            }
        }
    }
    commit_actor(d, &pa, file, path, g);
    dy_vec_free(&pa.codes);
    dy_vec_free(&pa.code_lines);
    dy_buf_free(&pa.text);
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== agents =========================================================================== */

typedef struct marker { char name[64]; char items[16][64]; int n; } marker;

static void petr_plural(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n && (w[n - 1] == 'Y' || w[n - 1] == 'y') && n > 1 && !strchr("AEIOUaeiou", w[n - 2]))
        snprintf(out, cap, "%.*sIES", (int)n - 1, w);
    else if (n > 1 && (w[n - 1] == 'S' || w[n - 1] == 's') && (w[n - 2] == 'S' || w[n - 2] == 's'))
        snprintf(out, cap, "%sES", w);
    else
        snprintf(out, cap, "%sS", w);
}

static uint32_t add_agent(dy_dict *d, const char *phrase, uint32_t code, int prefix, uint32_t file, unsigned line)
{
    dy_agent *a;
    if (!DICT_ADD(d, DT_AGENT, dy_agent, a))
        return 0;
    uint32_t id = DICT_N(d, DT_AGENT) - 1;
    char nice[256];
    size_t k = 0;
    for (const char *q = phrase; *q && k < sizeof nice - 1; q++)
        nice[k++] = *q == '_' ? ' ' : dy_lower(*q);
    while (k && nice[k - 1] == ' ')
        k--;
    a = &D_AGENTS(d)[id];
    a->name.off = dict_intern(d, nice, k);
    a->name.len = (uint32_t)k;
    a->code = code;
    a->prefix = (uint32_t)prefix;
    a->file = file;
    a->line = line;
    return id;
}

static void agent_phrase(dy_dict *d, const char *phrase, uint32_t agent)
{
    uint32_t w[64];
    size_t nw = dict_phrase(d, phrase, strlen(phrase), 1, w, 64);
    uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
    if (node)
        D_NODES(d)[node].agent = agent;
}

int read_petrarch_agents(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    uint32_t file = diag_file(d, path, g);
    lines L;
    lines_init(&L, buf, len);
    marker *markers = calloc(32, sizeof *markers);
    int nmarkers = 0;
    char *s;
    while (markers && (s = lines_next(&L, 1))) {
        char *t = skip_ws(s);
        if (*t == '!' && strchr(t, '=')) {
            /* !NAME! = A, B, C */
            char *e = strchr(t + 1, '!');
            char *eq = strchr(t, '=');
            if (!e || e > eq || nmarkers == 32) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "bad substitution marker definition");
                continue;
            }
            marker *m = &markers[nmarkers++];
            snprintf(m->name, sizeof m->name, "%.*s", (int)(e - t + 1), t);
            m->n = 0;
            for (char *it = strtok(eq + 1, ","); it && m->n < 16; it = strtok(NULL, ",")) {
                it = skip_ws(it);
                size_t il = strlen(it);
                while (il && dy_is_space(it[il - 1]))
                    it[--il] = 0;
                snprintf(m->items[m->n++], 64, "%s", it);
            }
            continue;
        }
        char *br = strrchr(t, '[');
        char *be = br ? strchr(br, ']') : NULL;
        if (!br || !be) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "agent without a [code]; skipped");
            continue;
        }
        *be = 0;
        char *code = skip_ws(br + 1);
        size_t cl = strlen(code);
        while (cl && dy_is_space(code[cl - 1]))
            code[--cl] = 0;
        int prefix = 0;
        if (cl && code[0] == '~') {
            code++;
            cl--;
        } else if (cl && code[cl - 1] == '~') {
            prefix = 1;
            code[--cl] = 0;
        }
        code = skip_ws(code);
        cl = strlen(code);
        if (!cl) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "empty agent code; skipped");
            continue;
        }
        for (size_t i = 0; i < cl; i++)
            code[i] = dy_upper(code[i]);
        uint32_t codeid = dict_intern(d, code, cl);
        *br = 0;
        /* optional {plural} */
        char *ob = strchr(t, '{');
        char plural[256] = "";
        int noplural = 0;
        if (ob) {
            char *cb = strchr(ob, '}');
            if (!cb) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "missing '}'");
                continue;
            }
            *cb = 0;
            char *pl = skip_ws(ob + 1);
            size_t pll = strlen(pl);
            while (pll && dy_is_space(pl[pll - 1]))
                pl[--pll] = 0;
            if (pll)
                snprintf(plural, sizeof plural, "%s", pl);
            else
                noplural = 1;
            *ob = 0;
        }
        size_t tl = strlen(t);
        while (tl && dy_is_space(t[tl - 1]))
            t[--tl] = 0;
        if (!tl)
            continue;
        /* Expand substitution markers. */
        char forms[16][320];
        int nforms = 0;
        char *mk = strchr(t, '!');
        if (mk) {
            char *mke = strchr(mk + 1, '!');
            marker *m = NULL;
            for (int i = 0; mke && i < nmarkers; i++)
                if (strlen(markers[i].name) == (size_t)(mke - mk + 1) && memcmp(markers[i].name, mk, (size_t)(mke - mk + 1)) == 0)
                    m = &markers[i];
            if (!m) {
                diag_report(g, DIAG_WARNING, path, L.lineno, "unknown substitution marker; skipped");
                continue;
            }
            for (int i = 0; i < m->n && nforms < 16; i++)
                snprintf(forms[nforms++], sizeof forms[0], "%.*s%s%s", (int)(mk - t), t, m->items[i], mke + 1);
            noplural = 1;
        } else {
            snprintf(forms[nforms++], sizeof forms[0], "%s", t);
            if (plural[0])
                snprintf(forms[nforms++], sizeof forms[0], "%s", plural);
            else if (!noplural) {
                char pl[300];
                petr_plural(t, pl, sizeof pl);
                snprintf(forms[nforms++], sizeof forms[0], "%s", pl);
            }
        }
        if (g->on_entry) {
            dy_actor_code ac = {codeid, 0, 0};
            unsigned line = L.lineno;
            dy_entry_info info = {'g', ATYPE_UNKNOWN, path, line, forms[0], strlen(forms[0]) + 1, &ac, 1, &line, 1};
            g->on_entry(g->entry_ctx, d, &info);
        }
        uint32_t agent = add_agent(d, forms[0], codeid, prefix, file, L.lineno);
        for (int i = 0; agent && i < nforms; i++)
            agent_phrase(d, forms[i], agent);
    }
    free(markers);
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== discards ========================================================================= */

int read_petrarch_discards(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    lines L;
    lines_init(&L, buf, len);
    char *s;
    while ((s = lines_next(&L, 1))) {
        char *t = skip_ws(s);
        int story = *t == '+';
        if (story)
            t++;
        size_t tl = strlen(t);
        int exact = tl && t[tl - 1] == '_';
        uint32_t w[64];
        size_t nw = dict_phrase(d, t, tl, 1, w, 64);
        if (!nw)
            continue;
        uint32_t node = dict_trie_add(d, w, nw);
        if (node)
            D_NODES(d)[node].discard = story ? 2 : 1;
        if (!exact) {
            /* Not exact: the last word is a stem, so its plural matches too. */
            const char *last = dict_s(d, D_WORDS(d)[w[nw - 1]].s);
            char pl[300];
            petr_plural(last, pl, sizeof pl);
            for (char *q = pl; *q; q++)
                *q = dy_lower(*q);
            w[nw - 1] = dict_word(d, pl, strlen(pl));
            node = dict_trie_add(d, w, nw);
            if (node)
                D_NODES(d)[node].discard = story ? 2 : 1;
        }
    }
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== issues ============================================================================ */

static void add_issue_phrase(dy_dict *d, const char *phrase, uint32_t issue)
{
    uint32_t w[64];
    size_t nw = dict_phrase(d, phrase, strlen(phrase), 0, w, 64);
    uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
    if (node)
        D_NODES(d)[node].issue = issue;
}

/* Expands "n:", "v:" and "+" markers of an issue phrase, recursively. */
static void expand_issue(dy_dict *d, const char *s, uint32_t issue, int depth)
{
    if (depth > 8)
        return;
    char buf[512];
    const char *m;
    if ((m = strstr(s, "+")) != NULL) {
        snprintf(buf, sizeof buf, "%.*s %s", (int)(m - s), s, m + 1);
        expand_issue(d, buf, issue, depth + 1);
        snprintf(buf, sizeof buf, "%.*s-%s", (int)(m - s), s, m + 1);
        expand_issue(d, buf, issue, depth + 1);
        return;
    }
    const char *n = strstr(s, "n:"), *v = strstr(s, "v:");
    if (n || v) {
        int isnoun = n && (!v || n < v);
        const char *at = isnoun ? n : v;
        const char *w = at + 2;
        size_t wl = strcspn(w, " ");
        char word[128];
        snprintf(word, sizeof word, "%.*s", (int)wl, w);
        const char *rest = w + wl;
        snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, word, rest);
        expand_issue(d, buf, issue, depth + 1);
        if (isnoun) {
            char pl[300];
            petr_plural(word, pl, sizeof pl);
            for (char *q = pl; *q; q++)
                *q = dy_lower(*q);
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, pl, rest);
            expand_issue(d, buf, issue, depth + 1);
        } else {
            char s3[128], past[128], ing[128];
            lex_verb_forms(word, strlen(word), s3, past, ing, sizeof s3);
            const char *f[3] = {s3, past, ing};
            for (int i = 0; i < 3; i++) {
                snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, f[i], rest);
                expand_issue(d, buf, issue, depth + 1);
            }
        }
        return;
    }
    add_issue_phrase(d, s, issue);
}

int read_petrarch_issues(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    uint32_t file = diag_file(d, path, g);
    lines L;
    lines_init(&L, buf, len);
    char *s;
    while ((s = lines_next(&L, 1))) {
        char *t = skip_ws(s);
        if (*t == '<' || *t == '~')
            continue; /* section tags; exclusion phrases are not used */
        char *br = strchr(t, '['), *be = br ? strchr(br, ']') : NULL;
        if (!br || !be) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "issue phrase without a [code]; skipped");
            continue;
        }
        *be = 0;
        uint32_t code = dict_intern(d, br + 1, strlen(br + 1));
        *br = 0;
        for (char *q = t; *q; q++)
            *q = dy_lower(*q);
        size_t tl = strlen(t);
        while (tl && dy_is_space(t[tl - 1]))
            t[--tl] = 0;
        dy_issue *is;
        if (!DICT_ADD(d, DT_ISSUE, dy_issue, is))
            break;
        is->code = code;
        is->file = file;
        is->line = L.lineno;
        expand_issue(d, t, DICT_N(d, DT_ISSUE) - 1, 0);
    }
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== verbs ============================================================================= */

typedef struct verbctx {
    dy_dict *d;
    const char *path;
    uint32_t file;
    dy_diag *g;
    uint32_t block;            /* current block */
    uint32_t block_first_verb; /* word id of the block's first verb, for display */
    /* lemma -> verb forms index, built once from the lexicon */
    uint32_t *forms_first, *forms_next; /* per word id */
    uint32_t nforms_words;
    /* synsets by name: an open-addressing hash of synset ids, the latest
       definition of a name winning (a linear search made a file of many
       synsets and patterns quadratic); syn_nomap after an allocation failed */
    uint32_t *syn_slots, syn_mask, syn_n;
    int syn_nomap;
    /* per head word id: the last verb entry of its chain, so that adding one
       does not walk the chain (many entries for one verb form were quadratic) */
    dy_vec chain_tail;
} verbctx;

/* The slot holding the synset called name, or the empty slot where it would go. */
static uint32_t *synmap_slot(const verbctx *V, const char *name, size_t n)
{
    const dy_dict *d = V->d;
    for (uint32_t h = (uint32_t)dy_hash(name, n) & V->syn_mask;; h = (h + 1) & V->syn_mask) {
        uint32_t id = V->syn_slots[h];
        if (!id)
            return &V->syn_slots[h];
        const dy_synset *ss = &D_SYNSETS(d)[id];
        if (ss->name.len == n && memcmp(dict_s(d, ss->name), name, n) == 0)
            return &V->syn_slots[h];
    }
}

/* Makes synset id the one its name finds. */
static void synmap_put(verbctx *V, uint32_t id)
{
    if (V->syn_nomap)
        return;
    if (!V->syn_slots || (V->syn_n + 1) * 2 > V->syn_mask + 1) {
        uint32_t *old = V->syn_slots, oldcap = old ? V->syn_mask + 1 : 0, cap = old ? oldcap * 2 : 256;
        V->syn_slots = calloc(cap, sizeof *V->syn_slots);
        if (!V->syn_slots) {
            free(old);
            V->syn_nomap = 1;
            return;
        }
        V->syn_mask = cap - 1;
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i]) {
                const dy_synset *os = &D_SYNSETS(V->d)[old[i]];
                *synmap_slot(V, dict_s(V->d, os->name), os->name.len) = old[i];
            }
        free(old);
    }
    const dy_synset *ss = &D_SYNSETS(V->d)[id];
    uint32_t *slot = synmap_slot(V, dict_s(V->d, ss->name), ss->name.len);
    V->syn_n += *slot == 0;
    *slot = id;
}

static uint32_t find_synset(const verbctx *V, const char *name, size_t n)
{
    const dy_dict *d = V->d;
    if (V->syn_slots && !V->syn_nomap)
        return *synmap_slot(V, name, n);
    dy_synset *ss = D_SYNSETS(d);
    for (uint32_t i = DICT_N(d, DT_SYNSET) - 1; i >= 1; i--)
        if (ss[i].name.len == n && memcmp(dict_s(d, ss[i].name), name, n) == 0)
            return i;
    return 0;
}

static uint32_t synset_lookup(const verbctx *V, const char *name, size_t n)
{
    char up[128] = "";
    if (n >= sizeof up)
        return 0;
    for (size_t i = 0; i < n; i++)
        up[i] = dy_upper(name[i]);
    /* A trailing '_' on the label only switches off plurals. */
    uint32_t id = find_synset(V, up, n);
    if (!id && n > 1 && up[n - 1] != '_') {
        up[n] = '_';
        id = find_synset(V, up, n + 1);
    }
    if (!id && n > 1 && up[n - 1] == '_')
        id = find_synset(V, up, n - 1);
    return id;
}

static uint32_t push_seq(dy_dict *d, const uint32_t *w, size_t n)
{
    uint32_t start = DICT_N(d, DT_SEQ);
    for (size_t i = 0; i < n; i++) {
        uint32_t *p;
        if (!DICT_ADD(d, DT_SEQ, uint32_t, p))
            return 0;
        *p = w[i];
    }
    return start;
}

/* Synset member lines must be stored contiguously per synset, so members are
   collected while the synset is open and written when it closes. */
typedef struct synbuild { uint32_t id; int noplural; dy_vec members; /* uint32 pairs: seqstart, n */ } synbuild;

static void synset_member(verbctx *V, synbuild *sb, char *t, unsigned line)
{
    dy_dict *d = V->d;
    size_t tl = strlen(t);
    if (t[0] == '&') {
        uint32_t ref = synset_lookup(V, t + 1, tl - 1);
        if (!ref) {
            diag_report(V->g, DIAG_WARNING, V->path, line, "undefined synset &%s used in a synset", t + 1);
            return;
        }
        uint32_t w = SYNREF | ref;
        uint32_t *m = dy_vec_push(&sb->members), *m2 = dy_vec_push(&sb->members);
        if (m && m2) {
            *m = push_seq(d, &w, 1);
            *m2 = 1;
        }
        return;
    }
    int exact = tl && t[tl - 1] == '_';
    uint32_t w[64];
    size_t nw = dict_phrase(d, t, tl, 1, w, 64);
    if (!nw)
        return;
    uint32_t *m = dy_vec_push(&sb->members), *m2 = dy_vec_push(&sb->members);
    if (!m || !m2)
        return;
    *m = push_seq(d, w, nw);
    *m2 = (uint32_t)nw;
    if (!exact && !sb->noplural) {
        char pl[300];
        petr_plural(dict_s(d, D_WORDS(d)[w[nw - 1]].s), pl, sizeof pl);
        for (char *q = pl; *q; q++)
            *q = dy_lower(*q);
        w[nw - 1] = dict_word(d, pl, strlen(pl));
        m = dy_vec_push(&sb->members);
        m2 = dy_vec_push(&sb->members);
        if (m && m2 && w[nw - 1]) {
            *m = push_seq(d, w, nw);
            *m2 = (uint32_t)nw;
        }
    }
}

static void synset_close(dy_dict *d, synbuild *sb)
{
    if (!sb->id)
        return;
    dy_synset *ss = &D_SYNSETS(d)[sb->id];
    ss->members = DICT_N(d, DT_SYNMEMBER);
    ss->nmembers = (uint32_t)(sb->members.n / 2);
    uint32_t *m = sb->members.p;
    for (size_t i = 0; i + 1 < sb->members.n; i += 2) {
        dy_synmember *sm;
        if (!DICT_ADD(d, DT_SYNMEMBER, dy_synmember, sm))
            break;
        sm->seq = m[i];
        sm->nseq = m[i + 1];
    }
    ss = &D_SYNSETS(d)[sb->id];
    ss->members = DICT_N(d, DT_SYNMEMBER) - ss->nmembers;
    sb->id = 0;
    sb->members.n = 0;
}

static void build_form_index(verbctx *V)
{
    dy_dict *d = V->d;
    uint32_t n = DICT_N(d, DT_WORD);
    V->nforms_words = n;
    V->forms_first = calloc(n, sizeof(uint32_t));
    V->forms_next = calloc(n, sizeof(uint32_t));
    if (!V->forms_first || !V->forms_next)
        return;
    const dy_word *w = D_WORDS(d);
    for (uint32_t i = 1; i < n; i++) {
        if (!w[i].lemma || !(w[i].pos & (POS_VPAST | POS_VPART | POS_VING | POS_V3SG)))
            continue;
        V->forms_next[i] = V->forms_first[w[i].lemma];
        V->forms_first[w[i].lemma] = i;
    }
}

/* Parses "[CODE]" or "[A:B]" into evcode ids. Returns 0 on success. */
static int parse_event_code(dy_dict *d, const char *s, size_t n, uint32_t *code, uint32_t *rcode)
{
    while (n && dy_is_space(*s)) {
        s++;
        n--;
    }
    while (n && dy_is_space(s[n - 1]))
        n--;
    const char *colon = memchr(s, ':', n);
    *rcode = 0;
    if (colon) {
        size_t a = (size_t)(colon - s), b = n - a - 1;
        *code = a ? dict_evcode(d, s, a) : d->null_code;
        if (b)
            *rcode = dict_evcode(d, colon + 1, b);
        return 0;
    }
    if (!n)
        return -1;
    *code = dict_evcode(d, s, n);
    return 0;
}

static uint32_t add_verb_entry(verbctx *V, uint32_t head, uint32_t base, uint32_t code, uint32_t rcode,
                               const uint32_t *pre, size_t npre, const uint32_t *post, size_t npost, unsigned line)
{
    dy_dict *d = V->d;
    /* a verb of the dictionary is a verb to the tagger too ("cordoned" in
       "+CORDONED_OFF", unknown to WordNet); the form's shape tells its tense */
    {
        dy_word *hw = &D_WORDS(d)[head];
        if (!(hw->pos & POS_ANYVERB)) {
            const char *f = dict_s(d, hw->s);
            size_t fl = strlen(f);
            if (head == base)
                hw->pos |= POS_VERB;
            else if (fl > 3 && !strcmp(f + fl - 3, "ing"))
                hw->pos |= POS_VING;
            else if (fl > 2 && !strcmp(f + fl - 2, "ed"))
                hw->pos |= POS_VPAST | POS_VPART;
            else if (fl > 1 && f[fl - 1] == 's')
                hw->pos |= POS_V3SG;
            if (!hw->lemma && head != base)
                hw->lemma = base;
        }
    }
    uint32_t ps = npre ? push_seq(d, pre, npre) : 0, qs = npost ? push_seq(d, post, npost) : 0;
    dy_verb *v;
    if (!DICT_ADD(d, DT_VERB, dy_verb, v))
        return 0;
    uint32_t id = DICT_N(d, DT_VERB) - 1;
    v->block = V->block;
    v->code = code;
    v->rcode = rcode;
    v->head = head;
    v->base = base;
    v->pre = ps;
    v->npre = (uint32_t)npre;
    v->post = qs;
    v->npost = (uint32_t)npost;
    v->file = V->file;
    v->line = line;
    /* Append to the head word's chain (chains only move forward). */
    dy_word *w = &D_WORDS(d)[head];
    if (!w->verb)
        w->verb = id;
    else {
        uint32_t k = head < V->chain_tail.n ? DY_VEC_AT(&V->chain_tail, uint32_t, head) : 0;
        if (!k)
            k = w->verb; /* a chain from before this file: walked once */
        dy_verb *vs = D_VERBS(d);
        while (vs[k].next)
            k = vs[k].next;
        vs[k].next = id;
    }
    if (head < V->chain_tail.n || dy_vec_resize(&V->chain_tail, (size_t)head + 1) == 0)
        DY_VEC_AT(&V->chain_tail, uint32_t, head) = id;
    return id;
}

/* All forms of a single verb word: given forms, or PETRARCH's regular forms plus
   correct English ones and the lexicon's irregular ones. */
static size_t verb_forms(verbctx *V, const char *base, char given[][64], size_t ngiven, uint32_t *out, size_t max)
{
    dy_dict *d = V->d;
    size_t k = 0;
    char low[64];
    size_t bl = strlen(base);
    if (bl >= sizeof low)
        return 0;
    for (size_t i = 0; i <= bl; i++)
        low[i] = dy_lower(base[i]);
    uint32_t b = dict_word(d, low, bl);
    if (!b)
        return 0;
    out[k++] = b;
    if (ngiven) {
        for (size_t i = 0; i < ngiven && k < max; i++) {
            for (char *q = given[i]; *q; q++)
                *q = dy_lower(*q);
            uint32_t id = dict_word(d, given[i], strlen(given[i]));
            if (id)
                out[k++] = id;
        }
        return k;
    }
    char f[6][72]; /* low is under 64 bytes: room for any suffix */
    char last = low[bl - 1];
    /* PETRARCH's own rules */
    if (last == 's' || last == 'x' || last == 'z')
        snprintf(f[0], sizeof f[0], "%.63ses", low);
    else if (last == 'y')
        snprintf(f[0], sizeof f[0], "%.*sies", (int)bl - 1, low);
    else
        snprintf(f[0], sizeof f[0], "%.63ss", low);
    snprintf(f[1], sizeof f[1], last == 'e' ? "%.63sd" : "%.63sed", low);
    if (last == 'e' && bl > 1 && !strchr("aeiou", low[bl - 2]))
        snprintf(f[2], sizeof f[2], "%.*sing", (int)bl - 1, low);
    else
        snprintf(f[2], sizeof f[2], "%.63sing", low);
    lex_verb_forms(low, bl, f[3], f[4], f[5], sizeof f[3]);
    for (int i = 0; i < 6 && k < max; i++) {
        if (!f[i][0])
            continue;
        uint32_t id = dict_word(d, f[i], strlen(f[i]));
        int dup = 0;
        for (size_t j = 0; j < k; j++)
            dup |= out[j] == id;
        if (id && !dup)
            out[k++] = id;
    }
    /* irregular forms known to the lexicon (met, seized, fled) */
    if (V->forms_first && b < V->nforms_words)
        for (uint32_t x = V->forms_first[b]; x && k < max; x = V->forms_next[x]) {
            int dup = 0;
            for (size_t j = 0; j < k; j++)
                dup |= out[j] == x;
            if (!dup)
                out[k++] = x;
        }
    return k;
}

/* A verb line: "VERB {forms} [code]", "+MULTI_WORD {..}", "PRE_+HEAD_POST". */
static void verb_line(verbctx *V, char *t, unsigned line)
{
    dy_dict *d = V->d;
    uint32_t code = D_BLOCKS(d)[V->block].code, rcode = D_BLOCKS(d)[V->block].rcode;
    char *br = strchr(t, '[');
    if (br) {
        char *be = strchr(br, ']');
        if (!be) {
            diag_report(V->g, DIAG_WARNING, V->path, line, "missing ']' in verb code; read to the end of the line");
            be = br + strlen(br);
        }
        if (parse_event_code(d, br + 1, (size_t)(be - br - 1), &code, &rcode)) {
            code = D_BLOCKS(d)[V->block].code;
            rcode = D_BLOCKS(d)[V->block].rcode;
        }
        *br = 0;
    }
    char given[24][64];
    size_t ngiven = 0;
    int has_braces = 0;
    char *ob = strchr(t, '{');
    if (ob) {
        has_braces = 1;
        char *cb = strchr(ob, '}');
        if (cb)
            *cb = 0;
        for (char *f = strtok(ob + 1, " \t"); f && ngiven < 24; f = strtok(NULL, " \t"))
            snprintf(given[ngiven++], 64, "%s", f);
        *ob = 0;
    }
    t = skip_ws(t);
    size_t tl = strlen(t);
    while (tl && dy_is_space(t[tl - 1]))
        t[--tl] = 0;
    if (!tl)
        return;
    if (!strchr(t, '_') && !strchr(t, '+')) {
        uint32_t forms[32];
        size_t nf = verb_forms(V, t, given, ngiven, forms, 32);
        if (!V->block_first_verb && nf)
            V->block_first_verb = forms[0];
        for (size_t i = 0; i < nf; i++)
            add_verb_entry(V, forms[i], forms[0], code, rcode, NULL, 0, NULL, 0, line);
        return;
    }
    /* Multi-word verb: the word marked '+' is the verb. */
    char *plus = strchr(t, '+');
    if (!plus) {
        diag_report(V->g, DIAG_WARNING, V->path, line, "multi-word verb \"%s\" needs a '+' on its verb; skipped", t);
        return;
    }
    /* split at '_' into words; find the head */
    char words[16][64];
    int nw = 0, head = -1;
    for (char *p = t; *p && nw < 16;) {
        char *e = strchr(p, '_');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l) {
            if (*p == '+') {
                head = nw;
                p++;
                l--;
            }
            snprintf(words[nw++], 64, "%.*s", (int)l, p);
        }
        if (!e)
            break;
        p = e + 1;
    }
    if (head < 0 || nw == 0)
        return;
    uint32_t pre[16], post[16];
    size_t npre = 0, npost = 0;
    for (int i = 0; i < nw; i++) {
        if (i == head)
            continue;
        uint32_t w[8];
        size_t k = dict_phrase(d, words[i], strlen(words[i]), 1, w, 8);
        for (size_t j = 0; j < k; j++) {
            if (i < head && npre < 16)
                pre[npre++] = w[j];
            else if (i > head && npost < 16)
                post[npost++] = w[j];
        }
    }
    uint32_t forms[32];
    size_t nf;
    if (has_braces && ngiven) {
        /* "{+CORDONED_OFF ...}": take the '+' word of each given form */
        char heads[24][64];
        for (size_t i = 0; i < ngiven; i++) {
            char *p = strchr(given[i], '+');
            char *s = p ? p + 1 : given[i];
            size_t l = strcspn(s, "_");
            snprintf(heads[i], 64, "%.*s", (int)l, s);
        }
        nf = verb_forms(V, words[head], heads, ngiven, forms, 32);
    } else if (has_braces) {
        nf = verb_forms(V, words[head], NULL, 0, forms, 1); /* "{}": only the form written */
    } else {
        nf = verb_forms(V, words[head], NULL, 0, forms, 32);
    }
    if (!V->block_first_verb && nf)
        V->block_first_verb = forms[0];
    for (size_t i = 0; i < nf; i++)
        add_verb_entry(V, forms[i], forms[0], code, rcode, pre, npre, post, npost, line);
}

/* A pattern line: "- PRE * POST [code]". */
static void pattern_line(verbctx *V, char *t, unsigned line, const char *orig)
{
    dy_dict *d = V->d;
    char *br = strrchr(t, '[');
    char *be = br ? strchr(br, ']') : NULL;
    if (!br || !be) {
        diag_report(V->g, DIAG_WARNING, V->path, line, "pattern without a [code]; skipped");
        return;
    }
    uint32_t code, rcode;
    if (parse_event_code(d, br + 1, (size_t)(be - br - 1), &code, &rcode)) {
        diag_report(V->g, DIAG_WARNING, V->path, line, "empty pattern code; skipped");
        return;
    }
    *br = 0;
    /* Elements: split on blanks, then on '_' (which makes neighbours adjacent). */
    dy_pelem el[64];
    int ne = 0, side = PE_PRE, star = 0, group = 0, ngroups = 0;
    int adj_next = 0; /* the next element touches the previous one */
    for (char *p = t; *p && ne < 60;) {
        while (*p && dy_is_space(*p)) {
            p++;
            adj_next = 0;
        }
        if (!*p)
            break;
        /* one piece up to a blank or '_'; a synset name may itself hold '_'
           ("&MONEY_WORDS"), so the longest defined name wins */
        char piece[128];
        size_t pl = 0;
        const char *brace = p;
        while (*brace == '{' || *brace == '(')
            brace++;
        if (*brace == '&') {
            size_t run = strcspn(p, " \t");
            size_t best = 0;
            for (size_t k = 1; k <= run && k < sizeof piece; k++) {
                if (k < run && p[k] != '_')
                    continue;
                const char *nm = brace + 1;
                size_t nl = (size_t)(p + k - nm);
                while (nl && (nm[nl - 1] == '}' || nm[nl - 1] == ')'))
                    nl--;
                if (nl && synset_lookup(V, nm, nl))
                    best = k;
            }
            if (best) {
                memcpy(piece, p, best);
                pl = best;
                p += best;
            }
        }
        while (*p && !dy_is_space(*p) && *p != '_' && pl < sizeof piece - 1)
            piece[pl++] = *p++;
        piece[pl] = 0;
        int underscore_after = *p == '_';
        if (*p == '_')
            p++;
        /* group markers */
        char *q = piece;
        int opens = 0, closes = 0;
        while (*q == '{' || *q == '(') {
            opens++;
            q++;
        }
        size_t ql = strlen(q);
        while (ql && (q[ql - 1] == '}' || q[ql - 1] == ')')) {
            closes++;
            q[--ql] = 0;
        }
        if (opens && group == 0)
            group = ++ngroups;
        if (ql) {
            if (strcmp(q, "*") == 0) {
                if (star) {
                    diag_report(V->g, DIAG_WARNING, V->path, line, "pattern with two '*'; skipped");
                    return;
                }
                star = 1;
                side = PE_POST;
                /* "_*": the last pre element touches the verb; "*_": the first post does. */
                if (adj_next && ne > 0 && el[ne - 1].side == PE_PRE)
                    el[ne - 1].adjacent = 2; /* 2: touches the verb */
                adj_next = underscore_after;
            } else {
                dy_pelem e;
                memset(&e, 0, sizeof e);
                e.side = (uint8_t)side;
                e.group = (uint8_t)(group > 255 ? 255 : group);
                e.adjacent = (uint8_t)adj_next;
                if (strcmp(q, "$") == 0)
                    e.kind = PE_SOURCE;
                else if (strcmp(q, "+") == 0)
                    e.kind = PE_TARGET;
                else if (strcmp(q, "%") == 0)
                    e.kind = PE_COMPOUND;
                else if (strcmp(q, "^") == 0)
                    e.kind = PE_SKIP;
                else if (q[0] == '&') {
                    e.kind = PE_SYN;
                    e.id = synset_lookup(V, q + 1, ql - 1);
                    if (!e.id) {
                        diag_report(V->g, DIAG_WARNING, V->path, line, "undefined synset %s; pattern skipped", q);
                        return;
                    }
                }
                if (e.kind) {
                    el[ne++] = e;
                } else {
                    uint32_t w[8];
                    size_t k = dict_phrase(d, q, ql, 1, w, 8);
                    for (size_t j = 0; j < k && ne < 60; j++) {
                        e.kind = PE_WORD;
                        e.id = w[j];
                        e.adjacent = (uint8_t)(j ? 1 : adj_next);
                        el[ne++] = e;
                    }
                }
                adj_next = underscore_after;
            }
        } else {
            adj_next = underscore_after;
        }
        if (closes)
            group = 0;
    }
    if (!star) {
        diag_report(V->g, DIAG_WARNING, V->path, line, "pattern without '*'; skipped");
        return;
    }
    /* Pre elements are matched from the verb leftwards: an element's `adjacent`
       then means "touches the element to its right". Shift the flags so each
       pre element says whether it touches its right neighbour (or the verb). */
    int npre = 0;
    while (npre < ne && el[npre].side == PE_PRE)
        npre++;
    for (int i = 0; i < npre; i++) {
        if (i + 1 < npre)
            el[i].adjacent = el[i + 1].adjacent ? 1 : 0;
        else
            el[i].adjacent = el[i].adjacent == 2 ? 1 : 0;
    }
    dy_block *b = &D_BLOCKS(d)[V->block];
    (void)b;
    dy_pattern *pt;
    uint32_t start = DICT_N(d, DT_PELEM);
    for (int i = 0; i < ne; i++) {
        dy_pelem *pe;
        if (!DICT_ADD(d, DT_PELEM, dy_pelem, pe))
            return;
        *pe = el[i];
    }
    if (!DICT_ADD(d, DT_PATTERN, dy_pattern, pt))
        return;
    pt->code = code;
    pt->rcode = rcode;
    pt->elems = start;
    pt->nelems = (uint32_t)ne;
    pt->block = V->block;
    pt->file = V->file;
    pt->line = line;
    const char *o = orig;
    while (*o == '-' || dy_is_space(*o))
        o++;
    size_t ol = strcspn(o, "#");
    while (ol && dy_is_space(o[ol - 1]))
        ol--;
    pt->text = dict_intern(d, o, ol);
    b = &D_BLOCKS(d)[V->block];
    if (!b->npatterns)
        b->patterns = DICT_N(d, DT_PATTERN) - 1;
    b->npatterns++;
}

int read_petrarch_verbs(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    verbctx V;
    memset(&V, 0, sizeof V);
    V.d = d;
    V.path = path;
    V.g = g;
    V.file = diag_file(d, path, g);
    build_form_index(&V);
    dy_vec_init(&V.chain_tail, sizeof(uint32_t));
    for (uint32_t i = 1; i < DICT_N(d, DT_SYNSET); i++)
        synmap_put(&V, i);
    synbuild sb;
    memset(&sb, 0, sizeof sb);
    dy_vec_init(&sb.members, sizeof(uint32_t));
    /* Patterns must be contiguous per block: a block that is reopened (the same
       name twice) is simply a second block. */
    lines L;
    lines_init(&L, buf, len);
    char *s;
    char orig[1024];
    int in_synset = 0;
    while ((s = lines_next(&L, 1))) {
        snprintf(orig, sizeof orig, "%s", s);
        char *t = skip_ws(s);
        if (*t == '&') {
            synset_close(d, &sb);
            char *e = t + 1;
            while (*e && !dy_is_space(*e))
                e++;
            size_t nl = (size_t)(e - t - 1);
            char up[128];
            snprintf(up, sizeof up, "%.*s", (int)nl, t + 1);
            for (char *q = up; *q; q++)
                *q = dy_upper(*q);
            dy_synset *ss;
            if (!DICT_ADD(d, DT_SYNSET, dy_synset, ss))
                break;
            /* a name longer than up[] is cut: its last byte is up[ul - 1], not up[nl - 1] */
            size_t ul = strlen(up);
            ss->name.off = dict_intern(d, up, ul);
            ss->name.len = (uint32_t)ul;
            sb.id = DICT_N(d, DT_SYNSET) - 1;
            synmap_put(&V, sb.id);
            sb.noplural = ul && up[ul - 1] == '_';
            in_synset = 1;
            continue;
        }
        if (*t == '+' && in_synset) {
            char *m = skip_ws(t + 1);
            synset_member(&V, &sb, m, L.lineno);
            continue;
        }
        if (in_synset) {
            synset_close(d, &sb);
            in_synset = 0;
        }
        if (strncmp(t, "---", 3) == 0) {
            /* --- NAME [CODE] --- */
            char *p = skip_ws(t + 3);
            char *ne = p;
            while (*ne && !dy_is_space(*ne) && *ne != '[')
                ne++;
            char *br = strchr(ne, '['), *be = br ? strchr(br, ']') : NULL;
            uint32_t code = d->null_code, rcode = 0;
            if (br && be && parse_event_code(d, br + 1, (size_t)(be - br - 1), &code, &rcode)) {
                code = d->null_code;
                rcode = 0;
            }
            dy_block *b;
            if (!DICT_ADD(d, DT_BLOCK, dy_block, b))
                break;
            b->name.off = dict_intern(d, p, (size_t)(ne - p));
            b->name.len = (uint32_t)(ne - p);
            b->code = code;
            b->rcode = rcode;
            b->file = V.file;
            b->line = L.lineno;
            V.block = DICT_N(d, DT_BLOCK) - 1;
            V.block_first_verb = 0;
            continue;
        }
        if (*t == '~')
            continue; /* transformations: not used by dyad's coder */
        /* a merge left unresolved would otherwise read "=======" as a verb */
        if (!strncmp(t, "<<<<<<<", 7) || !strncmp(t, "=======", 7) || !strncmp(t, ">>>>>>>", 7)) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "a merge-conflict marker; skipped");
            continue;
        }
        if (!V.block) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "line outside a verb block; skipped");
            continue;
        }
        if (*t == '-') {
            pattern_line(&V, t + 1, L.lineno, orig);
            continue;
        }
        verb_line(&V, t, L.lineno);
    }
    synset_close(d, &sb);
    dy_vec_free(&sb.members);
    free(V.forms_first);
    free(V.forms_next);
    free(V.syn_slots);
    dy_vec_free(&V.chain_tail);
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== dyad's own format ===================================================================== */

static int parse_dyad_date(const char *s, size_t n, int end, int32_t *out)
{
    /* YYYY-MM-DD, YYYY-MM or YYYY; `end` picks the last day of a month or year */
    int y = 0, m = 0, dd = 0;
    if (n >= 4) {
        for (int i = 0; i < 4; i++) {
            if (!dy_is_digit(s[i]))
                return -1;
            y = y * 10 + (s[i] - '0');
        }
    } else
        return -1;
    if (n == 4) {
        m = end ? 12 : 1;
        dd = end ? 31 : 1;
    } else if (n == 7 && s[4] == '-' && dy_is_digit(s[5]) && dy_is_digit(s[6])) {
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12)
            return -1;
        dd = 1;
        if (end) {
            dd = 31;
            while (dd > 28 && !dy_valid_ymd(y, m, dd))
                dd--;
        }
    } else if (n == 10) {
        int32_t v = dy_parse_iso_date(s, n);
        if (!v)
            return -1;
        *out = v;
        return 0;
    } else
        return -1;
    if (!dy_valid_ymd(y, m, dd))
        return -1;
    *out = y * 10000 + m * 100 + dd;
    return 0;
}

static int valid_code_chars(const char *s, size_t n)
{
    if (n < 2 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(dy_is_upper(s[i]) || dy_is_digit(s[i]) || s[i] == '-'))
            return 0;
    return 1;
}

typedef struct dyentry {
    int kind;           /* 'a' actor, 'g' agent, 'd' discard, 'i' issue */
    unsigned line;
    dy_buf names;       /* NUL-separated */
    dy_vec codes;       /* dy_actor_code */
    dy_vec code_lines;  /* unsigned, the line of each code */
    int type;
    uint32_t src, scope_story, prefix;
} dyentry;

/* Two or more letters, all capitals (digits and dots allowed: "G7", "U.N."). */
static int is_acronym(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (dy_is_upper(s[i]))
            letters++;
        else if (!dy_is_digit(s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '&')
            return 0;
    }
    return letters >= 2;
}

static void dy_commit(dy_dict *d, dyentry *e, uint32_t file, uint32_t default_src, const char *path, dy_diag *g)
{
    if (!e->kind)
        return;
    const char *name = e->names.p ? e->names.p : "";
    if (g->on_entry) {
        dy_entry_info info = {e->kind, e->type, path, e->line, name, e->names.len, e->codes.p, e->codes.n,
                              e->code_lines.p, 0};
        g->on_entry(g->entry_ctx, d, &info);
    }
    if (e->kind == 'a' || e->kind == 'g' || e->kind == 'i') {
        if (!e->codes.n) {
            diag_report(g, DIAG_ERROR, path, e->line, "%s \"%s\" has no code line", e->kind == 'a' ? "actor" : e->kind == 'g' ? "agent" : "issue", name);
            goto reset;
        }
    }
    if (e->kind == 'a') {
        dy_actor *a;
        if (!DICT_ADD(d, DT_ACTOR, dy_actor, a))
            goto reset;
        uint32_t id = DICT_N(d, DT_ACTOR) - 1;
        a->name.off = dict_intern(d, name, strlen(name));
        a->name.len = (uint32_t)strlen(name);
        a->type = (uint32_t)(e->type > 0 ? e->type : ATYPE_UNKNOWN);
        a->src = e->src ? e->src : default_src;
        a->file = file;
        a->line = e->line;
        a->codes = DICT_N(d, DT_ACODE);
        a->ncodes = (uint32_t)e->codes.n;
        for (size_t i = 0; i < e->codes.n; i++) {
            dy_actor_code *c;
            if (!DICT_ADD(d, DT_ACODE, dy_actor_code, c))
                goto reset;
            *c = DY_VEC_AT(&e->codes, dy_actor_code, i);
        }
        for (size_t off = 0; off < e->names.len;) {
            const char *nm = e->names.p + off;
            size_t nl = strlen(nm);
            uint32_t w[64];
            size_t nw = dict_phrase(d, nm, nl, 0, w, 64);
            uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
            /* an alias written in capitals is an acronym: it names this actor only
               when the text writes it in capitals too ("SADR" is not "Sadr") */
            if (node && is_acronym(nm, nl))
                D_NODES(d)[node].actor_caps = id;
            else if (node)
                D_NODES(d)[node].actor = id;
            off += nl + 1;
        }
    } else if (e->kind == 'g') {
        dy_actor_code c0 = DY_VEC_AT(&e->codes, dy_actor_code, 0);
        uint32_t agent = add_agent(d, name, c0.code, (int)e->prefix, file, e->line);
        for (size_t off = 0; agent && off < e->names.len;) {
            const char *nm = e->names.p + off;
            size_t nl = strlen(nm);
            uint32_t w[64];
            size_t nw = dict_phrase(d, nm, nl, 0, w, 64);
            if (nw) {
                uint32_t node = dict_trie_add(d, w, nw);
                if (node)
                    D_NODES(d)[node].agent = agent;
                /* plural of the last word, unless the name already is one */
                const dy_word *lw = &D_WORDS(d)[w[nw - 1]];
                char pl[300];
                uint32_t s3unused = 0;
                (void)s3unused;
                if (!(lw->pos & POS_PLURAL)) {
                    const char *ls = dict_s(d, lw->s);
                    uint32_t plid = 0;
                    /* prefer the lexicon's plural when it has one */
                    petr_plural(ls, pl, sizeof pl);
                    for (char *q = pl; *q; q++)
                        *q = dy_lower(*q);
                    size_t ll = strlen(ls);
                    if (ll > 3 && strcmp(ls + ll - 3, "man") == 0)
                        snprintf(pl, sizeof pl, "%.*smen", (int)ll - 3, ls);
                    plid = dict_word(d, pl, strlen(pl));
                    w[nw - 1] = plid;
                    node = plid ? dict_trie_add(d, w, nw) : 0;
                    if (node && !D_NODES(d)[node].agent)
                        D_NODES(d)[node].agent = agent;
                }
            }
            off += nl + 1;
        }
    } else if (e->kind == 'd') {
        uint32_t w[64];
        size_t nw = dict_phrase(d, name, strlen(name), 0, w, 64);
        uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
        if (node)
            D_NODES(d)[node].discard = e->scope_story ? 2 : 1;
    } else if (e->kind == 'i') {
        dy_issue *is;
        if (!DICT_ADD(d, DT_ISSUE, dy_issue, is))
            goto reset;
        is->code = DY_VEC_AT(&e->codes, dy_actor_code, 0).code;
        is->file = file;
        is->line = e->line;
        uint32_t id = DICT_N(d, DT_ISSUE) - 1;
        for (size_t off = 0; off < e->names.len;) {
            const char *nm = e->names.p + off;
            size_t nl = strlen(nm);
            uint32_t w[64];
            size_t nw = dict_phrase(d, nm, nl, 0, w, 64);
            uint32_t node = nw ? dict_trie_add(d, w, nw) : 0;
            if (node)
                D_NODES(d)[node].issue = id;
            off += nl + 1;
        }
    }
reset:
    e->kind = 0;
    dy_buf_clear(&e->names);
    e->names.len = 0;
    e->codes.n = 0;
    e->code_lines.n = 0;
    e->type = 0;
    e->src = 0;
    e->scope_story = 0;
    e->prefix = 0;
}

static void add_names(dyentry *e, const char *s)
{
    /* "a | b | c" */
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        const char *bar = strchr(s, '|');
        size_t l = bar ? (size_t)(bar - s) : strlen(s);
        size_t k = l;
        while (k && dy_is_space(s[k - 1]))
            k--;
        if (k) {
            dy_buf_add(&e->names, s, k);
            dy_buf_addc(&e->names, 0);
        }
        if (!bar)
            break;
        s = bar + 1;
    }
}

int read_dyad_dict(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    uint32_t file = diag_file(d, path, g);
    uint32_t default_src = 0;
    dyentry e;
    memset(&e, 0, sizeof e);
    dy_buf_init(&e.names);
    dy_vec_init(&e.codes, sizeof(dy_actor_code));
    dy_vec_init(&e.code_lines, sizeof(unsigned));
    lines L;
    lines_init(&L, buf, len);
    char *s;
    while ((s = lines_next(&L, 0))) {
        /* comments: '#' at the start or after white space */
        for (char *q = s; *q; q++)
            if (*q == '#' && (q == s || dy_is_space(q[-1]))) {
                *q = 0;
                break;
            }
        size_t sl = strlen(s);
        while (sl && dy_is_space(s[sl - 1]))
            s[--sl] = 0;
        if (!sl)
            continue;
        int indented = dy_is_space(s[0]);
        char *t = skip_ws(s);
        char *kw = t;
        while (*t && !dy_is_space(*t))
            t++;
        size_t kl = (size_t)(t - kw);
        char *arg = skip_ws(t);
        if (!indented) {
            dy_commit(d, &e, file, default_src, path, g);
            if (kl == 6 && memcmp(kw, "source", 6) == 0) {
                default_src = dict_intern(d, arg, strlen(arg));
                continue;
            }
            int kind = 0;
            if (kl == 5 && memcmp(kw, "actor", 5) == 0)
                kind = 'a';
            else if (kl == 5 && memcmp(kw, "agent", 5) == 0)
                kind = 'g';
            else if (kl == 7 && memcmp(kw, "discard", 7) == 0)
                kind = 'd';
            else if (kl == 5 && memcmp(kw, "issue", 5) == 0)
                kind = 'i';
            if (!kind) {
                diag_report(g, DIAG_ERROR, path, L.lineno, "unknown entry \"%.*s\" (expected actor, agent, discard, issue or source)",
                            (int)kl, kw);
                continue;
            }
            if (!*arg) {
                diag_report(g, DIAG_ERROR, path, L.lineno, "%.*s without a name", (int)kl, kw);
                continue;
            }
            e.kind = kind;
            e.line = L.lineno;
            add_names(&e, arg);
            continue;
        }
        if (!e.kind) {
            diag_report(g, DIAG_ERROR, path, L.lineno, "indented line outside an entry");
            continue;
        }
        if (kl == 5 && memcmp(kw, "alias", 5) == 0) {
            add_names(&e, arg);
        } else if (kl == 4 && memcmp(kw, "code", 4) == 0) {
            char *c = arg;
            char *ce = c;
            while (*ce && !dy_is_space(*ce))
                ce++;
            size_t cl = (size_t)(ce - c);
            dy_actor_code ac = {0, 0, 0};
            if (e.kind == 'g') {
                if (cl && c[0] == '~') {
                    c++;
                    cl--;
                } else if (cl && c[cl - 1] == '~') {
                    cl--;
                    e.prefix = 1;
                }
            }
            if (e.kind == 'i' ? cl == 0 : !valid_code_chars(c, cl)) {
                diag_report(g, DIAG_ERROR, path, L.lineno, "bad code \"%.*s\" (expected upper-case letters, like RUSGOV)",
                            (int)cl, c);
                continue;
            }
            ac.code = dict_intern(d, c, cl);
            char *r = skip_ws(ce);
            if (*r && e.kind == 'a') {
                char *dots = strstr(r, "..");
                char *re = r;
                while (*re && !dy_is_space(*re))
                    re++;
                if (!dots || dots > re) {
                    diag_report(g, DIAG_ERROR, path, L.lineno, "bad date range \"%.*s\" (expected FROM..TO)", (int)(re - r), r);
                    continue;
                }
                size_t fl = (size_t)(dots - r), tl2 = (size_t)(re - dots - 2);
                if ((fl && parse_dyad_date(r, fl, 0, &ac.from)) || (tl2 && parse_dyad_date(dots + 2, tl2, 1, &ac.to))) {
                    diag_report(g, DIAG_ERROR, path, L.lineno, "bad date in \"%.*s\" (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                                (int)(re - r), r);
                    continue;
                }
                if (!fl && !tl2) {
                    diag_report(g, DIAG_ERROR, path, L.lineno, "empty date range \"..\"");
                    continue;
                }
                if (ac.from && ac.to && ac.from > ac.to) {
                    diag_report(g, DIAG_ERROR, path, L.lineno, "inverted date range %d..%d", ac.from, ac.to);
                    continue;
                }
            }
            dy_actor_code *pc = dy_vec_push(&e.codes);
            if (pc)
                *pc = ac;
            unsigned *pl = dy_vec_push(&e.code_lines);
            if (pl)
                *pl = L.lineno;
        } else if (kl == 4 && memcmp(kw, "type", 4) == 0) {
            int t2 = dy_atype_parse(arg, strlen(arg));
            if (t2 < 0)
                diag_report(g, DIAG_ERROR, path, L.lineno, "unknown type \"%s\"", arg);
            else
                e.type = t2;
        } else if (kl == 3 && memcmp(kw, "src", 3) == 0) {
            if (!e.src)
                e.src = dict_intern(d, arg, strlen(arg));
        } else if (kl == 4 && memcmp(kw, "note", 4) == 0) {
            /* for reviewers only */
        } else if (kl == 5 && memcmp(kw, "scope", 5) == 0) {
            if (strcmp(arg, "story") == 0)
                e.scope_story = 1;
            else if (strcmp(arg, "sentence") != 0)
                diag_report(g, DIAG_ERROR, path, L.lineno, "scope must be story or sentence");
        } else {
            diag_report(g, DIAG_ERROR, path, L.lineno, "unknown key \"%.*s\"", (int)kl, kw);
        }
    }
    dy_commit(d, &e, file, default_src, path, g);
    dy_buf_free(&e.names);
    dy_vec_free(&e.codes);
    dy_vec_free(&e.code_lines);
    free(buf);
    phrase_done();
    return dict_oom(d) ? -1 : 0;
}

/* ==== reference tables ========================================================================== */

int read_cameo_table(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    lines L;
    lines_init(&L, buf, len);
    char *s;
    while ((s = lines_next(&L, 0))) {
        if (s[0] == '#' || strncmp(s, "code\t", 5) == 0)
            continue;
        char *f[5] = {0};
        int nf = 0;
        char *p = s;
        while (nf < 5) {
            f[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = 0;
            p = tab + 1;
        }
        if (nf < 4) {
            diag_report(g, DIAG_WARNING, path, L.lineno, "expected 4 tab-separated fields");
            continue;
        }
        uint32_t id = dict_evcode(d, f[0], strlen(f[0]));
        if (!id)
            break;
        dy_evcode *e = &D_EVCODES(d)[id];
        e->name = dict_intern(d, f[1], strlen(f[1]));
        e = &D_EVCODES(d)[id];
        if (f[2][0]) {
            double gs = atof(f[2]);
            /* The scale runs from -10 to 10; anything else ("1e9", "nan") would not
               fit goldstein10, and converting it would be undefined. */
            if (gs >= -10.0 && gs <= 10.0)
                e->goldstein10 = (int16_t)(gs * 10 + (gs < 0 ? -0.5 : 0.5));
            else
                diag_report(g, DIAG_WARNING, path, L.lineno, "Goldstein score \"%s\" is outside -10..10; ignored", f[2]);
        }
        int q = atoi(f[3]);
        e->quad = (uint8_t)(q >= 1 && q <= 4 ? q : 0);
    }
    free(buf);
    return dict_oom(d) ? -1 : 0;
}

static char *trim(char *s)
{
    s = skip_ws(s);
    size_t n = strlen(s);
    while (n && dy_is_space(s[n - 1]))
        s[--n] = 0;
    return s;
}

int read_plover_table(dy_dict *d, const char *path, dy_diag *g)
{
    char err[512];
    size_t len;
    char *buf = read_whole_file(path, &len, err, sizeof err);
    if (!buf) {
        diag_report(g, DIAG_ERROR, path, 0, "%s", err);
        return -1;
    }
    lines L;
    lines_init(&L, buf, len);
    char *s;
    while ((s = lines_next(&L, 1))) {
        char *colon = strchr(s, ':');
        if (!colon || !dy_is_digit(s[0]))
            continue;
        *colon = 0;
        char *code = trim(s);
        char *rest = colon + 1;
        char *f[3] = {rest, (char *)"", (char *)""};
        char *c1 = strchr(rest, ',');
        if (c1) {
            *c1 = 0;
            f[1] = c1 + 1;
            char *c2 = strchr(f[1], ',');
            if (c2) {
                *c2 = 0;
                f[2] = c2 + 1;
            }
        }
        dy_plover *p;
        uint32_t ev = dict_evcode(d, code, strlen(code));
        if (!ev || !DICT_ADD(d, DT_PLOVER, dy_plover, p))
            break;
        p->cameo = ev;
        char *ty = trim(f[0]), *mo = trim(f[1]), *cx = trim(f[2]);
        p->type = dict_intern(d, ty, strlen(ty));
        p = &D_PLOVER(d)[DICT_N(d, DT_PLOVER) - 1];
        p->mode = dict_intern(d, mo, strlen(mo));
        p = &D_PLOVER(d)[DICT_N(d, DT_PLOVER) - 1];
        p->context = dict_intern(d, cx, strlen(cx));
    }
    (void)g;
    free(buf);
    return dict_oom(d) ? -1 : 0;
}

/* ==== directories ================================================================================ */

static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle), hl = strlen(hay);
    for (size_t i = 0; i + n <= hl; i++) {
        size_t k = 0;
        while (k < n && dy_lower(hay[i + k]) == dy_lower(needle[k]))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

int dict_guess_kind(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (contains_ci(base, "verb") || contains_ci(base, "cameo"))
        return 'v';
    if (contains_ci(base, "actor"))
        return 'a';
    if (contains_ci(base, "agent"))
        return 'g';
    if (contains_ci(base, "discard"))
        return 'd';
    if (contains_ci(base, "issue"))
        return 'i';
    /* content: dyad's format starts entries with a keyword at column 0 */
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[512];
    int kind = 0;
    while (!kind && fgets(line, sizeof line, f))
        if (!strncmp(line, "actor ", 6) || !strncmp(line, "agent ", 6) || !strncmp(line, "discard ", 8) ||
            !strncmp(line, "issue ", 6))
            kind = 'y';
    fclose(f);
    return kind;
}

/* Reads "name = a, b" from the [Dictionaries] section of PETR_config.ini. */
static int config_value(const char *ini, const char *key, char *out, size_t cap)
{
    const char *sec = strstr(ini, "[Dictionaries]");
    if (!sec)
        return 0;
    const char *p = sec;
    while ((p = strchr(p, '\n'))) {
        p++;
        if (*p == '[')
            return 0;
        if (*p == '#')
            continue;
        size_t kl = strlen(key);
        if (strncmp(p, key, kl) == 0 && (p[kl] == ' ' || p[kl] == '=')) {
            const char *eq = strchr(p, '=');
            const char *nl = strchr(p, '\n');
            if (!eq || (nl && eq > nl))
                return 0;
            eq++;
            while (*eq == ' ')
                eq++;
            size_t l = nl ? (size_t)(nl - eq) : strlen(eq);
            while (l && dy_is_space(eq[l - 1]))
                l--;
            snprintf(out, cap, "%.*s", (int)l, eq);
            return 1;
        }
    }
    return 0;
}

int read_petrarch_dir(dy_dict *d, const char *dir, dy_diag *g)
{
    char path[4096], err[256];
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        diag_report(g, DIAG_ERROR, dir, 0, "not a directory");
        return -1;
    }
    /* PETR_config.ini beside or above the directory names the files to use. */
    const char *cands[] = {"%s/PETR_config.ini", "%s/../config/PETR_config.ini"};
    char *ini = NULL;
    for (size_t i = 0; !ini && i < 2; i++) {
        snprintf(path, sizeof path, cands[i], dir);
        size_t l;
        ini = read_whole_file(path, &l, err, sizeof err);
    }
    char verbs[512] = "CAMEO.2.0.txt", actors[2048] = "", agents[512] = "Phoenix.agents.txt",
         discards[512] = "Phoenix.discards.txt", issues[512] = "Phoenix.IssueCoding.txt";
    if (ini) {
        config_value(ini, "verbfile_name", verbs, sizeof verbs);
        config_value(ini, "actorfile_list", actors, sizeof actors);
        config_value(ini, "agentfile_name", agents, sizeof agents);
        config_value(ini, "discardfile_name", discards, sizeof discards);
        config_value(ini, "issuefile_name", issues, sizeof issues);
        free(ini);
    }
    if (!actors[0]) {
        /* every *actors* file except the validation ones */
        DIR *dp = opendir(dir);
        struct dirent *de;
        while (dp && (de = readdir(dp))) {
            if (contains_ci(de->d_name, "actors") && !contains_ci(de->d_name, "validate")) {
                if (actors[0])
                    strncat(actors, ", ", sizeof actors - strlen(actors) - 1);
                strncat(actors, de->d_name, sizeof actors - strlen(actors) - 1);
            }
        }
        if (dp)
            closedir(dp);
    }
    int rc = 0;
    snprintf(path, sizeof path, "%s/%s", dir, verbs);
    if (access(path, R_OK) == 0)
        rc |= read_petrarch_verbs(d, path, g);
    else
        diag_report(g, DIAG_WARNING, path, 0, "no verb dictionary; using dyad's built-in verbs");
    for (char *a = strtok(actors, ","); a; a = strtok(NULL, ",")) {
        a = trim(a);
        if (!*a)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, a);
        rc |= read_petrarch_actors(d, path, g);
    }
    snprintf(path, sizeof path, "%s/%s", dir, agents);
    if (access(path, R_OK) == 0)
        rc |= read_petrarch_agents(d, path, g);
    snprintf(path, sizeof path, "%s/%s", dir, discards);
    if (access(path, R_OK) == 0)
        rc |= read_petrarch_discards(d, path, g);
    snprintf(path, sizeof path, "%s/%s", dir, issues);
    if (access(path, R_OK) == 0)
        rc |= read_petrarch_issues(d, path, g);
    return rc ? -1 : 0;
}
