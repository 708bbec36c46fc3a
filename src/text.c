/*
 * text.c - normalisation, tokenisation and sentence splitting.
 *
 * The tokenizer follows Penn Treebank conventions where the dictionaries expect
 * them ("didn't" -> "did" "n't", "Russia's" -> "Russia" "'s"), keeps periods
 * that belong to a word ("U.S.", "Mr.", "J.", "11.8") and splits hyphenated
 * compounds into parts joined by a hyphen token ("U.S.-backed" -> "U.S." "-"
 * "backed") so that actor names inside compounds can still be found.
 */
#include "text.h"

#include <utf8proc.h>
#include <stdlib.h>

/* ==== normalisation ============================================================= */

static size_t put_utf8(dy_buf *out, int32_t c)
{
    char b[4];
    utf8proc_ssize_t n = utf8proc_encode_char(c, (utf8proc_uint8_t *)b);
    dy_buf_add(out, b, (size_t)n);
    return (size_t)n;
}

/* Maps punctuation that NFKC leaves alone onto the ASCII forms the coder reads.
   Returns the replacement string, or NULL to keep the character. */
static const char *map_punct(int32_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0x00AD:
        return "-";
    case 0x2014: case 0x2015:
        return " -- ";
    case 0x2026:
        return "...";
    case 0x00A0: case 0x2007: case 0x202F: case 0x3000: case 0x200B: case 0xFEFF:
        return " ";
    default:
        return NULL;
    }
}

size_t dy_normalize(const char *in, size_t n, dy_buf *out)
{
    size_t bad = 0;
    size_t i = 0;
    /* What an ASCII byte becomes: controls other than newline are spaces, NUL is
       dropped (0), the rest is itself; a table keeps the copy loop branch-free. */
    static const unsigned char ascii_map[128] = {
        0, 32, 32, 32, 32, 32, 32, 32, 32, 32, 10, 32, 32, 32, 32, 32,
        32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
        48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
        80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 32,
    };
    while (i < n) {
        /* ASCII run: copy through the table. */
        size_t j = i;
        if ((unsigned char)in[i] < 0x80) {
            /* an ASCII run is never longer out than in: reserve the rest once */
            if (dy_buf_reserve(out, n - i))
                return bad;
            char *o = out->p + out->len;
            size_t w = 0;
            /* eight printable ASCII bytes at a time (SWAR: no high bit, none
               below 0x20, no DEL); a word with another byte goes through the
               table, byte by byte */
            while (j < n && (unsigned char)in[j] < 0x80) {
                if (j + 8 <= n) {
                    uint64_t x;
                    memcpy(&x, in + j, 8);
                    if (!dy_swar_unprintable(x)) {
                        memcpy(o + w, &x, 8);
                        w += 8;
                        j += 8;
                        continue;
                    }
                }
                for (size_t e = j + 8 < n ? j + 8 : n; j < e && (unsigned char)in[j] < 0x80; j++) {
                    unsigned char c = ascii_map[(unsigned char)in[j]];
                    o[w] = (char)c;
                    w += c != 0;
                }
            }
            out->len += w;
            out->p[out->len] = 0;
            i = j;
            continue;
        }
        /* Non-ASCII run: decode, NFKC it, then map punctuation. */
        while (j < n && (unsigned char)in[j] >= 0x80)
            j++;
        utf8proc_uint8_t *mapped = NULL;
        utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(j - i), &mapped,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
        if (m < 0) {
            /* Invalid UTF-8 somewhere in the run: go character by character. */
            size_t k = i;
            while (k < j) {
                utf8proc_int32_t c;
                utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)in + k, (utf8proc_ssize_t)(j - k), &c);
                if (l < 0) {
                    bad++;
                    put_utf8(out, 0xFFFD);
                    k++;
                    continue;
                }
                const char *r = map_punct(c);
                if (r)
                    dy_buf_adds(out, r);
                else {
                    utf8proc_uint8_t *one = NULL;
                    utf8proc_ssize_t ml = utf8proc_map((const utf8proc_uint8_t *)in + k, l, &one,
                                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
                    if (ml >= 0)
                        dy_buf_add(out, one, (size_t)ml);
                    free(one);
                }
                k += (size_t)l;
            }
        } else {
            for (utf8proc_ssize_t k = 0; k < m;) {
                utf8proc_int32_t c;
                utf8proc_ssize_t l = utf8proc_iterate(mapped + k, m - k, &c);
                if (l <= 0)
                    break;
                const char *r = c < 0x80 ? NULL : map_punct(c);
                if (r)
                    dy_buf_adds(out, r);
                else if (c < 0x20 && c != '\n')
                    dy_buf_addc(out, ' ');
                else if (c != 0)
                    dy_buf_add(out, mapped + k, (size_t)l);
                k += l;
            }
        }
        free(mapped);
        i = j;
    }
    return bad;
}

