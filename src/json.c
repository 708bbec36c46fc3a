/*
 * json.c - reading story records and writing JSON strings (see json.h).
 */
#include "json.h"

#include <stdio.h>

typedef struct jp {
    const char *s;
    size_t n, i;
    char *err;
    size_t errlen;
} jp;

static int fail(jp *p, const char *what)
{
    if (p->err && p->errlen)
        snprintf(p->err, p->errlen, "byte %zu: %s", p->i + 1, what);
    return -1;
}

static void ws(jp *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
        p->i++;
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int hex4(jp *p, size_t at, unsigned *out)
{
    if (at + 4 > p->n)
        return -1;
    unsigned v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hexval(p->s[at + k]);
        if (h < 0)
            return -1;
        v = v * 16 + (unsigned)h;
    }
    *out = v;
    return 0;
}

static void put_cp(dy_buf *b, unsigned c)
{
    char u[4];
    size_t k;
    if (c < 0x80) {
        u[0] = (char)c;
        k = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        k = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        k = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        k = 4;
    }
    dy_buf_add(b, u, k);
}

/* The end of the run of bytes from i that are neither '"' nor '\\': eight at a
   time (a zero byte of w ^ the character marks it), then one at a time. */
static size_t plain_run(const char *s, size_t i, size_t n)
{
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (dy_swar_zero(w ^ 0x2222222222222222ull) | dy_swar_zero(w ^ 0x5c5c5c5c5c5c5c5cull))
            break;
        i += 8;
    }
    while (i < n && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}

/* Reads a string at p->i (which is at the opening quote). With `out`, the
   unescaped bytes are appended to it; without, the string is only checked. */
static int read_string(jp *p, dy_buf *out)
{
    p->i++; /* opening quote */
    for (;;) {
        size_t st = p->i, i = st, n = p->n;
        const char *str = p->s;
        i = plain_run(str, i, n);
        p->i = i;
        if (out && p->i > st)
            dy_buf_add(out, p->s + st, p->i - st);
        if (p->i >= p->n)
            return fail(p, "unterminated string");
        if (p->s[p->i] == '"') {
            p->i++;
            return 0;
        }
        /* backslash escape */
        if (p->i + 1 >= p->n)
            return fail(p, "unterminated string");
        char e = p->s[p->i + 1];
        const char *rep = NULL;
        switch (e) {
        case '"': rep = "\""; break;
        case '\\': rep = "\\"; break;
        case '/': rep = "/"; break;
        case 'b': rep = " "; break;
        case 'f': rep = " "; break;
        case 'n': rep = "\n"; break;
        case 'r': rep = "\n"; break;
        case 't': rep = " "; break;
        case 'u': {
            unsigned c;
            if (hex4(p, p->i + 2, &c))
                return fail(p, "bad \\u escape");
            p->i += 6;
            if (c >= 0xD800 && c <= 0xDBFF) {
                unsigned lo;
                if (p->i + 1 < p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u' && !hex4(p, p->i + 2, &lo) &&
                    lo >= 0xDC00 && lo <= 0xDFFF) {
                    p->i += 6;
                    c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                } else
                    c = 0xFFFD; /* a lone surrogate */
            } else if (c >= 0xDC00 && c <= 0xDFFF)
                c = 0xFFFD;
            if (out) {
                if (c == 0)
                    dy_buf_addc(out, ' '); /* \u0000: never let a NUL into the text */
                else
                    put_cp(out, c);
            }
            continue;
        }
        default:
            return fail(p, "bad escape in string");
        }
        if (out)
            dy_buf_add(out, rep, 1);
        p->i += 2;
    }
}

