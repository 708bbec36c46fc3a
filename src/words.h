/*
 * words.h - the words the coding rules test tokens for, as small numbers.
 *
 * The rules ask about words hundreds of times a sentence ("is token i 'said'?",
 * "is its lemma one of these verbs?"). Comparing strings each time was a tenth
 * of dyad's instructions, so each word a rule names is listed once in
 * words.def, gets an id (W_said), and every token carries the id of its key
 * and of its base form, set once by the lexicon (lexicon.c). A test is then a
 * compare of two small integers: sent_tok_w() in sent.h.
 *
 * A rule that needs a new word adds it to words.def, in byte order.
 */
#ifndef DYAD_WORDS_H
#define DYAD_WORDS_H

#include <stddef.h>
#include <stdint.h>

enum {
    W_NONE = 0, /* not a word any rule names */
#define RW(name, text) W_##name,
#include "words.def"
#undef RW
    W__COUNT
};

/* The id of the word of n bytes at key (not NUL-terminated), W_NONE if no rule names it. */
uint16_t words_find(const char *key, size_t n);

/* Is w (not W_NONE) one of the n ids? */
static inline int words_has(unsigned w, const uint16_t *ids, size_t n)
{
    if (!w)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (ids[k] == w)
            return 1;
    return 0;
}

/* The text of id (tests, traces); "" for W_NONE. */
const char *words_text(unsigned id);

/* 1 when words.def is in byte order with no word twice (tests). */
int words_sorted(void);

#endif
