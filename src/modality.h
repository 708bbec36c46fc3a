/*
 * modality.h - did the event happen? asserted, negated, future or hypothetical.
 *
 * Read from the verb group (not, never, will, would, could ...), from the verb
 * that governs an infinitive ("plans to visit" is future, "refused to meet"
 * negated), from the clause ("if Iran retaliates", a question) and from the
 * sentence's framing ("in such a situation").
 */
#ifndef DYAD_MODALITY_H
#define DYAD_MODALITY_H

#include "dyad.h"
#include "sent.h"

/* The mode of the event of verb group vg. *cue receives the token that decided
   it (-1 when asserted by default). */
dyad_mode modality_of(const dy_sent *s, int vg, int *cue);

/* The verb group that governs vg through "to" (an infinitive complement:
   "vowed to retaliate", "invited Merkel to visit"), or -1. */
int modality_governor(const dy_sent *s, int vg);

/* Does vg express an intention rather than a plain future ("is ready to send
   troops", "willing to hold talks")? CAMEO codes intentions as 03x/13x. */
int modality_intent(const dy_sent *s, int vg);

/* The CAMEO intent code for an action code: meet -> 036, aid -> 033, attack -> 138.
   Writes the code into out (at least 8 bytes); returns 0 when the code stays. */
int modality_intent_code(const char *code, char *out);

/* The CAMEO refusal code (12x) for an action refused ("refused to release the
   hostages" 1243, "refused to negotiate" 125); 0 when there is none. */
int modality_refusal_code(const char *code, char *out);

/* Is token i a verb or adjective of refusal ("refused", "declined", "unwilling")? */
int modality_is_refusal(const dy_sent *s, int i);

/* Is the lemma of token i one of the listed words? */
int lemma_in(const dy_sent *s, int i, const uint16_t *words, size_t n);

#endif
