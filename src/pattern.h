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

/* Matches the patterns of the verb of verb group `vg`, looking back to token lo
   and forward to token hi (exclusive). Always fills *out (with the bare verb
   when no pattern matches). `tried` counts the patterns examined. */
void pattern_match(const dy_dict *d, const dy_sent *s, int vg, int lo, int hi, dy_match *out, int *tried);

/* Does token t match dictionary word w (the same word, or the same lemma)? */
int pattern_word_match(const dy_dict *d, const dy_token *t, uint32_t w);

#endif