/* ==== tokenisation ============================================================= */

static const char *const abbrevs[] = {
    "a.m", "adm", "al", "amb", "approx", "apr", "aug", "bros", "capt", "cf", "cmdr", "co", "col",
    "corp", "cpl", "d.c", "dec", "dept", "dr", "e.g", "e.u", "est", "etc", "feb", "fig", "fri",
    "ft", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "m.p", "maj",
    "mar", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op", "p.m", "ph.d", "pres",
    "prof", "pvt", "rep", "reps", "rev", "sat", "sec", "sen", "sens", "sep", "sept", "sgt", "sr",
    "st", "sun", "thu", "thur", "thurs", "tue", "tues", "u.a.e", "u.k", "u.n", "u.s", "u.s.a",
    "vol", "vs", "wed",
};

/* Abbreviations that come before a name or number and so never end a sentence. */
static const char *const title_abbrevs[] = {
    "adm", "amb", "apr", "aug", "capt", "cmdr", "col", "cpl", "dec", "dr", "feb", "ft", "gen",
    "gov", "hon", "jan", "jul", "jun", "lt", "maj", "mar", "mr", "mrs", "ms", "mt", "no", "nos",
    "nov", "oct", "pres", "prof", "pvt", "rep", "reps", "rev", "sec", "sen", "sens", "sep", "sept",
    "sgt", "st", "vs",
};

/* Binary search in a sorted list (the lists above are kept in strcmp order;
   dy_text_tables_sorted checks it) for the n bytes at s. */
static int in_list(const char *const *list, size_t nlist, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    size_t lo = 0, hi = nlist;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = strncmp(list[mid], s, n);
        if (r == 0)
            r = list[mid][n] != 0; /* longer than s: after it */
        if (r == 0)
            return 1;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int dy_is_abbrev(const char *lower, size_t n) { return in_list(abbrevs, DY_ARRAY_LEN(abbrevs), lower, n); }

/* Bytes that can be part of a word: ASCII letters and digits, and every byte of
   a non-ASCII character (the tokenizer's inner loop, hence a table). */
static const unsigned char wordch[256] = {
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,
    0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,
    0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};

static int is_wordch(unsigned char c) { return wordch[c]; }

/* dy_is_space as a table, for the same loop. */
static const unsigned char space_ch[256] = {
    0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
};

static int first_is_upper(const char *s, size_t len)
{
    if ((unsigned char)s[0] < 0x80)
        return dy_is_upper(s[0]);
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &c) <= 0)
        return 0;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

typedef struct tokvec {
    dy_token *p;
    size_t n, cap;
    dy_arena *a;
    const char *text;
    char *keys;            /* the ASCII keys, one after another (2n + 1 bytes
                              hold them all: spans do not overlap, plus a NUL each) */
    unsigned upper, lower; /* ASCII letters of the last token, by case */
    int oom;
} tokvec;

/* A byte's class for make_key: 0 other, 1 upper-case ASCII letter, 2 lower-case,
   3 non-ASCII; and its ASCII lower case. */
