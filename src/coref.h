/*
 * coref.h - coreference within a story.
 *
 * Pronouns (he, she, they, his, its) take the most recent compatible actor:
 * a person for he/she, a body or state for it/its, a pair or a plural for
 * they. Bare roles with a definite article ("the ministry") take the most
 * recent actor with the same role; "the two" and "both leaders" the most
 * recent pair; "his Iranian counterpart" the office of "his" referent in Iran.
 * "I" and "we" inside a quotation take the quote's speaker.
 */
#ifndef DYAD_COREF_H
#define DYAD_COREF_H

#include "sent.h"

#define COREF_HISTORY 48

typedef struct dy_antecedent {
    uint32_t actor, agent;
    char role[8];
    int kind;         /* 1 person, 2 organisation or group, 3 state or place */
    int plural;
    int sentence;
    int group;        /* coordination group within its sentence, 0 = none */
    int pp;           /* it was the object of a preposition */
    int end;          /* the token after it, in its sentence */
    const char *text; /* the words that named it (story arena) */
} dy_antecedent;

typedef struct dy_coref {
    dy_antecedent h[COREF_HISTORY]; /* most recent last */
    int n;
    dy_antecedent pair[2];          /* the most recent two-member coordination */
    int have_pair;
    int current;                    /* the sentence being resolved */
    dy_antecedent speaker;          /* the last named speaker of reported speech */
    int have_speaker;
} dy_coref;

void coref_reset(dy_coref *c);

/* Resolves the pronouns and definite descriptions of sentence `index`, then
   adds its actors to the history. Codes of resolved mentions are recomputed
   for `date`. */
void coref_sentence(const dy_dict *d, dy_coref *c, dy_sent *s, int index, int32_t date, dy_arena *a);

/* Records the subject of a reporting verb ("X said") as the speaker of the
   quotations around it. */
void coref_set_speaker(const dy_dict *d, dy_coref *c, const dy_sent *s, int mention, int index, dy_arena *a);

#endif
