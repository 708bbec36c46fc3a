/*
 * sent.h - the analysis of one sentence, shared by the coding stages:
 *
 *   mention.c   actor and agent phrases, noun-phrase mentions and their codes
 *   syntax.c    word classes in context, verb groups, subjects and objects
 *   pattern.c   verb patterns of the dictionary
 *   modality.c  asserted / negated / future / hypothetical
 *   dates.c     the date an event happened
 *   coref.c     pronouns and descriptions resolved to earlier actors
 *   coder.c     ties the stages together and makes events
 *
 * Everything lives in the coder's per-story arena.
 */
#ifndef DYAD_SENT_H
#define DYAD_SENT_H

#include "dict.h"
#include "text.h"
#include "words.h"

#define MAX_AGENTS 4
#define MAX_CODE 40
#define MAX_PAIR 4 /* members a "they" may stand for */

/* Word class of a token in its sentence (one per token, chosen in context). */
enum {
    T_OTHER = 0, T_NOUN, T_PROPN, T_VERB, T_VPAST, T_VPART, T_VING, T_ADJ, T_ADV, T_DET,
    T_PRON, T_POSS, T_PREP, T_TO, T_CONJ, T_SCONJ, T_AUX, T_MODAL, T_NEG, T_NUM, T_PUNCT,
    T_WH, T_SPOSS, /* possessive 's */
    T__COUNT
};
const char *tag_name(int tag);
static inline int tag_is_verb(int t) { return t == T_VERB || t == T_VPAST || t == T_VPART || t == T_VING; }
static inline int tag_is_nominal(int t) { return t == T_NOUN || t == T_PROPN || t == T_NUM; }

/* A dictionary phrase found in the sentence: an actor or an agent. */
typedef struct dy_unit {
    int start, end;
    uint32_t actor, agent;
} dy_unit;

/* A noun-phrase chunk: determiners, modifiers and a head. */
typedef struct dy_np {
    int start, end;           /* tokens [start, end) */
    int mention;              /* mention index, -1 when it names no actor */
    int prep;                 /* preposition token right before it, -1 */
} dy_np;

/* A noun phrase that names an actor, a role, or both: "Russia's foreign
   minister", "Iranian forces", "Putin", "officials", "he". */
typedef struct dy_mention {
    int start, end;           /* tokens [start, end) */
    int np;                   /* the noun-phrase chunk it comes from */
    uint32_t actor;           /* actor entry that gives the base code, 0 = none */
    int actor_tok;            /* first token of that actor's phrase, -1 */
    uint32_t agent;           /* agent entry of the head role, 0 = none */
    uint32_t pre_agent;       /* a prefix role before the actor when the head role
                                 follows it: "an MSF Arnor diplomat" NGO + ARNGOV */
    char role[8];             /* a role code given directly ("counterpart" copies one), "" */
    int weak;                 /* the actor only modifies the head: "Iran's role", "the Russian calculus" */
    int former;               /* "former U.S. Secretary of State": a title no longer held */
    uint32_t title_of;        /* "Taliban leader Akhtar Mansour": the actor named before the
                                 person's title, 0 = none */
    int head_sem;             /* for weak mentions: the WordNet class of the head noun (NSEM_*) */
    int pronoun;              /* PRON_*: a pronoun to resolve */
    int definite;             /* "the ministry", "the two": a role or number to resolve */
    int person;               /* names a person (a person entry or a person role) */
    int plural;
    int group;                /* coordination group id (0 = alone) */
    int nest;                 /* "A and the ministers of B and C": the id of the list
                                 B, C nested in the group, whose members do not act on
                                 each other (0 = none) */
    int appos;                /* index of the mention this one is an apposition of, -1 */
    int locative;             /* a city or seat of power named as a place: "met in Riyadh" */
    int country_only;         /* "his country": the possessor's country, not his office */
    char serves[4];           /* "forces loyal to Ouattara": the country a bare role serves, "" */
    char code[MAX_CODE];      /* the CAMEO code at the story date ("" = none) */
    char name[MAX_CODE];      /* a new actor (DYAD_OPT_NEW_ACTOR_LENGTH): its code,
                                 its words in capitals and quotes; "" = none */
    /* coreference: where the code came from, when not from the words themselves */
    const char *ref_text;
    int ref_sentence;
    int npair;                /* "the two", "both leaders", "they": the members it refers to */
    uint32_t pair_actor[MAX_PAIR], pair_agent[MAX_PAIR];
    const char *pair_text[MAX_PAIR];
} dy_mention;

enum { PRON_NONE = 0, PRON_HE, PRON_THEY, PRON_IT };