static int read_scalar(jp *p)
{
    const char *s = p->s;
    size_t i = p->i;
    if (i < p->n && (s[i] == 't' || s[i] == 'f' || s[i] == 'n')) {
        const char *lit = s[i] == 't' ? "true" : s[i] == 'f' ? "false" : "null";
        size_t k = strlen(lit);
        if (i + k > p->n || memcmp(s + i, lit, k) != 0)
            return fail(p, "unexpected word (expected true, false or null)");
        p->i += k;
        return 0;
    }
    if (i < p->n && s[i] == '-')
        i++;
    size_t d0 = i;
    while (i < p->n && dy_is_digit(s[i]))
        i++;
    if (i == d0)
        return fail(p, "unexpected character");
    if (i < p->n && s[i] == '.') {
        i++;
        size_t f0 = i;
        while (i < p->n && dy_is_digit(s[i]))
            i++;
        if (i == f0)
            return fail(p, "bad number");
    }
    if (i < p->n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < p->n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t e0 = i;
        while (i < p->n && dy_is_digit(s[i]))
            i++;
        if (i == e0)
            return fail(p, "bad number");
    }
    p->i = i;
    return 0;
}

/* Expects a member name and its colon; the name is checked, not kept. */
static int member_name(jp *p)
{
    ws(p);
    if (p->i >= p->n || p->s[p->i] != '"')
        return fail(p, "expected a member name in quotes");
    if (read_string(p, NULL))
        return -1;
    ws(p);
    if (p->i >= p->n || p->s[p->i] != ':')
        return fail(p, "expected ':' after a member name");
    p->i++;
    return 0;
}

