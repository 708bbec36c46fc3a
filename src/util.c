/*
 * util.c - arena, buffers, vectors and date arithmetic.
 */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ==== arena ================================================================ */

struct dy_arena_chunk {
    dy_arena_chunk *next;
    size_t size;
    _Alignas(16) unsigned char data[];
};

#define ARENA_CHUNK 65536

void dy_arena_init(dy_arena *a) { memset(a, 0, sizeof *a); }

void *dy_arena_alloc(dy_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    if (!a->head || a->used + n > a->head->size) {
        /* Reuse the next chunk of a previous story when it is big enough. */
        dy_arena_chunk *c = a->head ? a->head->next : a->first;
        if (c && c->size >= n) {
            a->head = c;
        } else {
            size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
            dy_arena_chunk *nc = malloc(sizeof *nc + size);
            if (!nc) {
                a->oom = 1;
                return NULL;
            }
            nc->size = size;
            if (!a->head) {
                /* First chunk ever, or the kept first chunk was too small. */
                nc->next = a->first;
                a->first = nc;
            } else {
                nc->next = a->head->next;
                a->head->next = nc;
            }
            a->head = nc;
        }
        a->used = 0;
    }
    void *p = a->head->data + a->used;
    a->used += n;
    a->total += n;
    return p;
}

void *dy_arena_zalloc(dy_arena *a, size_t n)
{
    void *p = dy_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *dy_arena_strndup(dy_arena *a, const char *s, size_t n)
{
    char *p = dy_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void dy_arena_reset(dy_arena *a)
{
    /* Big one-off chunks (a 50 MB story) are released so memory stays bounded. */
    dy_arena_chunk **pp = &a->first;
    size_t kept = 0;
    while (*pp) {
        dy_arena_chunk *c = *pp;
        if (kept + c->size > 8u * ARENA_CHUNK) {
            *pp = c->next;
            free(c);
        } else {
            kept += c->size;
            pp = &c->next;
        }
    }
    a->head = NULL;
    a->used = 0;
    a->total = 0;
    a->oom = 0;
}

void dy_arena_free(dy_arena *a)
{
    dy_arena_chunk *c = a->first;
    while (c) {
        dy_arena_chunk *n = c->next;
        free(c);
        c = n;
    }
    memset(a, 0, sizeof *a);
}

/* ==== buf =================================================================== */

void dy_buf_init(dy_buf *b) { memset(b, 0, sizeof *b); }

void dy_buf_free(dy_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

int dy_buf_reserve(dy_buf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

void dy_buf_add(dy_buf *b, const void *s, size_t n)
{
    if (dy_buf_reserve(b, n))
        return;
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

void dy_buf_addc(dy_buf *b, char c)
{
    if (b->len + 2 <= b->cap) {
        b->p[b->len++] = c;
        b->p[b->len] = 0;
        return;
    }
    dy_buf_add(b, &c, 1);
}

void dy_buf_adds(dy_buf *b, const char *s) { dy_buf_add(b, s, strlen(s)); }

void dy_buf_printf(dy_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        dy_buf_add(b, tmp, (size_t)n);
        return;
    }
    if (dy_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void dy_buf_clear(dy_buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = 0;
}

/* ==== vec =================================================================== */

void dy_vec_init(dy_vec *v, size_t item_size)
{
    memset(v, 0, sizeof *v);
    v->item = item_size;
}

void dy_vec_free(dy_vec *v)
{
    free(v->p);
    size_t item = v->item;
    memset(v, 0, sizeof *v);
    v->item = item;
}

int dy_vec_resize(dy_vec *v, size_t n)
{
    if (v->oom)
        return -1;
    if (n > v->cap) {
        size_t cap = v->cap ? v->cap : 16;
        while (cap < n)
            cap *= 2;
        void *p = realloc(v->p, cap * v->item);
        if (!p) {
            v->oom = 1;
            return -1;
        }
        memset((char *)p + v->cap * v->item, 0, (cap - v->cap) * v->item);
        v->p = p;
        v->cap = cap;
    }
    v->n = n;
    return 0;
}

void *dy_vec_push(dy_vec *v)
{
    if (dy_vec_resize(v, v->n + 1))
        return NULL;
    void *p = (char *)v->p + (v->n - 1) * v->item;
    memset(p, 0, v->item);
    return p;
}

/* ==== strings =============================================================== */

int dy_strncaseeq(const char *a, size_t an, const char *b)
{
    size_t i = 0;
    for (; i < an; i++) {
        if (!b[i] || dy_lower(a[i]) != dy_lower(b[i]))
            return 0;
    }
    return b[i] == 0;
}

/* ==== dates ================================================================= */

/* Howard Hinnant's days_from_civil algorithm (public domain description). */
int32_t dy_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

void dy_civil_from_days(int32_t z, int *yy, int *mm, int *dd)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    *yy = y + (m <= 2);
    *mm = (int)m;
    *dd = (int)d;
}

int dy_valid_ymd(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int md = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        md = 29;
    return d <= md;
}

int32_t dy_parse_iso_date(const char *s, size_t n)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    int v[8], k = 0;
    for (size_t i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (!dy_is_digit(s[i]))
            return 0;
        v[k++] = s[i] - '0';
    }
    int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    int m = v[4] * 10 + v[5];
    int d = v[6] * 10 + v[7];
    if (!dy_valid_ymd(y, m, d))
        return 0;
    return y * 10000 + m * 100 + d;
}

int32_t dy_ymd_to_days(int32_t ymd) { return dy_days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100); }

int32_t dy_days_to_ymd(int32_t days)
{
    int y, m, d;
    dy_civil_from_days(days, &y, &m, &d);
    return y * 10000 + m * 100 + d;
}

int dy_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    int w = (int)((days % 7 + 7) % 7);
    return (w + 3) % 7;
}
