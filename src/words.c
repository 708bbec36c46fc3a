/* words.c - the table behind words.h: words.def's texts in byte order, found by
   binary search (only on a lexicon cache miss, so a search costs little). */
#include "words.h"

#include <string.h>

static const struct {
    const char *text;
    size_t len;
} table[] = {
    {"", 0},
#define RW(name, text) {text, sizeof text - 1},
#include "words.def"
#undef RW
};

/* strcmp order for strings with lengths: bytes, then the shorter first. */
static int cmp(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

uint16_t words_find(const char *key, size_t n)
{
    if (!key)
        return W_NONE;
    size_t lo = 1, hi = W__COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp(key, n, table[mid].text, table[mid].len);
        if (c == 0)
            return (uint16_t)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return W_NONE;
}

const char *words_text(unsigned id) { return id < W__COUNT ? table[id].text : ""; }

int words_sorted(void)
{
    for (size_t i = 2; i < W__COUNT; i++)
        if (cmp(table[i - 1].text, table[i - 1].len, table[i].text, table[i].len) >= 0)
            return 0;
    return 1;
}
