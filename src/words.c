/* words.c - the table behind words.h: words.def's texts in byte order, and a
   hash index over them, built once (the lexicon asks on each cache miss, about
   one token in ten on news, and for every abbreviation). */
#include "words.h"

#include <pthread.h>
#include <string.h>

#include "util.h"

static const struct {
    const char *text;
    size_t len;
} table[] = {
    {"", 0},
#define RW(name, text) {text, sizeof text - 1},
#include "words.def"
#undef RW
};

/* strcmp order for strings with lengths: bytes, then the shorter first (the
   order words.def is kept in, for people and for words_sorted). */
static int cmp(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

/* open addressing, load factor below 1/2; a slot holds a word's id, 0 = empty */
#define SLOTS 2048
_Static_assert(W__COUNT < SLOTS / 2, "words.def outgrew the index: raise SLOTS");
static uint16_t slot[SLOTS];
static pthread_once_t slot_once = PTHREAD_ONCE_INIT;

static void build_index(void)
{
    for (unsigned id = 1; id < W__COUNT; id++) {
        uint32_t h = (uint32_t)dy_hash(table[id].text, table[id].len) & (SLOTS - 1);
        while (slot[h])
            h = (h + 1) & (SLOTS - 1);
        slot[h] = (uint16_t)id;
    }
}

uint16_t words_find(const char *key, size_t n)
{
    if (!key)
        return W_NONE;
    pthread_once(&slot_once, build_index);
    for (uint32_t h = (uint32_t)dy_hash(key, n) & (SLOTS - 1);; h = (h + 1) & (SLOTS - 1)) {
        unsigned id = slot[h];
        if (!id)
            return W_NONE;
        if (table[id].len == n && memcmp(table[id].text, key, n) == 0)
            return (uint16_t)id;
    }
}

const char *words_text(unsigned id) { return id < W__COUNT ? table[id].text : ""; }

int words_sorted(void)
{
    for (size_t i = 2; i < W__COUNT; i++)
        if (cmp(table[i - 1].text, table[i - 1].len, table[i].text, table[i].len) >= 0)
            return 0;
    return 1;
}
