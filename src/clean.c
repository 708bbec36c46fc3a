/*
 * clean.c - paragraphs from raw text (see clean.h).
 *
 * Works line by line on the normalised text. The rules are conservative: a
 * line is dropped only when it clearly is furniture (a known teaser or credit
 * prefix, a line of links, a short line that is only a domain), because a
 * wrongly dropped line silently loses events.
 */
#include "clean.h"

#include "text.h"

/* Paragraphs that start like this are page furniture, not the story. */
static const char *const furniture_prefixes[] = {
    "related article", "related articles", "related:", "related story", "related stories", "related content",
    "related coverage", "read more", "read also", "see also", "also read", "also see", "more on this",
    "recommended:", "advertisement", "subscribe ", "subscribe to", "sign up", "follow us", "click here",
    "share this", "share on", "this article was first published", "this article first appeared",
    "this article originally appeared", "this article was originally published", "this story was first published",
    "this story originally appeared", "this story was originally published", "originally published",
    "first published", "copyright ", "(c) ", "all rights reserved", "photo:", "photo credit", "photograph:",
    "image:", "image credit", "credit:", "file photo", "getty images", "(reporting by", "reporting by",
    "editing by", "(editing by", "writing by", "(writing by", "compiled by", "follow @", "join our",
    "download our", "listen to", "watch:", "video:", "tags:", "filed under",
};

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    /* the first byte settles nearly every call (each line is tried against
       every prefix) */
    if (!n || dy_lower(s[0]) != prefix[0])
        return 0;
    size_t i = 1;
    for (; prefix[i]; i++)
        if (i >= n || dy_lower(s[i]) != prefix[i])
            return 0;
    return 1;
}

static int is_furniture_start(const char *s, size_t n)
{
    for (size_t i = 0; i < DY_ARRAY_LEN(furniture_prefixes); i++)
        if (starts_with_ci(s, n, furniture_prefixes[i]))
            return 1;
    return 0;
}

int dy_is_url(const char *s, size_t n)
{
    if (starts_with_ci(s, n, "http://") || starts_with_ci(s, n, "https://") || starts_with_ci(s, n, "www."))
        return 1;
    /* A bare domain: labels of letters, digits and hyphens joined by dots, the
       last a 2-6 letter top-level domain, and no trailing dot ("U.S." is not one). */
    size_t labels = 0, len = 0, last_start = 0;
    int letters_only = 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '.') {
            if (len == 0)
                return 0;
            labels++;
            len = 0;
            last_start = i + 1;
            letters_only = 1;
            continue;
        }
        if (c == '/')
            break; /* "kremlin.ru/events": the domain part decides */
        if (!(dy_is_alpha(c) || dy_is_digit(c) || c == '-'))
            return 0;
        if (!dy_is_alpha(c))
            letters_only = 0;
        len++;
    }
    (void)last_start;
    return labels >= 1 && len >= 2 && len <= 6 && letters_only && labels <= 4;
}

/* ---- words of a line ---- */

typedef struct span { const char *p; size_t n; } span;

static span trim(const char *p, size_t n)
{
    while (n && dy_is_space(*p)) {
        p++;
        n--;
    }
    while (n && dy_is_space(p[n - 1]))
        n--;
    return (span){p, n};
}

/* The last whitespace-separated word of a line. */
static span last_word(span l)
{
    size_t i = l.n;
    while (i && !dy_is_space(l.p[i - 1]))
        i--;
    return (span){l.p + i, l.n - i};
}

static size_t count_words(span l)
{
    size_t w = 0;
    for (size_t i = 0; i < l.n; i++)
        if (!dy_is_space(l.p[i]) && (i == 0 || dy_is_space(l.p[i - 1])))
            w++;
    return w;
}

/* Every word of the line is a link. */
static int is_link_line(span l)
{
    size_t i = 0, words = 0;
    while (i < l.n) {
        while (i < l.n && dy_is_space(l.p[i]))
            i++;
        size_t st = i;
        while (i < l.n && !dy_is_space(l.p[i]))
            i++;
        if (i > st) {
            words++;
            if (!dy_is_url(l.p + st, i - st))
                return 0;
        }
    }
    return words > 0;
}

/* A headline: short, no closing punctuation, most longer words capitalised
   ("Putin Now Needs a Plan B on Iran") or all in capitals. */
