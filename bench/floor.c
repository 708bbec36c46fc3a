/*
 * floor.c - the benchmark's floor (bench/README.md).
 *
 * The least a coder has to do with the same input: read the JSON Lines, find
 * each record's "text" string (a minimal hand-written scan, escapes decoded),
 * split it into words (ASCII letters, digits, apostrophes and hyphens; every
 * byte of a UTF-8 sequence counts as a letter), lower-case each word and look
 * it up in a hash set (open addressing) of the dictionary vocabulary: every
 * distinct lower-cased word of the dictionary source files (every .txt file under
 * DIR, comment lines left out), read at start-up and not counted in the scan time.
 *
 *   dyad-floor --vocab DIR [FILE|-]
 *
 * Prints one line: records, sentences (approximate: . ! ? before a space or the
 * end), words, words found in the vocabulary, bytes, the vocabulary and its load
 * time, and the scan time (reading, scanning and looking up; not the loading), on
 * the wall clock and in CPU time.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define MAX_WORD 255 /* longer words are counted but never in the vocabulary */
#define MAX_DEPTH 16
#define CHUNK (1u << 20)

/* ==== byte classes ==================================================================== */

static unsigned char is_word[256], lower[256];

static void classes_init(void)
{
    for (int c = 0; c < 256; c++) {
        lower[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        is_word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
                     c == '-' || c >= 0x80;
    }
}

static double clock_s(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double now(void)
{
    return clock_s(CLOCK_MONOTONIC);
}

static double cpu_now(void)
{
    return clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("dyad-floor: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

/* ==== the vocabulary: an open-addressing hash set ========================================
   Slots hold a 32-bit hash and the word's offset in an arena of (length byte, bytes);
   offset 0 (the arena's first byte is a dummy) marks an empty slot. */

typedef struct slot {
    uint32_t hash, off;
} slot;

typedef struct vocab {
    slot *slots;
    uint32_t mask;
    size_t count;
    unsigned char *arena;
    size_t alen, acap;
} vocab;

static uint32_t hash_fin(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    return h;
}

static void vocab_init(vocab *v)
{
    memset(v, 0, sizeof *v);
    v->mask = (1u << 12) - 1;
    v->slots = calloc((size_t)v->mask + 1, sizeof *v->slots);
    v->acap = 1u << 16;
    v->arena = malloc(v->acap);
    if (!v->slots || !v->arena) {
        fputs("dyad-floor: out of memory\n", stderr);
        exit(2);
    }
    v->alen = 1;
}

static void vocab_free(vocab *v)
{
    free(v->slots);
    free(v->arena);
    memset(v, 0, sizeof *v);
}

static int vocab_has(const vocab *v, const unsigned char *w, size_t len, uint32_t h)
{
    for (uint32_t i = h & v->mask;; i = (i + 1) & v->mask) {
        const slot *s = &v->slots[i];
        if (!s->off)
            return 0;
        if (s->hash == h && v->arena[s->off] == len && !memcmp(v->arena + s->off + 1, w, len))
            return 1;
    }
}

static void vocab_grow(vocab *v)
{
    uint32_t nmask = v->mask * 2 + 1;
    slot *ns = calloc((size_t)nmask + 1, sizeof *ns);
    if (!ns) {
        fputs("dyad-floor: out of memory\n", stderr);
        exit(2);
    }
    for (uint32_t i = 0; i <= v->mask; i++) {
        if (!v->slots[i].off)
            continue;
        uint32_t j = v->slots[i].hash & nmask;
        while (ns[j].off)
            j = (j + 1) & nmask;
        ns[j] = v->slots[i];
    }
    free(v->slots);
    v->slots = ns;
    v->mask = nmask;
}

static void vocab_add(vocab *v, const unsigned char *w, size_t len, uint32_t h)
{
    if (vocab_has(v, w, len, h))
        return;
    if ((v->count + 1) * 2 > (size_t)v->mask + 1) /* load factor at most 1/2 */
        vocab_grow(v);
    if (v->alen + len + 1 > v->acap) {
        while (v->alen + len + 1 > v->acap)
            v->acap *= 2;
        v->arena = xrealloc(v->arena, v->acap);
    }
    uint32_t off = (uint32_t)v->alen;
    v->arena[v->alen++] = (unsigned char)len;
    memcpy(v->arena + v->alen, w, len);
    v->alen += len;
    uint32_t i = h & v->mask;
    while (v->slots[i].off)
        i = (i + 1) & v->mask;
    v->slots[i].hash = h;
    v->slots[i].off = off;
    v->count++;
}

/* ==== words ============================================================================= */

typedef struct counts {
    size_t records, bad, sentences, words, hits, bytes;
} counts;

/* Splits text into words and looks each up (or, with add, puts it in the set). */
static void words(vocab *v, const unsigned char *p, size_t n, counts *c, int add)
{
    unsigned char w[MAX_WORD];
    size_t i = 0;
    while (i < n) {
        while (i < n && !is_word[p[i]])
            i++;
        if (i == n)
            break;
        uint32_t h = 2166136261u;
        size_t len = 0;
        for (; i < n && is_word[p[i]]; i++, len++) {
            unsigned char l = lower[p[i]];
            h = (h ^ l) * 16777619u;
            if (len < MAX_WORD)
                w[len] = l;
        }
        h = hash_fin(h);
        if (add) {
            if (len <= MAX_WORD)
                vocab_add(v, w, len, h);
        } else {
            c->words++;
            if (len <= MAX_WORD && vocab_has(v, w, len, h))
                c->hits++;
        }
    }
}

/* ==== loading the vocabulary ================================================================ */

static int read_file(const char *path, unsigned char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1u << 16, n = 0;
    unsigned char *b = xrealloc(NULL, cap);
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            b = xrealloc(b, cap *= 2);
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(b);
        return -1;
    }
    *buf = b;
    *len = n;
    return 0;
}

static int load_file(vocab *v, const char *path)
{
    unsigned char *b;
    size_t n;
    if (read_file(path, &b, &n)) {
        fprintf(stderr, "dyad-floor: %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && b[e] != '\n')
            e++;
        size_t s = i;
        while (s < e && (b[s] == ' ' || b[s] == '\t'))
            s++;
        if (s < e && b[s] != '#')
            words(v, b + s, e - s, NULL, 1);
        i = e + 1;
    }
    free(b);
    return 0;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

/* Every *.txt under dir, recursively. */
static int load_dir(vocab *v, const char *dir, int depth, size_t *files)
{
    if (depth > MAX_DEPTH)
        return 0;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "dyad-floor: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = xrealloc(NULL, n);
        snprintf(path, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = load_dir(v, path, depth + 1, files);
            else if (S_ISREG(st.st_mode) && ends_with(e->d_name, ".txt")) {
                rc = load_file(v, path);
                (*files)++;
            }
        }
        free(path);
    }
    closedir(d);
    return rc;
}

/* ==== the JSON scan ========================================================================== */

static const unsigned char *ws(const unsigned char *p, const unsigned char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

/* p at the opening quote: returns the byte after the closing quote, or NULL. */
static const unsigned char *skip_string(const unsigned char *p, const unsigned char *e)
{
    for (p++; p < e; p++) {
        if (*p == '"')
            return p + 1;
        if (*p == '\\')
            p++;
    }
    return NULL;
}

/* Any value other than a string at the top level: brackets counted, strings skipped. */
static const unsigned char *skip_value(const unsigned char *p, const unsigned char *e)
{
    if (p < e && *p == '"')
        return skip_string(p, e);
    int depth = 0;
    while (p < e) {
        unsigned char c = *p;
        if (c == '"') {
            if (!(p = skip_string(p, e)))
                return NULL;
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                return p;
            depth--;
        } else if (c == ',' && depth == 0)
            return p;
        p++;
    }
    return depth ? NULL : p;
}

static int hex4(const unsigned char *p, const unsigned char *e, uint32_t *v)
{
    if (e - p < 4)
        return -1;
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = p[i];
        x <<= 4;
        if (c >= '0' && c <= '9')
            x |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            x |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            x |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *v = x;
    return 0;
}

static unsigned char *put_utf8(unsigned char *o, uint32_t u)
{
    if (u < 0x80)
        *o++ = (unsigned char)u;
    else if (u < 0x800) {
        *o++ = (unsigned char)(0xC0 | (u >> 6));
        *o++ = (unsigned char)(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        *o++ = (unsigned char)(0xE0 | (u >> 12));
        *o++ = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (u & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | (u >> 18));
        *o++ = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
        *o++ = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (u & 0x3F));
    }
    return o;
}

/* Decodes the string at p (its opening quote) into out (room for e - p bytes);
   returns its length, or -1 when it is not a well-formed string. */
static long decode_string(const unsigned char *p, const unsigned char *e, unsigned char *out)
{
    unsigned char *o = out;
    for (p++; p < e; p++) {
        unsigned char c = *p;
        if (c == '"')
            return (long)(o - out);
        if (c != '\\') {
            *o++ = c;
            continue;
        }
        if (++p == e)
            return -1;
        switch (*p) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            uint32_t u, lo;
            if (hex4(p + 1, e, &u))
                return -1;
            p += 4;
            if (u >= 0xD800 && u < 0xDC00 && e - p > 6 && p[1] == '\\' && p[2] == 'u' && !hex4(p + 3, e, &lo) &&
                lo >= 0xDC00 && lo < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            } else if (u >= 0xD800 && u < 0xE000)
                u = 0xFFFD;
            o = put_utf8(o, u);
            break;
        }
        default: return -1;
        }
    }
    return -1;
}

/* One record: finds the top-level "text" member and processes its words. */
static void record(vocab *v, const unsigned char *p, size_t n, unsigned char **tbuf, size_t *tcap, counts *c)
{
    const unsigned char *e = p + n;
    p = ws(p, e);
    if (p == e)
        return; /* a blank line */
    c->records++;
    if (*p != '{') {
        c->bad++;
        return;
    }
    p++;
    for (;;) {
        p = ws(p, e);
        if (p == e || *p != '"')
            break;
        const unsigned char *k = p + 1;
        if (!(p = skip_string(p, e)))
            break;
        int is_text = p - k == 5 && !memcmp(k, "text", 4);
        p = ws(p, e);
        if (p == e || *p != ':')
            break;
        p = ws(p + 1, e);
        if (is_text && p < e && *p == '"') {
            if (*tcap < n) {
                *tcap = n;
                *tbuf = xrealloc(*tbuf, *tcap);
            }
            long len = decode_string(p, e, *tbuf);
            if (len < 0)
                break;
            const unsigned char *t = *tbuf;
            size_t sent = 0;
            for (long i = 0; i < len; i++)
                if ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
                    (i + 1 == len || t[i + 1] == ' ' || t[i + 1] == '\n' || t[i + 1] == '\t' || t[i + 1] == '\r'))
                    sent++;
            size_t w0 = c->words;
            words(v, t, (size_t)len, c, 0);
            if (sent == 0 && c->words > w0)
                sent = 1;
            c->sentences += sent;
            return;
        }
        if (!(p = skip_value(p, e)))
            break;
        p = ws(p, e);
        if (p < e && *p == ',') {
            p++;
            continue;
        }
        break;
    }
    c->bad++; /* no "text" string */
}

/* ==== input: large reads, lines found with memchr ============================================ */

static int scan(FILE *in, vocab *v, counts *c)
{
    size_t cap = CHUNK, start = 0, end = 0, tcap = 0;
    unsigned char *buf = xrealloc(NULL, cap), *tbuf = NULL;
    int eof = 0;
    for (;;) {
        unsigned char *nl = memchr(buf + start, '\n', end - start);
        if (nl) {
            size_t len = (size_t)(nl - (buf + start));
            record(v, buf + start, len, &tbuf, &tcap, c);
            start += len + 1;
            continue;
        }
        if (eof) {
            if (end > start)
                record(v, buf + start, end - start, &tbuf, &tcap, c);
            break;
        }
        if (start > 0) {
            memmove(buf, buf + start, end - start);
            end -= start;
            start = 0;
        }
        if (end == cap)
            buf = xrealloc(buf, cap *= 2);
        size_t r = fread(buf + end, 1, cap - end, in);
        c->bytes += r;
        end += r;
        if (r == 0)
            eof = 1;
    }
    int err = ferror(in);
    free(buf);
    free(tbuf);
    return err ? -1 : 0;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *file = "-";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--vocab") && i + 1 < argc)
            dir = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "usage: dyad-floor --vocab DIR [FILE|-]\n");
            return 2;
        } else
            file = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: dyad-floor --vocab DIR [FILE|-]\n");
        return 2;
    }
    classes_init();

    double t0 = now();
    vocab v;
    vocab_init(&v);
    size_t files = 0;
    if (load_dir(&v, dir, 0, &files)) {
        vocab_free(&v);
        return 2;
    }
    double t1 = now();

    FILE *in = stdin;
    if (strcmp(file, "-") && !(in = fopen(file, "rb"))) {
        fprintf(stderr, "dyad-floor: %s: %s\n", file, strerror(errno));
        vocab_free(&v);
        return 2;
    }
    counts c;
    memset(&c, 0, sizeof c);
    double t2 = now(), u2 = cpu_now();
    int rc = scan(in, &v, &c);
    double t3 = now(), u3 = cpu_now();
    if (in != stdin)
        fclose(in);
    if (rc)
        fprintf(stderr, "dyad-floor: %s: read error\n", file);

    printf("floor: %zu records (%zu without a text), %zu sentences (approx.), %zu words, %zu in the vocabulary; "
           "%zu bytes; vocabulary %zu words from %zu files, loaded in %.3f ms; scan %.6f s (CPU %.6f s)\n",
           c.records, c.bad, c.sentences, c.words, c.hits, c.bytes, v.count, files, (t1 - t0) * 1e3, t3 - t2,
           u3 - u2);
    vocab_free(&v);
    return rc ? 2 : 0;
}