static const unsigned char byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};
static const unsigned char lower_of[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* Builds the lookup key: ASCII lower-cased; non-ASCII case-folded with marks
   stripped. Also counts the token's ASCII upper- and lower-case letters. */
static void make_key(tokvec *v, dy_token *t)
{
    const char *s = v->text + t->off;
    char *k = v->keys;
    v->keys += t->len + 1;
    /* per byte: its lower case, and its class added up in 21-bit fields (upper,
       lower, non-ASCII), so that one sum counts all three; a token of 2^21 bytes
       or more (none comes from the coder's 64 KiB pieces) is counted field by field */
    static const uint64_t cls[4] = {0, 1, 1ull << 21, 1ull << 42};
    const uint64_t field = (1u << 21) - 1;
    uint64_t sum = 0;
    if (t->len <= field) {
        for (uint32_t i = 0; i < t->len; i++) {
            unsigned char c = (unsigned char)s[i];
            sum += cls[byte_class[c]];
            k[i] = (char)lower_of[c];
        }
    } else {
        uint64_t up = 0, low = 0, high = 0;
        for (uint32_t i = 0; i < t->len; i++) {
            unsigned char c = (unsigned char)s[i];
            up += byte_class[c] == 1;
            low += byte_class[c] == 2;
            high += byte_class[c] == 3;
            k[i] = (char)lower_of[c];
        }
        sum = (up < 2 ? up : 2) | (uint64_t)(low ? 1 : 0) << 21 | (uint64_t)(high ? 1 : 0) << 42;
    }
    k[t->len] = 0;
    v->upper = (unsigned)(sum & field);
    v->lower = (unsigned)((sum >> 21) & field);
    t->key = k;
    t->keylen = t->len;
    if (!(sum >> 42))
        return;
    t->flags |= TF_NONASCII;
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t ml = utf8proc_map((const utf8proc_uint8_t *)s, t->len, &m,
                                       UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                           UTF8PROC_COMPOSE);
    if (ml < 0) {
        t->key = dy_arena_strndup(v->a, s, t->len);
        t->keylen = t->len;
    } else {
        t->key = dy_arena_strndup(v->a, (const char *)m, (size_t)ml);
        t->keylen = (uint32_t)ml;
    }
    free(m);
    if (!t->key)
        v->oom = 1;
}

static dy_token *push_tok(tokvec *v, uint32_t off, uint32_t len, uint8_t kind, uint16_t flags)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        dy_token *np = dy_arena_alloc(v->a, cap * sizeof *np);
        if (!np) {
            v->oom = 1;
            return NULL;
        }
        if (v->n)
            memcpy(np, v->p, v->n * sizeof *np);
        v->p = np;
        v->cap = cap;
    }
    dy_token *t = &v->p[v->n++];
    memset(t, 0, sizeof *t);
    t->off = off;
    t->len = len;
    t->kind = kind;
    t->flags = flags;
    make_key(v, t);
    return v->oom ? NULL : t;
}

