/*
 * util.h - small building blocks shared by every stage: an arena for per-story
 * memory, a growable byte buffer, growable arrays and string hashing.
 *
 * Nothing here aborts on out-of-memory: the arena and buffer keep a sticky
 * `oom` flag that the caller checks once at a boundary (one story, one file).
 */
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define DY_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define DY_MIN(a, b) ((a) < (b) ? (a) : (b))
#define DY_MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define DY_WARN_UNUSED __attribute__((warn_unused_result))
#define DY_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define DY_PREFETCH(p) __builtin_prefetch(p) /* a hint: no effect on results */
#else
#define DY_WARN_UNUSED
#define DY_PRINTF(f, a)
#define DY_PREFETCH(p) ((void)(p))
#endif

/* ---- arena: bump allocation, freed all at once ---------------------------- */

typedef struct dy_arena_chunk dy_arena_chunk;
typedef struct dy_arena {
    dy_arena_chunk *head;  /* current chunk */
    dy_arena_chunk *first; /* kept across resets */
    size_t used;           /* bytes used in head */
    size_t total;          /* bytes handed out since the last reset */
    int oom;               /* sticky: an allocation failed */
} dy_arena;

void dy_arena_init(dy_arena *a);
/* Returns NULL (and sets a->oom) when memory runs out. Memory is 16-byte aligned. */
void *dy_arena_alloc(dy_arena *a, size_t n);
void *dy_arena_zalloc(dy_arena *a, size_t n);
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n);
/* Keeps the first chunk so a steady stream of stories allocates nothing. */
void dy_arena_reset(dy_arena *a);
void dy_arena_free(dy_arena *a);

/* ---- buf: growable bytes, always NUL-terminated ---------------------------- */

typedef struct dy_buf {
    char *p;
    size_t len, cap;
    int oom; /* sticky */
} dy_buf;

void dy_buf_init(dy_buf *b);
void dy_buf_free(dy_buf *b);
int dy_buf_reserve(dy_buf *b, size_t extra);
void dy_buf_add(dy_buf *b, const void *s, size_t n);
void dy_buf_addc(dy_buf *b, char c);
void dy_buf_adds(dy_buf *b, const char *s);
void dy_buf_printf(dy_buf *b, const char *fmt, ...) DY_PRINTF(2, 3);
void dy_buf_clear(dy_buf *b);

/* ---- vec: growable array of fixed-size items ------------------------------ */

typedef struct dy_vec {
    void *p;
    size_t n, cap, item;
    int oom;
} dy_vec;

void dy_vec_init(dy_vec *v, size_t item_size);
void dy_vec_free(dy_vec *v);
/* Returns a pointer to the new zeroed item, or NULL on OOM (sticky). */
void *dy_vec_push(dy_vec *v);
int dy_vec_resize(dy_vec *v, size_t n);
#define DY_VEC_AT(v, T, i) (((T *)(v)->p)[i])

/* ---- hashing -------------------------------------------------------------- */

static inline uint64_t dy_hash(const void *data, size_t n)
{
    /* FNV-1a, then a final mix so that low bits are usable as a table index. */
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* Eight bytes at a time (SWAR): nonzero when one of the bytes of x is 0. */
static inline uint64_t dy_swar_zero(uint64_t x)
{
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* Nonzero when a byte of x is not printable ASCII (a control, DEL or a byte of
   0x80 or more). */
static inline uint64_t dy_swar_unprintable(uint64_t x)
{
    const uint64_t high = 0x8080808080808080ull;
    return (x & high) | dy_swar_zero(x & ~high & 0x6060606060606060ull) | dy_swar_zero(x ^ 0x7f7f7f7f7f7f7f7full);
}

static inline uint64_t dy_hash_u64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* s equals, or starts with, a string literal: the literal's length is known, so
   these compile to a few inlined byte compares where strcmp is a call (the rules
   test event and actor codes against literals a few hundred times a sentence).
   Reading stops at the first byte that differs, so never past the end of s. */
static inline int dy_bytes_eq(const char *s, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != lit[i])
            return 0;
    return 1;
}
#define streq(s, lit) dy_bytes_eq((s), "" lit, sizeof(lit))
#define starts_with(s, lit) dy_bytes_eq((s), "" lit, sizeof(lit) - 1)

/* ASCII lower-case helpers; non-ASCII bytes are left as they are. */
static inline char dy_lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }
static inline char dy_upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }
static inline int dy_is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int dy_is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int dy_is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static inline int dy_is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int dy_strncaseeq(const char *a, size_t an, const char *b); /* a[0..an) == b, ignoring ASCII case */

/* Copies a string into dst[cap], truncating; always terminates (cap > 0). */
static inline void dy_strlcpy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

/* strcasecmp for ASCII, independent of the locale. */
static inline int strcasecmp_ascii(const char *a, const char *b)
{
    for (;; a++, b++) {
        char x = dy_lower(*a), y = dy_lower(*b);
        if (x != y || !x)
            return (unsigned char)x - (unsigned char)y;
    }
}

/* ---- dates ------------------------------------------------------------------ */

/* Days since 1970-01-01 for a proleptic Gregorian date; no validation. */
int32_t dy_days_from_civil(int y, int m, int d);
void dy_civil_from_days(int32_t z, int *y, int *m, int *d);
/* Parses "YYYY-MM-DD" (exactly) into a YYYYMMDD integer; returns 0 if invalid. */
int32_t dy_parse_iso_date(const char *s, size_t n);
int dy_valid_ymd(int y, int m, int d);
/* YYYYMMDD <-> days */
int32_t dy_ymd_to_days(int32_t ymd);
int32_t dy_days_to_ymd(int32_t days);
/* 0 = Monday .. 6 = Sunday */
int dy_weekday(int32_t days);

#endif
