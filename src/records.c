/*
 * records.c - reading PETRARCH unit-test records (see records.h).
 */
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct xp {
    const char *s;
    size_t n, i;
    unsigned line;
    char *err;
    size_t errlen;
} xp;

static int xfail(xp *p, const char *what)
{
    snprintf(p->err, p->errlen, "line %u: %s", p->line, what);
    return -1;
}

static void adv(xp *p, size_t k)
{
    for (size_t j = 0; j < k && p->i < p->n; j++, p->i++)
        if (p->s[p->i] == '\n')
            p->line++;
}

static int at(const xp *p, const char *lit)
{
    size_t k = strlen(lit);
    return p->i + k <= p->n && memcmp(p->s + p->i, lit, k) == 0;
}

/* Appends text with entities decoded and white space collapsed. */
static void add_text(dy_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '&') {
            static const struct { const char *ent; char c; } ents[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            int done = 0;
            for (size_t k = 0; k < DY_ARRAY_LEN(ents) && !done; k++) {
                size_t el = strlen(ents[k].ent);
                if (i + el <= n && memcmp(s + i, ents[k].ent, el) == 0) {
                    dy_buf_addc(b, ents[k].c);
                    i += el - 1;
                    done = 1;
                }
            }
            if (!done)
                dy_buf_addc(b, '&');
            continue;
        }
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
        if (c == ' ' && (b->len == 0 || b->p[b->len - 1] == ' '))
            continue;
        dy_buf_addc(b, c);
    }
}

typedef struct attr { char name[32]; char value[256]; } attr;

/* Parses a tag at p->i ('<'). Fills name, attributes, closing and self-closing flags. */
static int read_tag(xp *p, char *name, size_t cap, attr *attrs, int *nattrs, int max, int *closing, int *selfclose)
{
    adv(p, 1);
    *closing = 0;
    *selfclose = 0;
    *nattrs = 0;
    if (p->i < p->n && p->s[p->i] == '/') {
        *closing = 1;
        adv(p, 1);
    }
    size_t k = 0;
    while (p->i < p->n && (dy_is_alpha(p->s[p->i]) || dy_is_digit(p->s[p->i]) || p->s[p->i] == '_' ||
                           p->s[p->i] == '-' || p->s[p->i] == ':')) {
        if (k + 1 < cap)
            name[k++] = p->s[p->i];
        adv(p, 1);
    }
    name[k] = 0;
    if (!k)
        return xfail(p, "a tag without a name");
    for (;;) {
        while (p->i < p->n && dy_is_space(p->s[p->i]))
            adv(p, 1);
        if (p->i >= p->n)
            return xfail(p, "unterminated tag");
        char c = p->s[p->i];
        if (c == '>') {
            adv(p, 1);
            return 0;
        }
        if (c == '/' && p->i + 1 < p->n && p->s[p->i + 1] == '>') {
            *selfclose = 1;
            adv(p, 2);
            return 0;
        }
        /* name = "value" (spaces allowed around '=') */
        attr a;
        size_t an = 0;
        while (p->i < p->n && !dy_is_space(p->s[p->i]) && p->s[p->i] != '=' && p->s[p->i] != '>' && p->s[p->i] != '/') {
            if (an + 1 < sizeof a.name)
                a.name[an++] = p->s[p->i];
            adv(p, 1);
        }
        a.name[an] = 0;
        if (!an)
            return xfail(p, "bad attribute");
        while (p->i < p->n && dy_is_space(p->s[p->i]))
            adv(p, 1);
        a.value[0] = 0;
        if (p->i < p->n && p->s[p->i] == '=') {
            adv(p, 1);
            while (p->i < p->n && dy_is_space(p->s[p->i]))
                adv(p, 1);
            if (p->i >= p->n || (p->s[p->i] != '"' && p->s[p->i] != '\''))
                return xfail(p, "attribute value without quotes");
            char q = p->s[p->i];
            adv(p, 1);
            size_t vs = p->i;
            unsigned vline = p->line;
            while (p->i < p->n && p->s[p->i] != q)
                adv(p, 1);
            if (p->i >= p->n) {
                p->line = vline;
                return xfail(p, "unterminated attribute value");
            }
            dy_buf v;
            dy_buf_init(&v);
            add_text(&v, p->s + vs, p->i - vs);
            dy_strlcpy(a.value, v.p ? v.p : "", sizeof a.value);
            dy_buf_free(&v);
            adv(p, 1);
        }
        if (*nattrs < max)
            attrs[(*nattrs)++] = a;
    }
}