/* Length of a clitic starting at s[0]=='\'' when it follows a word: 's 'll 're 've 'd 'm */
static size_t clitic_len(const char *s, size_t rem)
{
    if (rem < 2)
        return 0;
    char c1 = dy_lower(s[1]);
    char c2 = rem > 2 ? dy_lower(s[2]) : 0;
    size_t n = 0;
    if (c1 == 's' || c1 == 'd' || c1 == 'm')
        n = 2;
    else if ((c1 == 'l' && c2 == 'l') || (c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e'))
        n = 3;
    if (n && (n == rem || !is_wordch((unsigned char)s[n])))
        return n;
    return 0;
}

long dy_tokenize(const char *text, size_t n, dy_arena *a, dy_token **out)
{
    tokvec v = {NULL, 0, 0, a, text, dy_arena_alloc(a, 2 * n + 1), 0, 0, 0};
    if (!v.keys)
        return -1;
    size_t i = 0;
    uint16_t space = TF_SPACE;
    while (i < n) {
        unsigned char c = (unsigned char)text[i];
        /* "Dol_Amroth": PETRARCH-style text joins the words of a name with '_',
           as its dictionaries do; the words are what is matched */
        if (space_ch[c] ||
            (c == '_' && i > 0 && i + 1 < n && dy_is_alpha(text[i - 1]) && dy_is_alpha(text[i + 1]))) {
            space = TF_SPACE;
            i++;
            continue;
        }
        size_t start = i;
        if (is_wordch(c)) {
            int numeric = dy_is_digit((char)c);
            int has_dot = 0;
            while (i < n) {
                /* the run of word bytes first, in a loop of its own (most bytes) */
                while (i < n && is_wordch((unsigned char)text[i]))
                    i++;
                if (i >= n)
                    break;
                unsigned char d = (unsigned char)text[i];
                if (d == '.' && i + 1 < n && is_wordch((unsigned char)text[i + 1]) &&
                    !(i + 2 < n && text[i + 1] == '.')) {
                    has_dot = 1; /* U.S, 11.8, kremlin.ru */
                    i++;
                    continue;
                }
                /* "F-16", "MiG-29", "S-400": a model's letters and number are one word */
                if (d == '-' && !numeric && i - start <= 3 && dy_is_upper(text[start]) && i + 1 < n &&
                    dy_is_digit(text[i + 1]) && !memchr(text + start, '-', i - start)) {
                    int letters = 1;
                    for (size_t k = start; k < i; k++)
                        letters &= dy_is_alpha(text[k]);
                    if (letters) {
                        i++;
                        continue;
                    }
                }
                if (d == ',' && numeric && i + 3 < n && dy_is_digit(text[i + 1]) && dy_is_digit(text[i + 2]) &&
                    dy_is_digit(text[i + 3]) && (i + 4 >= n || !is_wordch((unsigned char)text[i + 4]))) {
                    i += 4; /* 50,000 */
                    continue;
                }
                if (d == '\'') {
                    /* n't: "didn't" -> "did" + "n't"; "can't" -> "ca" + "n't"; "won't" -> "wo" + "n't" */
                    if (i > start + 1 && dy_lower(text[i - 1]) == 'n' && i + 1 < n && dy_lower(text[i + 1]) == 't' &&
                        (i + 2 >= n || !is_wordch((unsigned char)text[i + 2]))) {
                        i--; /* give the n to the clitic */
                        break;
                    }
                    if (clitic_len(text + i, n - i))
                        break;
                    if (i + 1 < n && is_wordch((unsigned char)text[i + 1])) {
                        i++; /* O'Brien, d'Orsay */
                        continue;
                    }
                }
                break;
            }
            size_t len = i - start;
            uint16_t flags = space;
            /* A period that belongs to the word: acronyms, initials, known abbreviations. */
            if (i < n && text[i] == '.') {
                char low[16];
                size_t ll = len < sizeof low ? len : 0;
                for (size_t k = 0; k < ll; k++)
                    low[k] = dy_lower(text[start + k]);
                int initial = len == 1 && dy_is_upper(text[start]);
                if (initial || (ll && dy_is_abbrev(low, ll)) || (has_dot && !numeric && len <= 8 && text[i - 2] == '.')) {
                    i++;
                    len++;
                    flags |= TF_ABBR;
                }
            }
            dy_token *t = push_tok(&v, (uint32_t)start, (uint32_t)len, numeric ? TK_NUM : TK_WORD, flags);
            if (!t)
                return -1;
            const char *s = text + start;
            if (first_is_upper(s, len))
                t->flags |= TF_CAP;
            if (v.upper >= 2 && v.lower == 0)
                t->flags |= TF_ALLCAP;
            space = 0;
            /* Clitics glued to the word just read. */
            if (i < n && (text[i] == '\'' || (dy_lower(text[i]) == 'n' && i + 1 < n && text[i + 1] == '\''))) {
                if (dy_lower(text[i]) == 'n') {
                    push_tok(&v, (uint32_t)i, 3, TK_WORD, TF_CLITIC);
                    i += 3;
                } else {
                    size_t cl = clitic_len(text + i, n - i);
                    if (cl) {
                        push_tok(&v, (uint32_t)i, (uint32_t)cl, TK_WORD, TF_CLITIC);
                        i += cl;
                    } else if (i + 1 >= n || !is_wordch((unsigned char)text[i + 1])) {
                        /* plural possessive: "countries' " */
                        if (len && dy_lower(s[len - 1]) == 's') {
                            push_tok(&v, (uint32_t)i, 1, TK_WORD, TF_CLITIC);
                            i++;
                        }
                    }
                }
            }
            /* Hyphenated compound: emit the hyphen as its own token. */
            if (i + 1 < n && text[i] == '-' && is_wordch((unsigned char)text[i + 1])) {
                if (!push_tok(&v, (uint32_t)i, 1, TK_PUNCT, TF_HYPHEN))
                    return -1;
                i++;
            }
            continue;
        }
        /* Punctuation */
        size_t len = 1;
        uint8_t kind = TK_PUNCT;
        if (c == '"' || c == '`')
            kind = TK_QUOTE;
        else if (c == '\'') {
            kind = TK_QUOTE;
        } else if (c == '-' && i + 1 < n && text[i + 1] == '-') {
            len = 2;
            while (i + len < n && text[i + len] == '-')
                len++;
        } else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') {
            len = 3;
        } else if (c == '-' && i + 1 < n && is_wordch((unsigned char)text[i + 1]) && !space) {
            /* "U.S.-" + "backed" after a word ending in a period */
            dy_token *t = push_tok(&v, (uint32_t)i, 1, TK_PUNCT, TF_HYPHEN);
            if (!t)
                return -1;
            i++;
            continue;
        } else if (c >= 0x80) {
            len = 1;
        }
        if (!push_tok(&v, (uint32_t)i, (uint32_t)len, kind, space))
            return -1;
        i += len;
        space = 0;
    }
    if (v.oom)
        return -1;
    *out = v.p;
    return (long)v.n;
}

/* ==== sentence splitting ========================================================= */

/* Words that open a sentence after an acronym such as "U.S." ends one. */
static const char *const starters[] = {
    "a", "after", "all", "an", "and", "as", "at", "before", "both", "but", "earlier", "for", "he",
    "her", "his", "however", "i", "if", "in", "it", "its", "last", "later", "many", "meanwhile",
    "most", "no", "officials", "on", "one", "or", "our", "she", "so", "some", "still", "that",
    "the", "their", "there", "these", "they", "this", "those", "two", "we", "when", "while", "yet",
    "you",
};

static int sorted(const char *const *list, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return 0;
    return 1;
}

int dy_text_tables_sorted(void)
{
    return sorted(abbrevs, DY_ARRAY_LEN(abbrevs)) && sorted(title_abbrevs, DY_ARRAY_LEN(title_abbrevs)) &&
           sorted(starters, DY_ARRAY_LEN(starters));
}

static int tok_is(const char *text, const dy_token *t, char c)
{
    return t->len == 1 && text[t->off] == c;
}

size_t dy_split_sentences(const char *text, dy_token *toks, size_t ntok)
{
    size_t count = 0;
    for (size_t i = 0; i < ntok; i++) {
        dy_token *t = &toks[i];
        int end = 0;
        if (t->kind == TK_PUNCT && (tok_is(text, t, '.') || tok_is(text, t, '!') || tok_is(text, t, '?'))) {
            end = 1;
        } else if ((t->flags & TF_ABBR) && i + 1 < ntok) {
            const dy_token *nx = &toks[i + 1];
            size_t kl = t->keylen ? t->keylen - 1 : 0;
            int title = t->key && in_list(title_abbrevs, DY_ARRAY_LEN(title_abbrevs), t->key, kl);
            if (!title && (nx->flags & TF_CAP) && (nx->flags & TF_SPACE) && nx->key &&
                in_list(starters, DY_ARRAY_LEN(starters), nx->key, nx->keylen))
                end = 1;
        }
        if (!end)
            continue;
        /* Closing quotes and brackets right after the stop belong to this sentence. */
        while (i + 1 < ntok && !(toks[i + 1].flags & TF_SPACE) &&
               (toks[i + 1].kind == TK_QUOTE || tok_is(text, &toks[i + 1], ')')))
            i++;
        toks[i].flags |= TF_SENT_END;
        count++;
    }
    if (ntok && !(toks[ntok - 1].flags & TF_SENT_END)) {
        toks[ntok - 1].flags |= TF_SENT_END;
        count++;
    }
    return count;
}
