/*
 * pngstat.c - `dyad-pngstat FILE.png` prints "WIDTH HEIGHT COLOURS PERMILLE": the
 * image size, the number of distinct RGB colours (counted up to 65536) and the
 * share of pixels, in thousandths, that differ from the most common colour
 * (the background). The browser test uses it to tell a rendered page from a
 * blank one without python or zlib: this file has its own inflate.
 *
 * Only what Chromium writes is read: 8-bit RGB or RGBA, not interlaced.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== inflate (RFC 1951), after the structure of Mark Adler's puff ==================== */

typedef struct inf {
    const uint8_t *in;
    size_t inlen, pos;
    uint32_t bitbuf;
    int bitcnt, err;
    uint8_t *out;
    size_t outlen, outcap;
} inf;

typedef struct huff {
    short count[16];  /* codes of each length */
    short symbol[320];
} huff;

static int bits(inf *s, int need)
{
    uint32_t val = s->bitbuf;
    while (s->bitcnt < need) {
        if (s->pos >= s->inlen) {
            s->err = 1;
            return 0;
        }
        val |= (uint32_t)s->in[s->pos++] << s->bitcnt;
        s->bitcnt += 8;
    }
    s->bitbuf = val >> need;
    s->bitcnt -= need;
    return (int)(val & ((1u << need) - 1));
}

static void put(inf *s, uint8_t c)
{
    if (s->outlen >= s->outcap) {
        s->err = 1;
        return;
    }
    s->out[s->outlen++] = c;
}

static int stored(inf *s)
{
    s->bitbuf = 0;
    s->bitcnt = 0;
    if (s->pos + 4 > s->inlen)
        return -1;
    unsigned len = s->in[s->pos] | s->in[s->pos + 1] << 8;
    unsigned nlen = s->in[s->pos + 2] | s->in[s->pos + 3] << 8;
    s->pos += 4;
    if (len != (~nlen & 0xffff) || s->pos + len > s->inlen)
        return -1;
    while (len--)
        put(s, s->in[s->pos++]);
    return s->err ? -1 : 0;
}

static int decode(inf *s, const huff *h)
{
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= 15; len++) {
        code |= bits(s, 1);
        int count = h->count[len];
        if (code - count < first)
            return h->symbol[index + (code - first)];
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
        if (s->err)
            return -1;
    }
    return -1;
}

/* Returns 0 for a complete code, > 0 incomplete, < 0 over-subscribed. */
static int construct(huff *h, const short *length, int n)
{
    short offs[16];
    memset(h->count, 0, sizeof h->count);
    for (int sym = 0; sym < n; sym++)
        h->count[length[sym]]++;
    if (h->count[0] == n)
        return 0;
    int left = 1;
    for (int len = 1; len <= 15; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0)
            return left;
    }
    offs[1] = 0;
    for (int len = 1; len < 15; len++)
        offs[len + 1] = (short)(offs[len] + h->count[len]);
    for (int sym = 0; sym < n; sym++)
        if (length[sym])
            h->symbol[offs[length[sym]]++] = (short)sym;
    return left;
}

static int codes(inf *s, const huff *lencode, const huff *distcode)
{
    static const short lbase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                    35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static const short lext[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    static const short dbase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    static const short dext[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    for (;;) {
        int sym = decode(s, lencode);
        if (sym < 0 || s->err)
            return -1;
        if (sym < 256) {
            put(s, (uint8_t)sym);
        } else if (sym == 256) {
            return 0;
        } else {
            sym -= 257;
            if (sym >= 29)
                return -1;
            int len = lbase[sym] + bits(s, lext[sym]);
            int dsym = decode(s, distcode);
            if (dsym < 0 || dsym >= 30)
                return -1;
            size_t dist = (size_t)(dbase[dsym] + bits(s, dext[dsym]));
            if (dist > s->outlen)
                return -1;
            while (len--)
                put(s, s->out[s->outlen - dist]);
        }
        if (s->err)
            return -1;
    }
}

static int fixed(inf *s)
{
    huff lencode, distcode;
    short lengths[320];
    int sym = 0;
    for (; sym < 144; sym++)
        lengths[sym] = 8;
    for (; sym < 256; sym++)
        lengths[sym] = 9;
    for (; sym < 280; sym++)
        lengths[sym] = 7;
    for (; sym < 288; sym++)
        lengths[sym] = 8;
    construct(&lencode, lengths, 288);
    for (sym = 0; sym < 30; sym++)
        lengths[sym] = 5;
    construct(&distcode, lengths, 30);
    return codes(s, &lencode, &distcode);
}

static int dynamic(inf *s)
{
    static const short order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    short lengths[320];
    huff lencode, distcode;
    int nlen = bits(s, 5) + 257, ndist = bits(s, 5) + 1, ncode = bits(s, 4) + 4;
    if (s->err || nlen > 286 || ndist > 30)
        return -1;
    int index = 0;
    for (; index < ncode; index++)
        lengths[order[index]] = (short)bits(s, 3);
    for (; index < 19; index++)
        lengths[order[index]] = 0;
    if (construct(&lencode, lengths, 19) != 0)
        return -1;
    index = 0;
    while (index < nlen + ndist) {
        int sym = decode(s, &lencode);
        if (sym < 0 || s->err)
            return -1;
        if (sym < 16) {
            lengths[index++] = (short)sym;
            continue;
        }
        int len = 0, rep;
        if (sym == 16) {
            if (index == 0)
                return -1;
            len = lengths[index - 1];
            rep = 3 + bits(s, 2);
        } else if (sym == 17)
            rep = 3 + bits(s, 3);
        else
            rep = 11 + bits(s, 7);
        if (index + rep > nlen + ndist)
            return -1;
        while (rep--)
            lengths[index++] = (short)len;
    }
    if (lengths[256] == 0)
        return -1;
    int err = construct(&lencode, lengths, nlen);
    if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1))
        return -1;
    err = construct(&distcode, lengths + nlen, ndist);
    if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1))
        return -1;
    return codes(s, &lencode, &distcode);
}

