/*
 * pattern.h - matching the verb patterns of a dictionary verb block against
 * the words around a verb, without a parse tree.
 *
 * A PETRARCH pattern such as "- * CONDOLENCES TO + [018]" lists words before
 * and after the verb (`*`), the target (`+`), the source (`$`), a skipped noun
 * phrase (`^`), synsets (`&NAME`) and adjacency (`_`). dyad matches it on the
 * token sequence of the verb's clause: pre-verb elements leftwards from the
 * verb, post-verb elements rightwards, each within the clause, in order; the
 * pattern that matches the most elements wins, and a verb with no matching
 * pattern takes its own or its block's code.
 */
#ifndef DYAD_PATTERN_H
#define DYAD_PATTERN_H

#include "sent.h"

typedef struct dy_match {
    uint32_t pattern;   /* pattern index, 0 = none (the bare verb) */
    uint32_t code;      /* event code id source -> target (may be the null code "---") */
    uint32_t rcode;     /* event code id target -> source, 0 = none */
    int target;         /* mention matched by '+', -1 */
    int source;         /* mention matched by '$', -1 */
    int first, last;    /* span of the verb and the pattern words matched */
    int score;
} dy_match;

/* The words and lemmas of a span of tokens, which pattern_match uses to drop
   the patterns that need a word the span lacks and to find the patterns keyed
   by its words. A superset of a window's words only drops fewer patterns
   (the matcher itself keeps to the window), so the coder builds one for the
   whole sentence (dy_sent.patwords) instead of one per verb. */
#define PATWORDS_SLOTS 256 /* a power of two */
typedef struct dy_patwords {
    uint32_t set[PATWORDS_SLOTS];      /* open addressing, 0 = empty */
    uint32_t list[PATWORDS_SLOTS / 2]; /* the same words, in token order */
    uint32_t bloom[PATWORDS_SLOTS / 2]; /* and their dict_pat_bloom_hash */
    int n;
    int exact;                         /* all the span's words are listed */
    uint64_t bits;                     /* dict_filter_bit of each */
    dy_synbits syns;                   /* the synsets they may start */
} dy_patwords;

void pattern_words(const dy_dict *d, const dy_sent *s, int lo, int hi, dy_patwords *w);

/* Matches the patterns of the verb of verb group `vg`, looking back to token lo
   and forward to token hi (exclusive), filtered through s->patwords when it
   lists all its words (else through the window's own). Always fills *out
   (with the bare verb when no pattern matches). `tried` counts the patterns
   examined. */
void pattern_match(const dy_dict *d, const dy_sent *s, int vg, int lo, int hi, dy_match *out, int *tried);

/* Does token t match dictionary word w (the same word, or the same lemma)? */
int pattern_word_match(const dy_dict *d, const dy_token *t, uint32_t w);

#endif