static int is_heading(span l)
{
    if (l.n == 0 || l.n > 160)
        return 0;
    char last = l.p[l.n - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' || last == '"' || last == '\'')
        return 0;
    size_t words = 0, long_words = 0, capital = 0;
    for (size_t i = 0; i < l.n;) {
        while (i < l.n && dy_is_space(l.p[i]))
            i++;
        size_t st = i;
        while (i < l.n && !dy_is_space(l.p[i]))
            i++;
        if (i == st)
            break;
        words++;
        size_t letters = 0;
        for (size_t k = st; k < i; k++)
            letters += dy_is_alpha(l.p[k]) || (unsigned char)l.p[k] >= 0x80;
        if (letters >= 4) {
            long_words++;
            if (dy_is_upper(l.p[st]) || (unsigned char)l.p[st] >= 0x80)
                capital++;
        }
    }
    if (words < 2 || words > 20 || long_words < 2)
        return 0;
    return capital * 10 >= long_words * 8;
}

/* ---- paragraphs ---- */

typedef struct builder {
    dy_buf *out;
    dy_vec *paras;
    size_t start; /* offset of the paragraph being built, or SIZE_MAX */
} builder;

static void para_end(builder *b, int heading)
{
    if (b->start == SIZE_MAX)
        return;
    size_t len = b->out->len - b->start;
    if (len) {
        dy_para *p = dy_vec_push(b->paras);
        if (p) {
            p->off = (uint32_t)b->start;
            p->len = (uint32_t)len;
            p->heading = (uint8_t)heading;
        }
        dy_buf_addc(b->out, 0);
    }
    b->start = SIZE_MAX;
}

static void para_add_line(builder *b, span l)
{
    if (b->start == SIZE_MAX) {
        b->start = b->out->len;
        dy_buf_add(b->out, l.p, l.n);
        return;
    }
    size_t len = b->out->len - b->start;
    const char *p = b->out->p + b->start;
    /* "U.S.-" at the end of a line continues in the next word: keep the hyphen, no space. */
    int glue = len >= 2 && p[len - 1] == '-' && !dy_is_space(p[len - 2]) && p[len - 2] != '-' && l.n &&
               (dy_is_alpha(l.p[0]) || dy_is_digit(l.p[0]) || (unsigned char)l.p[0] >= 0x80);
    if (!glue)
        dy_buf_addc(b->out, ' ');
    dy_buf_add(b->out, l.p, l.n);
}

int dy_clean(const char *text, size_t n, dy_buf *scratch, dy_buf *out, dy_vec *paras, dy_clean_stats *st)
{
    dy_clean_stats dummy;
    if (!st)
        st = &dummy;
    memset(st, 0, sizeof *st);
    dy_buf_clear(scratch);
    dy_buf_clear(out);
    paras->n = 0;
    st->invalid_utf8 = dy_normalize(text, n, scratch);
    if (scratch->oom)
        return -1;
    if (!scratch->p)
        dy_buf_add(scratch, "", 0);

    builder b = {out, paras, SIZE_MAX};
    const char *s = scratch->p, *end = scratch->p + scratch->len;
    int skipping = 0;      /* inside a furniture paragraph */
    int seen_text = 0;     /* a line of the story has been kept */
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t ln = nl ? (size_t)(nl - s) : (size_t)(end - s);
        span l = trim(s, ln);
        s += ln + (nl ? 1 : 0);

        if (l.n == 0) {
            skipping = 0;
            para_end(&b, 0);
            continue;
        }
        if (skipping) {
            st->dropped_lines++;
            /* A teaser ends at a blank line or after a line that closes a sentence. */
            char c = l.p[l.n - 1];
            if (c == '.' || c == '!' || c == '?')
                skipping = 0;
            continue;
        }
        if (is_furniture_start(l.p, l.n)) {
            para_end(&b, 0);
            st->dropped_lines++;
            char c = l.p[l.n - 1];
            skipping = !(c == '.' || c == '!' || c == '?');
            continue;
        }
        if (is_link_line(l)) {
            para_end(&b, 0);
            st->dropped_lines++;
            continue;
        }
        /* A photo credit at the end of a caption line: "... out of hand. Kremlin.ru" */
        span w = last_word(l);
        if (w.n < l.n && dy_is_url(w.p, w.n)) {
            span rest = trim(l.p, l.n - w.n);
            char c = rest.n ? rest.p[rest.n - 1] : 0;
            if (c == '.' || c == '!' || c == '?' || c == '"' || count_words(rest) <= 3) {
                st->dropped_lines++;
                l = rest;
                if (count_words(rest) <= 3 && !(c == '.' || c == '!' || c == '?'))
                    l.n = 0; /* "Photo: Kremlin.ru" */
                if (l.n == 0)
                    continue;
            }
        }
        if (!seen_text || b.start == SIZE_MAX) {
            if (is_heading(l)) {
                para_end(&b, 0);
                para_add_line(&b, l);
                para_end(&b, 1);
                seen_text = 1;
                continue;
            }
        }
        para_add_line(&b, l);
        seen_text = 1;
    }
    para_end(&b, 0);
    return (out->oom || paras->oom) ? -1 : 0;
}