static int inflate_all(inf *s)
{
    int last;
    do {
        last = bits(s, 1);
        int type = bits(s, 2);
        if (s->err)
            return -1;
        int r = type == 0 ? stored(s) : type == 1 ? fixed(s) : type == 2 ? dynamic(s) : -1;
        if (r)
            return -1;
    } while (!last);
    return 0;
}

/* ==== PNG ============================================================================== */

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }

static int paeth(int a, int b, int c)
{
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

static int fail(const char *path, const char *why)
{
    fprintf(stderr, "dyad-pngstat: %s: %s\n", path, why);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: dyad-pngstat FILE.png\n");
        return 2;
    }
    const char *path = argv[1];
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(path, "cannot open");
    size_t cap = 1 << 20, len = 0;
    uint8_t *file = malloc(cap);
    size_t k;
    while (file && (k = fread(file + len, 1, cap - len, f)) > 0) {
        len += k;
        if (len == cap) {
            uint8_t *nf = realloc(file, cap *= 2);
            if (!nf) {
                free(file);
                file = NULL;
            }
            file = nf;
        }
    }
    fclose(f);
    if (!file)
        return fail(path, "out of memory");
    if (len < 33 || memcmp(file, "\x89PNG\r\n\x1a\n", 8)) {
        free(file);
        return fail(path, "not a PNG file");
    }
    uint32_t w = 0, h = 0;
    int channels = 0;
    uint8_t *z = NULL;
    size_t zlen = 0;
    int status = 0;
    for (size_t p = 8; p + 12 <= len;) {
        uint32_t n = be32(file + p);
        const uint8_t *type = file + p + 4, *data = file + p + 8;
        if (n > len - p - 12) {
            status = fail(path, "truncated chunk");
            break;
        }
        if (!memcmp(type, "IHDR", 4) && n >= 13) {
            w = be32(data);
            h = be32(data + 4);
            if (data[8] != 8 || (data[9] != 2 && data[9] != 6) || data[12] != 0) {
                status = fail(path, "only 8-bit RGB or RGBA without interlacing is read");
                break;
            }
            channels = data[9] == 6 ? 4 : 3;
        } else if (!memcmp(type, "IDAT", 4)) {
            uint8_t *nz = realloc(z, zlen + n + 1);
            if (!nz) {
                status = fail(path, "out of memory");
                break;
            }
            z = nz;
            memcpy(z + zlen, data, n);
            zlen += n;
        } else if (!memcmp(type, "IEND", 4))
            break;
        p += 12 + (size_t)n;
    }
    if (!status && (!w || !h || !channels || zlen < 2 || w > 20000 || h > 40000))
        status = fail(path, "no image data");
    uint8_t *img = NULL;
    size_t stride = (size_t)w * (size_t)channels;
    if (!status) {
        inf s;
        memset(&s, 0, sizeof s);
        s.in = z + 2; /* the zlib header; the Adler-32 at the end is not checked */
        s.inlen = zlen - 2;
        s.outcap = (stride + 1) * h;
        s.out = img = malloc(s.outcap);
        if (!img || inflate_all(&s) || s.outlen != s.outcap)
            status = fail(path, "bad compressed data");
    }
    if (!status) {
        /* undo the filters in place: each row is a filter byte and the row */
        for (uint32_t y = 0; y < h && !status; y++) {
            uint8_t *row = img + y * (stride + 1), *prev = y ? img + (y - 1) * (stride + 1) + 1 : NULL;
            int filter = row[0];
            row++;
            for (size_t i = 0; i < stride; i++) {
                int a = i >= (size_t)channels ? row[i - (size_t)channels] : 0, b = prev ? prev[i] : 0;
                int c = prev && i >= (size_t)channels ? prev[i - (size_t)channels] : 0;
                int v = filter == 0 ? 0 : filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : paeth(a, b, c);
                if (filter > 4)
                    status = fail(path, "bad filter");
                row[i] = (uint8_t)(row[i] + v);
            }
        }
    }
    if (!status) {
        /* distinct colours in an open-addressing set; and the most common one */
        enum { SET = 1 << 17, MAXC = 1 << 16 };
        uint32_t *keys = calloc(SET, sizeof *keys), *cnt = calloc(SET, sizeof *cnt);
        size_t colours = 0;
        if (!keys || !cnt)
            status = fail(path, "out of memory");
        for (uint32_t y = 0; y < h && !status; y++) {
            const uint8_t *row = img + y * (stride + 1) + 1;
            for (uint32_t x = 0; x < w; x++) {
                const uint8_t *px = row + (size_t)x * (size_t)channels;
                uint32_t key = (uint32_t)px[0] << 16 | (uint32_t)px[1] << 8 | px[2] | 1u << 24;
                size_t j = (key * 2654435761u) & (SET - 1);
                while (keys[j] && keys[j] != key)
                    j = (j + 1) & (SET - 1);
                if (!keys[j]) {
                    if (colours >= MAXC)
                        continue;
                    keys[j] = key;
                    colours++;
                }
                cnt[j]++;
            }
        }
        if (!status) {
            uint32_t top = 0;
            for (size_t j = 0; j < SET; j++)
                if (cnt[j] > top)
                    top = cnt[j];
            double total = (double)w * h;
            printf("%u %u %zu %d\n", w, h, colours, (int)((total - top) * 1000.0 / total));
        }
        free(keys);
        free(cnt);
    }
    free(img);
    free(z);
    free(file);
    return status;
}