static const char *attr_get(const attr *a, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcasecmp_ascii(a[i].name, name))
            return a[i].value;
    return NULL;
}

static void trim_copy(char *dst, size_t cap, const char *s, size_t n)
{
    while (n && dy_is_space(*s)) {
        s++;
        n--;
    }
    while (n && dy_is_space(s[n - 1]))
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static int32_t rec_date(const char *v)
{
    if (!v || strlen(v) != 8)
        return 0;
    char iso[11] = {v[0], v[1], v[2], v[3], '-', v[4], v[5], '-', v[6], v[7], 0};
    return dy_parse_iso_date(iso, 10);
}

/* On an error the caller gets nothing to free: the records read so far go. */
static int parse_failed(dy_records *out, dy_buf *text)
{
    dy_buf_free(text);
    records_free(out);
    return -1;
}

const char *const records_comma_option[6] = {"comma_min",  "comma_max",  "comma_bmin",
                                             "comma_bmax", "comma_emin", "comma_emax"};

int records_parse(const char *xml, size_t len, dy_records *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    xp p = {xml, len, 0, 1, err, errlen};
    dy_record *cur = NULL;
    char field[32] = "";  /* element whose text we collect */
    size_t text_start = 0;
    dy_buf text;
    dy_buf_init(&text);
    int depth = 0;
    int one_sided = 0; /* require_dyad="false" in force */
    int comma[6] = {2, 8, 0, 0, 2, 8};
    int new_actor_len = 0;
    while (p.i < p.n) {
        if (at(&p, "<!--")) {
            const char *e = NULL;
            for (size_t k = p.i + 4; k + 3 <= p.n; k++)
                if (memcmp(xml + k, "-->", 3) == 0) {
                    e = xml + k;
                    break;
                }
            if (!e) {
                xfail(&p, "unterminated comment");
                return parse_failed(out, &text);
            }
            /* text collection continues around comments */
            if (field[0])
                add_text(&text, xml + text_start, p.i - text_start);
            adv(&p, (size_t)(e - (xml + p.i)) + 3);
            text_start = p.i;
            continue;
        }
        if (at(&p, "<?") || at(&p, "<!")) {
            while (p.i < p.n && xml[p.i] != '>')
                adv(&p, 1);
            adv(&p, 1);
            continue;
        }
        if (xml[p.i] != '<') {
            adv(&p, 1);
            continue;
        }
        size_t tag_at = p.i;
        unsigned tag_line = p.line;
        char name[64];
        attr attrs[12];
        int na, closing, selfclose;
        if (read_tag(&p, name, sizeof name, attrs, &na, 12, &closing, &selfclose)) {
            return parse_failed(out, &text);
        }
        if (closing) {
            depth--;
            if (field[0] && !strcmp(name, field)) {
                add_text(&text, xml + text_start, tag_at - text_start);
                const char *t = text.p ? text.p : "";
                if (!strcmp(field, "Text") && cur) {
                    free(cur->text);
                    size_t tl = strlen(t);
                    cur->text = malloc(tl + 1);
                    if (!cur->text) {
                        xfail(&p, "out of memory");
                        return parse_failed(out, &text);
                    }
                    trim_copy(cur->text, tl + 1, t, tl);
                } else if (!strcmp(field, "Parse") && cur) {
                    int depth_p = 0;
                    for (const char *q = t; *q && depth_p >= 0; q++)
                        depth_p += *q == '(' ? 1 : *q == ')' ? -1 : 0;
                    cur->bad_parse = depth_p != 0;
                } else if (!strcmp(field, "Verbfile"))
                    trim_copy(out->verbfile, sizeof out->verbfile, t, strlen(t));
                else if (!strcmp(field, "Agentfile"))
                    trim_copy(out->agentfile, sizeof out->agentfile, t, strlen(t));
                else if (!strcmp(field, "Discardfile"))
                    trim_copy(out->discardfile, sizeof out->discardfile, t, strlen(t));
                else if (!strcmp(field, "Issuefile"))
                    trim_copy(out->issuefile, sizeof out->issuefile, t, strlen(t));
                else if (!strcmp(field, "Actorfile") && out->nactorfiles < REC_MAX_FILES)
                    trim_copy(out->actorfile[out->nactorfiles++], sizeof out->actorfile[0], t, strlen(t));
                field[0] = 0;
                dy_buf_clear(&text);
            }
            if (!strcmp(name, "Sentence"))
                cur = NULL;
            continue;
        }
        if (!selfclose)
            depth++;
        if (!strcmp(name, "Sentence")) {
            if (out->n == out->cap) {
                size_t cap = out->cap ? out->cap * 2 : 64;
                dy_record *nr = realloc(out->r, cap * sizeof *nr);
                if (!nr) {
                    xfail(&p, "out of memory");
                    return parse_failed(out, &text);
                }
                out->r = nr;
                out->cap = cap;
            }
            cur = &out->r[out->n++];
            memset(cur, 0, sizeof *cur);
            cur->line = tag_line;
            cur->one_sided = one_sided;
            memcpy(cur->comma, comma, sizeof comma);
            cur->new_actor_len = new_actor_len;
            const char *v;
            if ((v = attr_get(attrs, na, "id")))
                dy_strlcpy(cur->id, v, sizeof cur->id);
            if ((v = attr_get(attrs, na, "category")))
                dy_strlcpy(cur->category, v, sizeof cur->category);
            cur->date = rec_date(attr_get(attrs, na, "date"));
            v = attr_get(attrs, na, "sentence");
            cur->sentence = v && !strcasecmp_ascii(v, "true");
        } else if (!strcmp(name, "Config") && !cur) {
            /* options set between records hold until set again: require_dyad
               and the lengths of the comma-delimited clauses to leave out */
            const char *o = attr_get(attrs, na, "option"), *v = attr_get(attrs, na, "value");
            if (o && v && !strcmp(o, "require_dyad"))
                one_sided = !strcasecmp_ascii(v, "false");
            if (o && v && !strcmp(o, "new_actor_length")) {
                char *e;
                long n = strtol(v, &e, 10);
                if (e == v || *e || n < 0 || n > 1000) {
                    xfail(&p, "new_actor_length needs a number of words");
                    return parse_failed(out, &text);
                }
                new_actor_len = (int)n;
            }
            for (int k = 0; o && v && k < 6; k++)
                if (!strcmp(o, records_comma_option[k])) {
                    char *e;
                    long n = strtol(v, &e, 10);
                    if (e == v || *e || n < 0 || n > 1000) {
                        xfail(&p, "a comma option needs a number of words");
                        return parse_failed(out, &text);
                    }
                    comma[k] = (int)n;
                }
        } else if (!strcmp(name, "EventCoding") && cur) {
            const char *v;
            if ((v = attr_get(attrs, na, "noevents")) && !strcasecmp_ascii(v, "true"))
                cur->noevents = 1;
            if ((v = attr_get(attrs, na, "error")))
                dy_strlcpy(cur->error, v, sizeof cur->error);
            const char *sc = attr_get(attrs, na, "sourcecode"), *tc = attr_get(attrs, na, "targetcode"),
                       *ec = attr_get(attrs, na, "eventcode");
            if (sc && tc && ec && cur->nevents < REC_MAX_EVENTS) {
                dy_rec_event *e = &cur->ev[cur->nevents++];
                dy_strlcpy(e->source, sc, sizeof e->source);
                dy_strlcpy(e->target, tc, sizeof e->target);
                dy_strlcpy(e->code, ec, sizeof e->code);
            }
        } else if (!selfclose && (!strcmp(name, "Text") || !strcmp(name, "Parse") || !strcmp(name, "Verbfile") || !strcmp(name, "Actorfile") ||
                                  !strcmp(name, "Agentfile") || !strcmp(name, "Discardfile") ||
                                  !strcmp(name, "Issuefile"))) {
            dy_strlcpy(field, name, sizeof field);
            text_start = p.i;
            dy_buf_clear(&text);
        }
        if (text.oom) {
            xfail(&p, "out of memory");
            return parse_failed(out, &text);
        }
    }
    (void)depth;
    dy_buf_free(&text);
    return 0;
}

void records_free(dy_records *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->r[i].text);
    free(r->r);
    memset(r, 0, sizeof *r);
}