/* Skips any JSON value, iteratively, with a depth limit. */
static int skip_value(jp *p)
{
    char stack[DY_JSON_MAX_DEPTH];
    int depth = 0;
    for (;;) {
        ws(p);
        if (p->i >= p->n)
            return fail(p, "unexpected end of line");
        char c = p->s[p->i];
        int closed = 0;
        if (c == '{' || c == '[') {
            if (depth == DY_JSON_MAX_DEPTH)
                return fail(p, "nested deeper than 256 levels");
            stack[depth++] = c;
            p->i++;
            ws(p);
            if (p->i < p->n && p->s[p->i] == (c == '{' ? '}' : ']')) {
                p->i++;
                depth--;
                closed = 1;
            } else if (c == '{') {
                if (member_name(p))
                    return -1;
                continue;
            } else
                continue;
        } else if (c == '"') {
            if (read_string(p, NULL))
                return -1;
            closed = 1;
        } else {
            if (read_scalar(p))
                return -1;
            closed = 1;
        }
        /* after a complete value: close brackets or move to the next item */
        while (closed) {
            if (depth == 0)
                return 0;
            ws(p);
            if (p->i >= p->n)
                return fail(p, "unexpected end of line");
            char d = p->s[p->i];
            char want = stack[depth - 1] == '{' ? '}' : ']';
            if (d == ',') {
                p->i++;
                if (stack[depth - 1] == '{' && member_name(p))
                    return -1;
                closed = 0;
            } else if (d == want) {
                p->i++;
                depth--;
            } else
                return fail(p, stack[depth - 1] == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
}

static int key_is(const char *s, size_t n, const char *k) { return strlen(k) == n && memcmp(s, k, n) == 0; }

int dy_json_story(const char *line, size_t len, dyad_story *out, dy_buf *scratch, char *err, size_t errlen)
{
    jp p = {line, len, 0, err, errlen};
    memset(out, 0, sizeof *out);
    dy_buf_clear(scratch);
    size_t id_off = 0, id_len = 0, text_off = 0, text_len = 0;
    int have_id = 0, have_text = 0;
    ws(&p);
    if (p.i >= p.n || line[p.i] != '{')
        return fail(&p, "expected '{' at the start of a story record");
    p.i++;
    ws(&p);
    if (p.i < p.n && line[p.i] == '}') {
        p.i++;
    } else {
        for (;;) {
            ws(&p);
            if (p.i >= p.n || line[p.i] != '"')
                return fail(&p, "expected a member name in quotes");
            /* member names: compared raw; names with escapes are never ours */
            size_t k0 = p.i + 1;
            if (read_string(&p, NULL))
                return -1;
            size_t kn = p.i - 1 - k0;
            const char *k = line + k0;
            ws(&p);
            if (p.i >= p.n || line[p.i] != ':')
                return fail(&p, "expected ':' after a member name");
            p.i++;
            ws(&p);
            if (p.i >= p.n)
                return fail(&p, "unexpected end of line");
            char c = line[p.i];
            if (key_is(k, kn, "text")) {
                if (c != '"')
                    return fail(&p, c == 'n' ? "\"text\" is null" : "\"text\" is not a string");
                text_off = scratch->len;
                if (read_string(&p, scratch))
                    return -1;
                text_len = scratch->len - text_off;
                have_text = 1;
            } else if (key_is(k, kn, "id")) {
                id_off = scratch->len;
                if (c == '"') {
                    if (read_string(&p, scratch))
                        return -1;
                } else if (c == '-' || dy_is_digit(c)) {
                    size_t s0 = p.i;
                    if (read_scalar(&p))
                        return -1;
                    dy_buf_add(scratch, line + s0, p.i - s0);
                } else if (c == 'n') {
                    if (read_scalar(&p))
                        return -1;
                } else
                    return fail(&p, "\"id\" is not a string or a number");
                id_len = scratch->len - id_off;
                have_id = id_len > 0;
            } else if (key_is(k, kn, "date")) {
                if (c == 'n') {
                    if (read_scalar(&p))
                        return -1;
                } else {
                    if (c != '"')
                        return fail(&p, "\"date\" is not a string (expected \"YYYY-MM-DD\")");
                    size_t d0 = scratch->len;
                    if (read_string(&p, scratch))
                        return -1;
                    size_t dn = scratch->len - d0;
                    /* an empty date leaves scratch unallocated: no pointer arithmetic on NULL */
                    const char *ds = scratch->p ? scratch->p + d0 : "";
                    int32_t v = 0;
                    if (dn >= 10 && (dn == 10 || ds[10] == 'T' || ds[10] == ' '))
                        v = dy_parse_iso_date(ds, 10);
                    else if (dn == 8) {
                        char tmp[11] = {ds[0], ds[1], ds[2], ds[3], '-', ds[4], ds[5], '-', ds[6], ds[7], 0};
                        v = dy_parse_iso_date(tmp, 10);
                    }
                    scratch->len = d0;
                    if (!v) {
                        p.i--;
                        return fail(&p, "bad date (expected \"YYYY-MM-DD\")");
                    }
                    out->date = v;
                }
            } else if (skip_value(&p))
                return -1;
            ws(&p);
            if (p.i >= p.n)
                return fail(&p, "unexpected end of line (expected ',' or '}')");
            if (line[p.i] == ',') {
                p.i++;
                continue;
            }
            if (line[p.i] == '}') {
                p.i++;
                break;
            }
            return fail(&p, "expected ',' or '}'");
        }
    }
    ws(&p);
    if (p.i < p.n)
        return fail(&p, "text after the end of the record");
    if (scratch->oom) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (!have_text) {
        snprintf(err, errlen, "no \"text\" member");
        return -1;
    }
    if (!scratch->p)
        dy_buf_add(scratch, "", 0);
    out->text = scratch->p + text_off;
    out->text_len = text_len;
    if (have_id) {
        out->id = scratch->p + id_off;
        out->id_len = id_len;
    }
    return 0;
}

int dy_json_members(const char *line, size_t len, dy_json_member_fn fn, void *ctx, dy_buf *scratch, char *err,
                    size_t errlen)
{
    jp p = {line, len, 0, err, errlen};
    dy_buf_clear(scratch);
    ws(&p);
    if (p.i >= p.n || line[p.i] != '{')
        return fail(&p, "expected '{'");
    p.i++;
    ws(&p);
    if (p.i < p.n && line[p.i] == '}')
        return 0;
    for (;;) {
        ws(&p);
        if (p.i >= p.n || line[p.i] != '"')
            return fail(&p, "expected a member name in quotes");
        size_t k0 = p.i + 1;
        if (read_string(&p, NULL))
            return -1;
        size_t kn = p.i - 1 - k0;
        ws(&p);
        if (p.i >= p.n || line[p.i] != ':')
            return fail(&p, "expected ':'");
        p.i++;
        ws(&p);
        if (p.i >= p.n)
            return fail(&p, "unexpected end of line");
        char c = line[p.i];
        if (c == '"') {
            dy_buf_clear(scratch);
            if (read_string(&p, scratch))
                return -1;
            fn(ctx, line + k0, kn, scratch->p ? scratch->p : "", scratch->len, 1);
        } else if (c == '{' || c == '[') {
            if (skip_value(&p))
                return -1;
        } else {
            size_t s0 = p.i;
            if (read_scalar(&p))
                return -1;
            fn(ctx, line + k0, kn, line + s0, p.i - s0, 0);
        }
        ws(&p);
        if (p.i < p.n && line[p.i] == ',') {
            p.i++;
            continue;
        }
        if (p.i < p.n && line[p.i] == '}')
            return 0;
        return fail(&p, "expected ',' or '}'");
    }
}

int dy_json_looks_like(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        i = 3; /* byte-order mark */
    while (i < n && dy_is_space(s[i]))
        i++;
    return i < n && s[i] == '{';
}

/* ==== writing ==================================================================== */

/* Bytes that end a run copied as it is: those escaped, and non-ASCII (checked). */
static const unsigned char stop[256] = {
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};

/* 0: copy; 1: \uXXXX; other: the character after a backslash. */
static const unsigned char escape[128] = {
    1, 1, 1, 1, 1, 1, 1, 1, 'b', 't', 'n', 1, 'f', 'r', 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

/* Length of a valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k;
    unsigned min;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        k = 2;
        min = 0x80;
    } else if (c < 0xF0) {
        k = 3;
        min = 0x800;
    } else if (c < 0xF5) {
        k = 4;
        min = 0x10000;
    } else
        return 0;
    if (k > n)
        return 0;
    unsigned v = c & (0x3F >> (k - 1));
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return k;
}

/* Nonzero when a byte of the 8 at w is one a JSON string cannot hold as it is:
   a control, '"', '\\', DEL or non-ASCII (then checked as UTF-8). */
static uint64_t needs_care(uint64_t w)
{
    return dy_swar_unprintable(w) | dy_swar_zero(w ^ 0x2222222222222222ull) | dy_swar_zero(w ^ 0x5c5c5c5c5c5c5c5cull);
}

/* The escaped body of a string, without its quotes. */
static char *put_body(char *o, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* eight plain bytes at a time, then byte by byte to the next stop */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (needs_care(w))
                break;
            memcpy(o, &w, 8);
            o += 8;
            i += 8;
        }
        while (i < n && !stop[u[i]])
            *o++ = (char)u[i++];
        if (i >= n)
            break;
        if (u[i] < 0x80) {
            unsigned char e = escape[u[i]];
            if (e == 1) {
                static const char hex[] = "0123456789abcdef";
                memcpy(o, "\\u00", 4);
                o[4] = hex[u[i] >> 4];
                o[5] = hex[u[i] & 15];
                o += 6;
            } else {
                o[0] = '\\';
                o[1] = (char)e;
                o += 2;
            }
            i++;
            continue;
        }
        size_t k = utf8_len(u + i, n - i);
        if (k) {
            memcpy(o, u + i, k);
            o += k;
            i += k;
        } else {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        }
    }
    return o;
}

char *dy_json_put_str(char *o, const char *s, size_t n)
{
    *o++ = '"';
    o = put_body(o, s, n);
    *o++ = '"';
    return o;
}

void dy_json_str(dy_buf *b, const char *s, size_t n)
{
    /* at worst 6 bytes out per byte in (\u00XX): a long string goes in pieces
       cut between characters, so that the reservation stays small */
    enum { PIECE = 4096 };
    if (dy_buf_reserve(b, 2))
        return;
    b->p[b->len++] = '"';
    size_t i = 0;
    while (i < n) {
        size_t k = n - i <= PIECE ? n - i : PIECE;
        for (int back = 0; back < 3 && i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80; back++)
            k--;
        if (dy_buf_reserve(b, 6 * k + 1))
            return;
        b->len = (size_t)(put_body(b->p + b->len, s + i, k) - b->p);
        i += k;
    }
    b->p[b->len++] = '"';
    b->p[b->len] = 0;
}