/* A verb group: auxiliaries, negation and adverbs around a main verb. */
typedef struct dy_vgroup {
    int start, end;           /* tokens [start, end) including auxiliaries */
    int main;                 /* the main verb token */
    int neg;                  /* not, n't, never */
    int neg_tok;              /* token of the negation, -1 */
    int future;               /* will, shall, is to, is going to, about to */
    int modal;                /* would, could, might, may, should, can */
    int passive;              /* be + participle, or a bare participle clause */
    int participle;           /* a bare -ed/-ing form with no auxiliary (reduced clause) */
    int infinitive;           /* "to" + verb */
    int finite;               /* has tense: can head a clause */
    uint32_t verb;            /* dictionary verb entry (after multi-word matching), 0 = none */
    int vstart, vend;         /* tokens of the dictionary verb phrase */
} dy_vgroup;

typedef struct dy_sent {
    const char *text;         /* the sentence */
    uint32_t len;
    dy_token *tok;
    int ntok;
    uint8_t *tag;             /* per token: T_* */
    uint8_t *tok_time;        /* per token: 1 inside a time expression ("on Monday"),
                                 which pattern words do not match; NULL = none */
    dy_synbits *tok_synbits;  /* per token: dict word_synbits of its word and lemma
                                 (set before pattern matching; NULL = not yet) */
    const struct dy_patwords *patwords; /* the sentence's words for pattern_match's
                                 filters (pattern.h; NULL = each window its own) */
    int *vg_mode;             /* per verb group: modality_of's answer, memoised once
                                 the syntax is final ((cue + 1) * 4 + mode; -1 =
                                 not yet; NULL = not kept) */
    dy_unit *units;
    int nunits;
    int *tok_unit;            /* per token: unit index or -1 */
    dy_np *np;
    int nnp;
    int *tok_np;              /* per token: NP index or -1 */
    uint32_t *issues;         /* issue entries found */
    int nissues;
    dy_mention *m;
    int nm;
    int *tok_mention;         /* per token: mention index or -1 */
    dy_vgroup *vg;
    int nvg;
    int *tok_vgroup;          /* per token: verb group index or -1 */
    uint32_t discard;         /* 1 sentence, 2 story */
    int discard_start, discard_end; /* tokens of the discard phrase */
    int question;
    int quote_open;           /* sentence is (inside) a quotation */
    int new_actor_len;        /* DYAD_OPT_NEW_ACTOR_LENGTH: unknown names of at most
                                 this many words are actors (0 = off) */
} dy_sent;

/* Is token i the word w (a words.h id)? The rules' test: is(s, i, W_said).
   (One unsigned comparison checks both ends: a negative i wraps past ntok.) */
static inline int sent_tok_w(const dy_sent *s, int i, unsigned w)
{
    return (unsigned)i < (unsigned)s->ntok && s->tok[i].rw == w;
}

/* Is token i one of the n words (words.h ids)? */
static inline int sent_tok_in(const dy_sent *s, int i, const uint16_t *words, size_t n)
{
    return (unsigned)i < (unsigned)s->ntok && words_has(s->tok[i].rw, words, n);
}

/* "known", "dubbed", "nicknamed": a participle that only names the phrase
   before it ("Guzman, known as El Chapo,"), no event and no clause of its own. */
static inline int sent_tok_names(const dy_sent *s, int i)
{
    static const uint16_t w[] = {W_known, W_dubbed, W_nicknamed};
    return sent_tok_in(s, i, w, sizeof w / sizeof w[0]);
}

/* A count starts at token i: "39", "two", "dozens of", "at least 14": how many
   were killed or wounded ("killing two marines"), not whom. */
static inline int sent_count_at(const dy_sent *s, int i)
{
    static const uint16_t w[] = {W_two,   W_three, W_four,   W_five,     W_six,      W_seven, W_eight,
                                 W_nine,  W_ten,   W_dozens, W_scores,   W_hundreds, W_thousands, W_several};
    if (i < 0 || i >= s->ntok)
        return 0;
    /* "more than 200", "nearly 40", "some 300", "up to 50": a count with its hedge */
    static const uint16_t hedge[] = {W_nearly, W_almost, W_about, W_around, W_some, W_over, W_roughly, W_approximately};
    if ((sent_tok_w(s, i, W_more) || sent_tok_w(s, i, W_fewer) || sent_tok_w(s, i, W_less)) && sent_tok_w(s, i + 1, W_than))
        return i + 2 < s->ntok && (s->tok[i + 2].kind == TK_NUM || (s->tok[i + 2].pos & POS_NUM) ||
                                   sent_tok_in(s, i + 2, w, sizeof w / sizeof w[0]));
    int n = sent_tok_in(s, i, hedge, sizeof hedge / sizeof hedge[0])         ? i + 1
            : (sent_tok_w(s, i, W_up) && sent_tok_w(s, i + 1, W_to)) ? i + 2
                                                                         : -1;
    if (n > 0)
        return n < s->ntok && (s->tok[n].kind == TK_NUM || (s->tok[n].pos & POS_NUM) || sent_tok_in(s, n, w, sizeof w / sizeof w[0]));
    return s->tok[i].kind == TK_NUM || (s->tok[i].pos & POS_NUM) || sent_tok_in(s, i, w, sizeof w / sizeof w[0]) ||
           (sent_tok_w(s, i, W_at) && sent_tok_w(s, i + 1, W_least));
}

#endif
