/*
 * syntax.c - shallow syntax without a parser: one word class per token chosen
 * from the lexicon's candidates by the words around it, noun-phrase chunks,
 * verb groups with their auxiliaries, and the subject and objects of a verb.
 *
 * The rules are deliberately few and local. Where a rule cannot decide, it
 * prefers the reading that does not create an event (a noun rather than a
 * verb), since a missed event costs less than a false one.
 */
#include "syntax.h"

#include <stdlib.h>

static const char *const tag_names[T__COUNT] = {
    "X", "NOUN", "PROPN", "VERB", "VPAST", "VPART", "VING", "ADJ", "ADV", "DET", "PRON",
    "POSS", "PREP", "TO", "CONJ", "SCONJ", "AUX", "MODAL", "NEG", "NUM", "PUNCT", "WH", "'S",
};

const char *tag_name(int tag) { return tag >= 0 && tag < T__COUNT ? tag_names[tag] : "?"; }

static inline int is(const dy_sent *s, int i, unsigned w) { return sent_tok_w(s, i, w); }
static int particle(const dy_sent *s, int i);

static int tok_punct(const dy_sent *s, int i, char c)
{
    return i >= 0 && i < s->ntok && s->tok[i].kind != TK_WORD && s->tok[i].kind != TK_NUM && s->tok[i].len == 1 &&
           s->text[s->tok[i].off] == c;
}

/* Personal pronouns that can be subjects. */
static int subject_pronoun(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_he, W_she, W_it, W_they, W_we, W_i, W_you, W_who, W_which, W_that, W_there};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

/* The previous token that is not an adverb (or negation when skip_neg). */
static int prev_content(const dy_sent *s, int i, int skip_neg)
{
    for (int j = i - 1; j >= 0; j--) {
        int t = s->tag[j];
        if (t == T_ADV || (skip_neg && t == T_NEG))
            continue;
        return j;
    }
    return -1;
}

static int be_form(const dy_sent *s, int i)
{
    static const uint16_t b[] = {W_is, W_are, W_was, W_were, W_be, W_been, W_being, W_am, W_Q_re, W_Q_m};
    return sent_tok_in(s, i, b, DY_ARRAY_LEN(b)) || (is(s, i, W_Q_s) && s->tag[i] == T_AUX);
}

static int have_form(const dy_sent *s, int i)
{
    return is(s, i, W_has) || is(s, i, W_have) || is(s, i, W_had) || is(s, i, W_having) || is(s, i, W_Q_ve);
}

static int do_form(const dy_sent *s, int i) { return is(s, i, W_do) || is(s, i, W_does) || is(s, i, W_did); }

/* Token i follows modifiers (adjectives, nouns, "and") back to a determiner,
   possessive or 's with no verb between. */
static int inside_np(const dy_sent *s, int i)
{
    int saw_and = 0, adj_and = 0;
    for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
        int t = s->tag[j];
        if (t == T_DET || t == T_POSS || t == T_SPOSS)
            return j < i - 1 || saw_and;
        /* "strikes on Iranian nuclear and military sites": after a preposition,
           adjectives coordinated by "and" open a noun phrase */
        if (t == T_PREP && saw_and && adj_and)
            return 1;
        /* "would halt rail and bus links with Pakistan", "cut trade and
           investment ties": right after a verb, lower-case nouns coordinated by
           "and" are its object's modifiers, and the -s form after them the
           object (a bare singular noun is no subject) */
        if (tag_is_verb(t) && saw_and && j < i - 3) {
            for (int k = j + 1; k < i; k++)
                if ((s->tok[k].flags & TF_CAP) || (s->tok[k].lemma && s->tok[k].lemma != s->tok[k].word) || is(s, k, W_police) ||
                    (s->tag[k] != T_NOUN && !is(s, k, W_and)))
                    return 0;
            return 1;
        }
        if (t == T_ADJ || t == T_NOUN || t == T_NUM || (t == T_CONJ && is(s, j, W_and)) || s->tok_unit[j] >= 0) {
            if (t == T_CONJ && j > 0 && s->tag[j - 1] == T_ADJ)
                adj_and = 1;
            saw_and |= t == T_CONJ;
            continue;
        }
        return 0;
    }
    return 0;
}

/* Token p ends a compound of names: "Fornost and Gondor", "Russia and the
   United States" (names, "the", then "and" after a name, within a few tokens). */
static int compound_names_before(const dy_sent *s, int p)
{
    for (int j = p - 1; j >= 1 && j >= p - 5; j--) {
        if (is(s, j, W_and))
            return s->tag[j - 1] == T_PROPN;
        if (s->tag[j] != T_PROPN && !is(s, j, W_the))
            return 0;
    }
    return 0;
}

/* Nothing from token i to the clause's end (a comma or a subordinating word)
   can be a finite verb: a base form before it is the only verb there is. */
static int no_finite_verb_after(const dy_sent *s, int i)
{
    for (int k = i; k < s->ntok; k++) {
        const dy_token *t = &s->tok[k];
        if ((t->pos & (POS_SCONJ | POS_WH)) || is(s, k, W_COMMA) || is(s, k, W_SEMI))
            return 1;
        if (t->pos & (POS_VPAST | POS_V3SG | POS_MODAL | POS_AUX))
            return 0;
    }
    return 1;
}

/* A prefix that makes verbs of verbs: "re-elected", "co-chaired", "pre-empted". */
static int verb_prefix(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_re, W_co, W_pre, W_de, W_mis, W_out, W_over, W_under, W_cross, W_fact, W_double};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

/* A noun of number or quantity heading "N of X": "thousands", "a contingent". */
static int quantity_head(const dy_sent *s, int i)
{
    static const uint16_t q[] = {W_tens, W_hundreds, W_thousands, W_millions, W_dozens, W_scores, W_contingent,
                                 W_group, W_groups, W_crowd, W_crowds, W_number, W_handful, W_band, W_unit,
                                 W_squad, W_convoy, W_column, W_members};
    return sent_tok_in(s, i, q, DY_ARRAY_LEN(q));
}

/* "responded by expelling six diplomats": "by" (at i) and a gerund is the
   means, not the agent of a passive. */
static int by_gerund(const dy_sent *s, int i)
{
    return i + 1 < s->ntok && (s->tok[i + 1].pos & POS_VING) && s->tok[i + 1].len > 4 &&
           starts_with(s->text + s->tok[i + 1].off + s->tok[i + 1].len - 3, "ing");
}

/* Decides the class of an open-class word that could be a noun or a verb. */
static int noun_or_verb(const dy_sent *s, int i, uint32_t pos, const dy_word *w, int clause_has_verb)
{
    int p = prev_content(s, i, 1);
    int pt = p >= 0 ? s->tag[p] : T_OTHER;
    int vt = (pos & POS_VING) ? T_VING : (pos & POS_VPAST) ? T_VPAST : (pos & POS_VPART) ? T_VPART : T_VERB;
    if (!(pos & POS_VPAST) && (pos & POS_VPART))
        vt = T_VPART;
    int nxt = i + 1 < s->ntok ? s->tag[i + 1] : T_PUNCT;
    /* "protesters enraged by cartoons of the Prophet Mohammad set fire to the
       embassies": "set" before "fire", "ablaze" or "alight" is the verb (not
       after a determiner: "a set of fire codes") */
    if (is(s, i, W_set) && (pos & POS_VPAST) && i + 1 < s->ntok &&
        (is(s, i + 1, W_fire) || is(s, i + 1, W_ablaze) || is(s, i + 1, W_alight)) &&
        !(p >= 0 && p == i - 1 && (pt == T_DET || pt == T_POSS || pt == T_ADJ)))
        return (pt == T_MODAL || pt == T_TO) ? T_VERB : (pt == T_AUX) ? T_VPART : T_VPAST;
    /* "drug trafficking charges", "money laundering case": a gerund between a
       singular noun and a noun modifies the last one (a plural before it is a
       subject: "troops attacking villages") */
    if ((pos & POS_VING) && p >= 0 && p == i - 1 && s->tag[p] == T_NOUN && s->tok_unit[p] < 0 &&
        !(s->tok[p].pos & POS_PLURAL) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) &&
        !(s->tok[i + 1].pos & (POS_DET | POS_PRON | POS_POSS | POS_PREP)) && s->tok_unit[i + 1] < 0)
        return T_NOUN;
    /* "live-fire drills", "cease-fire": the second half of a compound of two
       words is a noun, not a verb (a verb prefix keeps it: "re-elected") */
    if ((pos & POS_NOUN) && i >= 2 && s->tok[i - 1].len == 1 && (s->tok[i - 1].flags & TF_HYPHEN) &&
        (s->tag[i - 2] == T_ADJ || s->tag[i - 2] == T_NOUN) && !verb_prefix(s, i - 2))
        return T_NOUN;
    /* "its use of Korean forced labour": a past form that is also an adjective,
       after a nationality adjective that follows a preposition or determiner and
       before a plain noun, modifies that noun */
    if ((pos & (POS_VPAST | POS_VPART)) && (pos & POS_ADJ) && pt == T_PROPN && p >= 1 && p == i - 1 &&
        (s->tok[p].pos & POS_ADJ) && (s->tag[p - 1] == T_PREP || s->tag[p - 1] == T_DET || s->tag[p - 1] == T_POSS) &&
        i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) && !(s->tok[i + 1].pos & (POS_DET | POS_PRON | POS_PREP)) &&
        !(s->tok[i + 1].flags & TF_CAP))
        return T_ADJ;
    /* "signed separate agreements": an adjective reading right before a plain noun */
    if ((pos & POS_ADJ) && !(pos & POS_NOUN) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) &&
        !((pos & POS_VING) && pt == T_PREP && s->tok_unit[i + 1] >= 0 && s->units[s->tok_unit[i + 1]].actor) &&
        !(s->tok[i + 1].pos & (POS_VPAST | POS_V3SG | POS_VERB)) && (tag_is_verb(pt) || pt == T_PREP || pt == T_DET))
        return T_ADJ;
    /* "an air and ground offensive": a noun coordinated before the head */
    if ((pos & POS_VPAST) && (pos & POS_NOUN) && i >= 3 && is(s, i - 1, W_and) && s->tag[i - 2] == T_NOUN &&
        s->tag[i - 3] == T_DET && i + 1 < s->ntok && (s->tok[i + 1].pos & (POS_NOUN | POS_ADJ)) &&
        !(s->tok[i + 1].pos & (POS_DET | POS_PRON | POS_PREP)))
        return T_NOUN;
    /* after a determiner, possessive or adjective: a noun */
    if (pt == T_DET || pt == T_POSS || pt == T_SPOSS || pt == T_ADJ || pt == T_NUM) {
        if ((pos & POS_VPART) && pt == T_DET && (pos & POS_ADJ))
            return T_ADJ;
        return (pos & POS_NOUN) ? T_NOUN : ((pos & POS_ADJ) ? T_ADJ : T_NOUN);
    }
    /* "granted asylum to ousted Syrian President Bashar al-Assad", "for jailed
       activists": a past form right after a preposition, before a name or a noun,
       modifies it */
    if ((pos & (POS_VPAST | POS_VPART)) && !(pos & (POS_VERB | POS_NOUN)) && pt == T_PREP && p == i - 1 &&
        !is(s, p, W_by) && i + 1 < s->ntok && ((s->tok[i + 1].flags & TF_CAP) || (s->tok[i + 1].pos & (POS_NOUN | POS_ADJ))) &&
        !(s->tok[i + 1].pos & (POS_DET | POS_PRON | POS_POSS | POS_PREP | POS_VPAST | POS_ANYVERB)))
        return T_ADJ;
    /* after a modal, infinitival to or do-support: the base verb */
    if (pt == T_MODAL || pt == T_TO || (pt == T_AUX && do_form(s, p))) {
        if (pos & POS_VERB)
            return T_VERB;
        /* "it would acting now": a modal's verb even in the wrong form */
        if (pt == T_MODAL && (pos & POS_VING))
            return T_VING;
    }
    /* after be/have: participles */
    if (pt == T_AUX && (be_form(s, p) || have_form(s, p))) {
        if (pos & POS_VING)
            return T_VING;
        if (pos & POS_VPART)
            return T_VPART;
        if (pos & POS_ADJ)
            return T_ADJ;
    }
    /* after a subject pronoun: a verb */
    if (pt == T_PRON && subject_pronoun(s, p) && (pos & (POS_VERB | POS_VPAST | POS_V3SG)))
        return (pos & (POS_VPAST)) ? T_VPAST : T_VERB;
    if (pt == T_WH && (pos & (POS_VERB | POS_VPAST | POS_V3SG)))
        return (pos & POS_VPAST) ? T_VPAST : T_VERB;
    /* "its use of Korean forced labour": a participle between a nationality
       adjective (opened by a preposition or determiner) and a plain noun
       modifies the noun */
    if ((pos & POS_VPART) && pt == T_PROPN && p == i - 1 && p >= 1 && (s->tok[p].pos & POS_ADJ) &&
        (s->tag[p - 1] == T_PREP || s->tag[p - 1] == T_DET || s->tag[p - 1] == T_POSS) && i + 1 < s->ntok &&
        (s->tok[i + 1].pos & POS_NOUN) && !(s->tok[i + 1].flags & TF_CAP) &&
        !(s->tok[i + 1].pos & (POS_DET | POS_PREP | POS_PRON | POS_VPAST)))
        return T_ADJ;
    /* after a noun phrase: a finite verb if the clause has none yet */
    if (tag_is_nominal(pt) || pt == T_PRON) {
        int object_follows = nxt == T_DET || nxt == T_POSS || nxt == T_PROPN || nxt == T_PRON || nxt == T_NUM;
        /* "Russia's economic and military interests": inside a noun phrase opened by
           a determiner or possessive, a plural noun */
        /* (but not right after a name and before "to" and a verb: "The Philippines
           plans to file a protest", "The United States wants to") */
        if ((pos & POS_V3SG) && (pos & POS_NOUN) && inside_np(s, i) &&
            !(pt == T_PROPN && p == i - 1 && is(s, i + 1, W_to) && i + 2 < s->ntok && (s->tok[i + 2].pos & POS_VERB) &&
              !(s->tok[i + 2].pos & (POS_DET | POS_PRON))))
            return T_NOUN;
        /* "air strikes against Taliban and al-Qaeda targets": after names joined by
           "and" in a preposition's object, a plural noun goes on with the phrase */
        if ((pos & POS_V3SG) && (pos & POS_NOUN) && pt == T_PROPN && p == i - 1) {
            int j = p, joined = 0;
            while (j > 0 && p - j < 10 &&
                   (s->tag[j] == T_PROPN || is(s, j, W_and) || is(s, j, W_the) || is(s, j, W_HYPHEN))) {
                joined |= is(s, j, W_and) && s->tag[j - 1] == T_PROPN;
                j--;
            }
            if (joined && s->tag[j] == T_PREP)
                return T_NOUN;
        }
        /* "Israeli tanks and troops stormed": after a nationality adjective, a
           plural noun is the noun it qualifies (not before an object: "an Iraqi
           tells them") */
        if ((pos & POS_V3SG) && (pos & POS_NOUN) && pt == T_PROPN && p == i - 1 && (s->tok[p].pos & POS_ADJ) &&
            !(p > 0 && (is(s, p - 1, W_a) || is(s, p - 1, W_an))) && i + 1 < s->ntok && !(s->tok[i + 1].pos & (POS_DET | POS_POSS | POS_PRON)))
            return T_NOUN;
        /* "Calenardhon crowds burned": a plural noun before a finite verb */
        if ((pos & POS_V3SG) && (pos & POS_NOUN) && i + 1 < s->ntok &&
            ((s->tok[i + 1].pos & (POS_VPAST | POS_MODAL)) || (s->tok[i + 1].pos & POS_AUX)) &&
            !(s->tok[i + 1].pos & (POS_NOUN | POS_DET)))
            return T_NOUN;
        if (!clause_has_verb && (pos & (POS_VPAST | POS_V3SG | POS_VPART))) {
            if ((pos & POS_V3SG) && (pos & POS_NOUN) && !object_follows && w && w->nfreq > 3 * w->vfreq + 2 &&
                nxt != T_PREP)
                return T_NOUN;
            return vt == T_VING ? T_VING : ((pos & POS_VPAST) ? T_VPAST : (pos & POS_VPART) ? T_VPART : T_VERB);
        }
        if (!clause_has_verb && (pos & POS_VERB) && object_follows && pt == T_PRON)
            return T_VERB;
        /* "Ethiopia act on a resolution with Libya": a lower-case base form right
           after the name that opens the sentence, before a preposition, is the
           verb when nothing after it could be */
        if (!clause_has_verb && (pos & POS_VERB) && pt == T_PROPN && p == i - 1 && !(s->tok[i].flags & TF_CAP) &&
            i + 1 < s->ntok && (s->tok[i + 1].pos & POS_PREP) && !(s->tok[i + 1].pos & (POS_NOUN | POS_ANYVERB)) &&
            no_finite_verb_after(s, i + 1)) {
            int j = p;
            while (j > 0 && s->tag[j - 1] == T_PROPN)
                j--;
            if (j == 0 || (j == 1 && s->tag[0] == T_DET))
                return T_VERB;
        }
        /* "demanded that Israel increase aid deliveries": in a that-clause, the
           base form (a subjunctive) right after the subject's name is its verb */
        /* (and so is one before "down", "aside", "out": "demanding that President
           Hosni Mubarak step down") */
        static const uint16_t sub_particles[] = {W_down, W_aside, W_out, W_back};
        if (!clause_has_verb && (pos & POS_VERB) && pt == T_PROPN && p == i - 1 && i + 1 < s->ntok &&
            ((!(s->tok[i + 1].pos & (POS_VERB | POS_VPAST | POS_PREP)) &&
              (s->tok[i + 1].pos & (POS_NOUN | POS_ADJ | POS_DET))) ||
             (!(s->tok[i].flags & TF_CAP) && sent_tok_in(s, i + 1, sub_particles, DY_ARRAY_LEN(sub_particles))))) {
            int j = p;
            /* (over a title and a hyphen too: "that President Omar al-Bashir") */
            while (j > 0 &&
                   (s->tag[j] == T_PROPN || (s->tag[j] == T_NOUN && (s->tok[j].flags & TF_CAP)) ||
                    (s->tok[j].flags & TF_HYPHEN)) &&
                   p - j < 7)
                j--;
            if (is(s, j, W_that) && j > 0 && (s->tok[j - 1].pos & POS_ANYVERB))
                return T_VERB;
        }
        /* "Will Israel strike Iran's nuclear sites?": in a question opened by a
           modal, the base form after the subject's name is its verb */
        if (!clause_has_verb && (pos & POS_VERB) && pt == T_PROPN && s->ntok > 2 && s->tag[0] == T_MODAL &&
            is(s, s->ntok - 1, W_QMARK))
            return T_VERB;
        /* "Fornost and Gondor welcome a resumption": after a compound of names, a
           base form before a determiner is the plural subject's verb */
        if (!clause_has_verb && (pos & POS_VERB) && pt == T_PROPN && i + 1 < s->ntok &&
            (s->tok[i + 1].pos & (POS_DET | POS_POSS)) && !(s->tok[i + 1].pos & POS_NOUN) && compound_names_before(s, p))
            return T_VERB;
        if ((pos & POS_VPART) && is(s, i + 1, W_by) && !by_gerund(s, i + 1))
            return T_VPART;
        /* "..., after Prime Minister Abiy Ahmed accused the TPLF": a name opened by a
           subordinating "after" or "before" is the subject of the past verb after it */
        /* ("since Turkey shot down a Russian warplane": a particle may come first) */
        int nx = i + 1 < s->ntok && particle(s, i + 1) ? i + 2 : i + 1;
        if ((pos & POS_VPAST) && pt == T_PROPN && p == i - 1 && nx < s->ntok &&
            ((s->tok[nx].pos & (POS_DET | POS_POSS)) || (s->tok[nx].flags & TF_CAP))) {
            int j = p;
            while (j > 0 && (s->tag[j] == T_PROPN || s->tag[j] == T_NOUN) && p - j < 6)
                j--;
            if (is(s, j, W_after) || is(s, j, W_before) || is(s, j, W_since) || is(s, j, W_until))
                return T_VPAST;
        }
        /* "captured Saddam Hussein hiding in a hole": after a name (not a
           nationality), an -ing form before a preposition opens a participle
           clause once the clause has its verb */
        if ((pos & POS_VING) && clause_has_verb && pt == T_PROPN && p == i - 1 && !(s->tok[p].pos & POS_ADJ) &&
            i + 1 < s->ntok && (s->tok[i + 1].pos & POS_PREP) && !(s->tok[i + 1].pos & (POS_NOUN | POS_ANYVERB)))
            return T_VING;
        if (pos & POS_NOUN)
            return T_NOUN;
    }
    if (pt == T_PREP && (pos & POS_VING))
        return T_VING;
    /* "police fired tear gas and live rounds at protesters": once the clause has
       its verb, a base form that is also an adjective, after "and" that follows a
       noun and before a plural noun, opens a second object ("and seized weapons",
       a past form, stays a verb) */
    if (pt == T_CONJ && p >= 2 && s->tag[p - 1] == T_NOUN && (pos & POS_ADJ) && (pos & POS_VERB) &&
        !(pos & (POS_VPAST | POS_VPART | POS_VING)) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) &&
        (s->tok[i + 1].pos & POS_PLURAL) && !(s->tok[i + 1].pos & (POS_DET | POS_PRON | POS_PREP))) {
        /* (the verb before "and" is in the same stretch of the sentence) */
        for (int k = p - 2; k >= 0 && s->tag[k] != T_PUNCT && s->tag[k] != T_CONJ; k--)
            if (tag_is_verb(s->tag[k]))
                return T_ADJ;
    }
    /* "awful and evil minister": coordinated adjectives before a noun */
    if (pt == T_CONJ && p >= 1 && s->tag[p - 1] == T_ADJ && (pos & POS_ADJ) && i + 1 < s->ntok &&
        (s->tok[i + 1].pos & POS_NOUN) && !(s->tok[i + 1].pos & POS_DET))
        return T_ADJ;
    /* "killing hundreds of people and taking scores of hostages": a gerund
       after "and" that joins a participle before it, with an object, is one too */
    if (pt == T_CONJ && (pos & POS_VING) && i + 1 < s->ntok &&
        (s->tok[i + 1].pos & (POS_DET | POS_POSS | POS_NUM) || (quantity_head(s, i + 1) && is(s, i + 2, W_of)))) {
        for (int k = p - 1; k >= 0 && k >= p - 8; k--) {
            if (tok_punct(s, k, ',') || tok_punct(s, k, ';') || s->tag[k] == T_CONJ)
                break;
            if (tag_is_verb(s->tag[k])) {
                if (s->tag[k] == T_VING)
                    return T_VING;
                break;
            }
        }
    }
    if (pt == T_PREP || pt == T_CONJ) {
        if ((pos & POS_NOUN) && !(pos & POS_VPAST))
            return T_NOUN;
    }
    if (pt == T_CONJ || (pt == T_PUNCT && (tok_punct(s, p, ',') || tok_punct(s, p, ';')))) {
        if (pos & (POS_VPAST | POS_VPART))
            return (pos & POS_VPAST) ? T_VPAST : T_VPART;
        /* ", prompting President Trump to ...": a participle opening a clause */
        /* (", killing hundreds of people and taking scores of hostages", ", killing
           two marines", ", wounding at least 39 people": before a number or a word
           of quantity too, the participle of the clause's casualties) */
        if ((pos & POS_VING) && i + 1 < s->ntok &&
            (s->tok[i + 1].pos & (POS_DET | POS_POSS | POS_NUM) || (s->tok[i + 1].flags & TF_CAP) ||
             s->tok_unit[i + 1] >= 0 || (quantity_head(s, i + 1) && is(s, i + 2, W_of)) || sent_count_at(s, i + 1)))
            return T_VING;
        /* "; and keep up its cooperation", "and sign a deal": a verb before its object */
        int nx = i + 1;
        if (nx < s->ntok && particle(s, nx) && nx + 1 < s->ntok)
            nx++;
        if ((pos & POS_VERB) && nx < s->ntok && (s->tok[nx].pos & (POS_DET | POS_POSS)) && !(s->tok[nx].pos & POS_NOUN))
            return T_VERB;
    }
    /* after a preposition or determiner, an adjective reading before a verb one
       ("towards further adventures") */
    if ((pt == T_PREP || pt == T_DET || pt == T_POSS || pt == T_SPOSS) && (pos & POS_ADJ) && !(pos & POS_NOUN))
        return T_ADJ;
    /* right after a verb, an object or its modifier, not a second verb
       ("restore complete, full ties", "abandon improved relations") */
    if (tag_is_verb(pt) && p == i - 1 && (pos & POS_VPART) && !(pos & POS_VING) && i + 1 < s->ntok &&
        (s->tok[i + 1].pos & (POS_ADJ | POS_NOUN)) && !(s->tok[i + 1].pos & POS_DET))
        return T_ADJ;
    if (tag_is_verb(pt) && p == i - 1 && !(pos & POS_VING)) {
        if (pos & POS_ADJ)
            return T_ADJ;
        if (pos & POS_NOUN)
            return T_NOUN;
    }
    /* otherwise the more frequent reading */
    if (w) {
        int nv = w->vfreq, nn = w->nfreq;
        if ((pos & POS_VING) && !(pos & POS_NOUN))
            return T_VING;
        if ((pos & (POS_VPAST | POS_VPART)) && !(pos & POS_NOUN))
            return vt;
        if (nv > nn && (pos & POS_ANYVERB))
            return vt;
    }
    if (pos & POS_NOUN)
        return T_NOUN;
    if (pos & POS_ANYVERB)
        return vt;
    return T_OTHER;
}

void syntax_tag(const dy_dict *d, dy_sent *s)
{
    const dy_word *words = D_WORDS(d);
    int clause_has_verb = 0;
    for (int i = 0; i < s->ntok; i++) {
        const dy_token *t = &s->tok[i];
        uint32_t pos = t->pos;
        int tag = T_OTHER;
        const dy_word *w = t->word ? &words[t->word] : (t->lemma ? &words[t->lemma] : NULL);
        if (t->kind == TK_PUNCT || t->kind == TK_QUOTE) {
            tag = T_PUNCT;
            if (tok_punct(s, i, ',') || tok_punct(s, i, ';') || tok_punct(s, i, ':') || is(s, i, W_DASH))
                clause_has_verb = 0;
        } else if (t->kind == TK_NUM) {
            tag = T_NUM;
        } else if (s->tok_unit[i] >= 0) {
            /* inside a dictionary actor or agent phrase */
            const dy_unit *u = &s->units[s->tok_unit[i]];
            tag = u->actor ? T_PROPN : T_NOUN;
        } else if (is(s, i, W_Q_s) || is(s, i, W_APOS)) {
            int p = i - 1;
            if (p >= 0 && (s->tag[p] == T_PRON || is(s, p, W_that) || is(s, p, W_there) || is(s, p, W_what)))
                tag = T_AUX;
            else
                tag = T_SPOSS;
        } else if (is(s, i, W_including) || is(s, i, W_according)) {
            /* "six diplomats, including the high commissioner": a preposition */
            tag = T_PREP;
        } else if (is(s, i, W_to)) {
            /* infinitive when a base verb follows, maybe after an adverb ("to
               formally recognise"; a pure adverb, not "to more talks") */
            int nx = i + 1;
            if (nx + 1 < s->ntok && (s->tok[nx].pos & POS_ADV) && !(s->tok[nx].pos & (POS_NOUN | POS_ADJ | POS_VERB | POS_DET)) &&
                !(s->tok[nx].flags & TF_CAP) && (s->tok[nx + 1].pos & POS_VERB) && !(s->tok[nx + 1].pos & POS_NOUN))
                nx++;
            const dy_token *n = nx < s->ntok ? &s->tok[nx] : NULL;
            int nu = nx < s->ntok && s->tok_unit[nx] >= 0;
            if (n && !nu && (n->pos & POS_VERB) && !(n->pos & (POS_DET | POS_PRON | POS_POSS)) &&
                !(n->flags & TF_CAP && i + 1 > 0))
                tag = T_TO;
            else if (n && !nu && (n->pos & POS_VERB) && (n->flags & TF_CAP) == 0)
                tag = T_TO;
            else
                tag = T_PREP;
        } else if (pos & (POS_DET | POS_PRON | POS_POSS | POS_PREP | POS_CONJ | POS_SCONJ | POS_AUX | POS_MODAL |
                          POS_NEG | POS_WH)) {
            /* function words, with a few ambiguous ones decided in context */
            if (is(s, i, W_that)) {
                int p = i - 1;
                int nxt_noun = i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) && !(s->tok[i + 1].pos & POS_ANYVERB) &&
                               !((s->tok[i + 1].flags & TF_CAP) && i > 0);
                /* "Germany said on Wednesday that tests by a military laboratory
                   had shown": after "said" and a day's or month's name (or
                   "today", "yesterday") "that" opens the reported clause, not a
                   relative one on the day (as it can after other verbs: "vetoed a
                   resolution on Friday that would have condemned") */
                int rv = p >= 1 && is(s, p - 1, W_on) ? p - 2 : p - 1;
                int day_before = p >= 0 && (s->tok[p].pos & POS_TIME) &&
                                 ((s->tok[p].flags & TF_CAP) || is(s, p, W_today) || is(s, p, W_yesterday)) &&
                                 rv >= 0 && (s->tok[rv].pos & POS_REPORT) && (is(s, rv, W_said) || is(s, rv, W_says));
                if (day_before)
                    tag = nxt_noun ? T_DET : T_SCONJ;
                else if (p >= 0 && (s->tag[p] == T_NOUN || s->tag[p] == T_PROPN) && !nxt_noun)
                    tag = T_WH;
                else if (nxt_noun)
                    tag = T_DET;
                else
                    tag = T_SCONJ;
            } else if (pos & POS_AUX) {
                tag = T_AUX;
                /* "have", "do", "be" as main verbs are decided by the verb grouper */
            } else if (pos & POS_MODAL)
                tag = T_MODAL;
            else if ((pos & POS_NEG) && !(pos & (POS_DET | POS_PRON | POS_PREP | POS_CONJ)))
                tag = T_NEG;
            else if (pos & POS_POSS)
                tag = (pos & POS_PRON) && is(s, i, W_her) && i + 1 < s->ntok && !(s->tok[i + 1].pos & (POS_NOUN | POS_ADJ))
                          ? T_PRON
                          : T_POSS;
            else if (pos & POS_WH)
                tag = (pos & POS_DET) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) ? T_DET : T_WH;
            else if (pos & POS_DET)
                tag = T_DET;
            else if (pos & POS_PRON)
                tag = T_PRON;
            else if (pos & POS_PREP) {
                tag = (pos & POS_SCONJ) && clause_has_verb && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_PRON)
                          ? T_SCONJ
                          : T_PREP;
                /* "About 1,000 Saudi soldiers crossed": "about" or "around" before
                   a number opening the sentence is an adverb (approximately), so
                   the phrase is the subject, not a preposition's object */
                if (i == 0 && (is(s, i, W_about) || is(s, i, W_around)) && i + 1 < s->ntok &&
                    (s->tok[i + 1].pos & POS_NUM))
                    tag = T_ADV;
            }
            else if (pos & POS_CONJ)
                tag = T_CONJ;
            else if (pos & POS_SCONJ)
                tag = T_SCONJ;
            if (is(s, i, W_like) && (pos & POS_VERB) && i > 0 && s->tag[i - 1] == T_MODAL)
                tag = T_VERB;
        } else if ((t->flags & TF_CAP) && !(pos & POS_TIME) &&
                   (i > 0 || !(pos & (POS_ANYVERB | POS_ADJ | POS_ADV | POS_NOUN)))) {
            /* Capitalised words inside a sentence are names; titles in headlines are
               handled by the verb reading when a name would leave no verb. */
            tag = T_PROPN;
            if (i > 0 && (pos & POS_ANYVERB) && !(t->flags & TF_ALLCAP) && s->tok_unit[i - 1] < 0 &&
                (s->tag[i - 1] == T_PROPN || s->tag[i - 1] == T_NOUN)) {
                /* Title Case headline ("Putin Now Needs a Plan"): keep verbs verbs */
                int nt = noun_or_verb(s, i, pos, w, clause_has_verb);
                if (tag_is_verb(nt) && !clause_has_verb)
                    tag = nt;
            }
        } else if (pos & (POS_NOUN | POS_ANYVERB)) {
            tag = noun_or_verb(s, i, pos, w, clause_has_verb);
            if (tag == T_NOUN && (pos & POS_ADJ) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_NOUN) &&
                !(s->tok[i + 1].pos & POS_ANYVERB) && w && w->afreq > w->nfreq)
                tag = T_ADJ;
        } else if (pos & POS_ADJ) {
            tag = T_ADJ;
        } else if (pos & POS_ADV) {
            tag = T_ADV;
        } else if (pos & POS_NUM) {
            tag = T_NUM;
        } else if (t->flags & TF_CAP) {
            tag = T_PROPN;
        } else {
            tag = T_NOUN; /* unknown lower-case word */
        }
        /* "did not even ever clash": an adverb between an auxiliary and its verb */
        if (i > 0 && (s->tag[i - 1] == T_AUX || s->tag[i - 1] == T_NEG || s->tag[i - 1] == T_MODAL || s->tag[i - 1] == T_ADV) &&
            (pos & POS_ADV) && i + 1 < s->ntok && (s->tok[i + 1].pos & (POS_VERB | POS_ADV)) &&
            (tag_is_verb(tag) || tag == T_NOUN || tag == T_ADJ))
            tag = T_ADV;
        /* "most certainly", "more quickly": a degree word before an adverb */
        if ((is(s, i, W_most) || is(s, i, W_more) || is(s, i, W_less) || is(s, i, W_least) || is(s, i, W_very)) &&
            i + 1 < s->ntok && (s->tok[i + 1].pos & POS_ADV) && !(s->tok[i + 1].pos & (POS_NOUN | POS_ADJ)))
            tag = T_ADV;
        /* adverbs that are also adjectives: before a verb or after one, an adverb */
        if (tag == T_ADJ && (pos & POS_ADV) && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_ANYVERB) &&
            !(s->tok[i + 1].pos & POS_NOUN))
            tag = T_ADV;
        s->tag[i] = (uint8_t)tag;
        if (tag_is_verb(tag) && tag != T_VING)
            clause_has_verb = 1;
        if (tag == T_SCONJ || tag == T_WH || tag == T_CONJ)
            clause_has_verb = 0;
    }
    /* "will no longer support": "no longer" is an adverb of negation */
    for (int i = 0; i + 2 < s->ntok; i++)
        if (is(s, i, W_no) && is(s, i + 1, W_longer) && (s->tok[i + 2].pos & POS_VERB)) {
            s->tag[i] = T_NEG;
            s->tag[i + 1] = T_ADV;
            if (s->tag[i + 2] == T_NOUN || s->tag[i + 2] == T_ADJ)
                s->tag[i + 2] = T_VERB;
        }
    /* "what X did was offer", "all X can do is offer": a base verb after the copula */
    for (int i = 2; i + 1 < s->ntok; i++) {
        if ((is(s, i, W_is) || is(s, i, W_was)) && (is(s, i - 1, W_do) || is(s, i - 1, W_did)) &&
            (s->tok[i + 1].pos & POS_VERB) && s->tok_unit[i + 1] < 0)
            s->tag[i + 1] = T_VERB;
    }
    /* Second pass: an auxiliary with no verb after it is the main verb ("Mordor isn't
       a pleasant place"); "'s" between a noun and a participle is "is"/"has". */
    for (int i = 0; i < s->ntok; i++) {
        if (s->tag[i] == T_SPOSS && i + 1 < s->ntok && (s->tag[i + 1] == T_VPART || s->tag[i + 1] == T_VING ||
                                                        s->tag[i + 1] == T_NEG || is(s, i + 1, W_been)))
            s->tag[i] = T_AUX;
    }
    /* "four partly occupied regions", "the newly elected parliament": a past
       participle between an adverb and a noun, after a determiner, number,
       adjective or preposition, is an adjective */
    static const uint16_t numbers[] = {W_two, W_three, W_four, W_five, W_six, W_seven, W_eight, W_nine, W_ten,
                                       W_several, W_many, W_some, W_few, W_other};
    for (int i = 2; i + 1 < s->ntok; i++)
        if ((s->tag[i] == T_VPAST || s->tag[i] == T_VPART) && (s->tok[i].pos & POS_VPART) && s->tag[i - 1] == T_ADV &&
            s->tag[i + 1] == T_NOUN &&
            ((s->tok[i - 2].pos & POS_NUM) || sent_tok_in(s, i - 2, numbers, DY_ARRAY_LEN(numbers)) || s->tag[i - 2] == T_DET || s->tag[i - 2] == T_POSS ||
             s->tag[i - 2] == T_SPOSS || s->tag[i - 2] == T_ADJ || s->tag[i - 2] == T_NUM || s->tag[i - 2] == T_PREP))
            s->tag[i] = T_ADJ;
    /* "a UN-backed mission", "Iran-backed militias", "its live-fire drills": words
       joined by a hyphen after a determiner, a possessive, an adjective or a
       preposition (or opening the sentence) form a compound adjective; after a
       subject they may be a verb ("North Korea test-fired a missile") */
    for (int i = 2; i < s->ntok; i++) {
        const dy_token *h = &s->tok[i - 1], *w = &s->tok[i - 2], *v = &s->tok[i];
        if (!(h->len == 1 && s->text[h->off] == '-' && w->off + w->len == h->off && h->off + 1 == v->off &&
              w->kind != TK_PUNCT && v->kind != TK_PUNCT))
            continue;
        int before = i >= 3 ? s->tag[i - 3] : T_OTHER;
        /* ("largest-ever live-fire drills": a compound after a compound) */
        int after_compound = before == T_ADV && i >= 4 && s->tok[i - 4].len == 1 && s->text[s->tok[i - 4].off] == '-';
        int modifier = i < 3 || before == T_DET || before == T_POSS || before == T_SPOSS || before == T_ADJ ||
                       before == T_NUM || before == T_PREP || before == T_PUNCT || before == T_CONJ || after_compound;
        if (!modifier) {
            /* "North Korea test-fired": the first part modifies the verb */
            if ((s->tag[i] == T_VPAST || s->tag[i] == T_VERB) && s->tag[i - 2] == T_NOUN)
                s->tag[i - 2] = T_ADV;
            continue;
        }
        for (int k = i - 2; k <= i; k += 2) {
            int t = s->tag[k];
            if (t == T_VERB || t == T_VPAST || t == T_VPART || t == T_VING)
                s->tag[k] = T_ADJ;
        }
    }
}

/* ==== noun-phrase chunks ================================================================ */

static int np_inner(const dy_sent *s, int i)
{
    int t = s->tag[i];
    return t == T_NOUN || t == T_PROPN || t == T_ADJ || t == T_NUM || t == T_DET || t == T_POSS || t == T_SPOSS ||
           /* "Syria-based Kurds", "U.S.-backed forces" */
           ((t == T_VPAST || t == T_VPART) && i > 0 && (s->tok[i - 1].flags & TF_HYPHEN) && i + 1 < s->ntok &&
            (tag_is_nominal(s->tag[i + 1]) || s->tag[i + 1] == T_ADJ)) ||
           (t == T_VPART && i + 1 < s->ntok && tag_is_nominal(s->tag[i + 1]) && s->tok_unit[i] < 0 && i > 0 &&
            (s->tag[i - 1] == T_DET || s->tag[i - 1] == T_ADJ || s->tag[i - 1] == T_POSS || s->tag[i - 1] == T_SPOSS ||
             (s->tok[i - 1].flags & TF_HYPHEN))) ||
           (t == T_VING && i > 0 && (s->tag[i - 1] == T_DET || s->tag[i - 1] == T_ADJ) && i + 1 < s->ntok &&
            tag_is_nominal(s->tag[i + 1])) ||
           (t == T_ADV && i + 1 < s->ntok && s->tag[i + 1] == T_ADJ) ||
           (s->tok[i].flags & TF_HYPHEN) || (t == T_PUNCT && is(s, i, W_APOS)) || s->tok_unit[i] >= 0 ||
           /* his "indisputable contribution": quotes inside a phrase */
           (s->tok[i].kind == TK_QUOTE && i > 0 && i + 1 < s->ntok &&
            (s->tag[i - 1] == T_POSS || s->tag[i - 1] == T_DET || s->tag[i - 1] == T_ADJ || tag_is_nominal(s->tag[i - 1])) &&
            (s->tag[i + 1] == T_ADJ || tag_is_nominal(s->tag[i + 1]) || s->tok[i + 1].kind == TK_QUOTE));
}

/* A time expression starts here: "next weekend", "last week", "this month". */
static int time_start(const dy_sent *s, int i)
{
    if (is(s, i, W_yesterday) || is(s, i, W_today) || is(s, i, W_tomorrow) || is(s, i, W_tonight) ||
        is(s, i, W_overnight))
        return 1;
    if ((is(s, i, W_next) || is(s, i, W_last) || is(s, i, W_this) || is(s, i, W_past) || is(s, i, W_coming) ||
         is(s, i, W_early) || is(s, i, W_late)) &&
        i + 1 < s->ntok && (s->tok[i + 1].pos & POS_TIME))
        return 1;
    return 0;
}

/* "awful and evil minister": an "and" between two adjectives stays inside the
   phrase, where a list of actors would split it */
static int adjectives_joined(const dy_sent *s, int j)
{
    if (j > 0 && j + 1 < s->ntok && s->tag[j] == T_CONJ && s->tag[j - 1] == T_ADJ && s->tag[j + 1] == T_ADJ)
        return 1;
    /* "its foreign and defence ministers": an adjective and a noun modifier of one head */
    return j > 1 && j + 2 < s->ntok && is(s, j, W_and) && s->tag[j - 1] == T_ADJ &&
           (s->tag[j - 2] == T_POSS || s->tag[j - 2] == T_DET) && s->tag[j + 1] == T_NOUN && s->tag[j + 2] == T_NOUN &&
           !(s->tok[j + 1].pos & POS_PLURAL);
}

/* "Eriador's death and injury toll", "Russia's oil and gas exports": an "and"
   between two common nouns that modify a shared head stays inside the phrase
   (not between words of the dictionary, which may be actors or roles: "army and
   police forces" is a list; "oil and gas minister" is one) */
static int nouns_joined(const dy_sent *s, int j)
{
    if (j < 1 || j + 2 >= s->ntok || !(is(s, j, W_and) || is(s, j, W_or)))
        return 0;
    if (s->tag[j - 1] != T_NOUN || s->tag[j + 1] != T_NOUN || s->tag[j + 2] != T_NOUN)
        return 0;
    if (s->tok[j - 1].pos & POS_PLURAL || s->tok[j + 1].pos & POS_PLURAL)
        return 0;
    return !s->tok_unit || (s->tok_unit[j - 1] < 0 && s->tok_unit[j + 1] < 0);
}

void syntax_chunk(dy_sent *s, dy_arena *a)
{
    s->np = dy_arena_alloc(a, sizeof(dy_np) * (size_t)(s->ntok + 1));
    s->tok_np = dy_arena_alloc(a, sizeof(int) * (size_t)(s->ntok + 1));
    s->nnp = 0;
    if (!s->np || !s->tok_np)
        return;
    for (int i = 0; i < s->ntok; i++)
        s->tok_np[i] = -1;
    int i = 0;
    while (i < s->ntok) {
        int t = s->tag[i];
        if (t == T_PRON && !is(s, i, W_that) && !is(s, i, W_which) && !is(s, i, W_who)) {
            dy_np *np = &s->np[s->nnp];
            np->start = i;
            np->end = i + 1;
            np->mention = -1;
            np->prep = (i > 0 && (s->tag[i - 1] == T_PREP)) ? i - 1 : -1;
            s->tok_np[i] = s->nnp++;
            i++;
            continue;
        }
        if (!np_inner(s, i) || (s->tok[i].flags & TF_HYPHEN) || t == T_SPOSS) {
            i++;
            continue;
        }
        int j = i;
        int has_head = 0;
        while (j < s->ntok && (np_inner(s, j) || adjectives_joined(s, j) || (j > i && nouns_joined(s, j)))) {
            /* a determiner inside a phrase starts a new one, unless after 's */
            if (j > i && (s->tag[j] == T_DET || s->tag[j] == T_POSS) && s->tag[j - 1] != T_SPOSS)
                break;
            /* "visit Russia next weekend": the time is a phrase of its own */
            if (j > i && time_start(s, j))
                break;
            /* "gave American diplomats 72 hours", "over Kashmir two days ago": a
               number after a plural noun, or before a unit of time, starts a phrase
               of its own */
            if (j > i && s->tag[j] == T_NUM && tag_is_nominal(s->tag[j - 1]) &&
                ((s->tag[j - 1] == T_NOUN && (s->tok[j - 1].pos & POS_PLURAL)) ||
                 (j + 1 < s->ntok && (s->tok[j + 1].pos & POS_TIME))))
                break;
            /* "forces loyal to Ouattara", "officials close to the talks": an
               adjective after the head, before its preposition, ends the phrase */
            if (j > i && s->tag[j] == T_ADJ && s->tok_unit[j] < 0 && tag_is_nominal(s->tag[j - 1]) &&
                j + 1 < s->ntok && s->tag[j + 1] == T_PREP && !(s->tok[j].flags & TF_CAP) &&
                !(s->tok[j - 1].flags & TF_HYPHEN))
                break;
            /* two units of the same dictionary phrase kind with nothing between:
               keep them together ("Bree Prime Minister Romendacil") */
            if (tag_is_nominal(s->tag[j]))
                has_head = 1;
            j++;
        }
        /* trailing determiners/adjectives without a head are not a phrase */
        if (!has_head) {
            i = j > i ? j : i + 1;
            continue;
        }
        /* do not end on a possessive marker or hyphen */
        while (j > i && (s->tag[j - 1] == T_SPOSS || (s->tok[j - 1].flags & TF_HYPHEN)))
            j--;
        dy_np *np = &s->np[s->nnp];
        np->start = i;
        np->end = j;
        np->mention = -1;
        np->prep = (i > 0 && (s->tag[i - 1] == T_PREP)) ? i - 1 : -1;
        for (int k = i; k < j; k++)
            s->tok_np[k] = s->nnp;
        s->nnp++;
        i = j > i ? j : i + 1;
    }
}

/* ==== verb groups ========================================================================== */

/* "Ethiopia broken down a treaty with Libya": a participle that is no past form
   ("broken", not "broke"), right after the sentence's subject, with an object
   after it, is the verb of a clause that dropped its "has" (a passive takes no
   object; "given", "shown" do: "Iran given a deadline"; nor is "a week ago" one) */
static int dropped_have(const dy_sent *s, int st, int i, int en)
{
    static const uint16_t two_objects[] = {W_give, W_show, W_forgive, W_write, W_teach};
    if (s->tag[i] != T_VPART || (s->tok[i].pos & POS_VPAST) || st != i || i == 0 || s->tok_np[0] < 0 ||
        s->np[s->tok_np[0]].end != st || s->tok_np[i - 1] != s->tok_np[0])
        return 0;
    if (en < s->ntok && particle(s, en))
        en++;
    if (en + 1 >= s->ntok)
        return 0;
    if (!(s->tok[en].pos & POS_DET) || (s->tok[en].pos & POS_NOUN) || (s->tok[en + 1].pos & POS_TIME))
        return 0;
    /* (the base form: the lemma, else the word, else the key, as rl holds it) */
    if (words_has(s->tok[i].rl, two_objects, DY_ARRAY_LEN(two_objects)))
        return 0;
    for (int j = en + 1; j < s->ntok && j <= en + 4; j++)
        if (is(s, j, W_ago))
            return 0;
    return 1;
}

/* "killed last week by a U.S. drone": "by" within a few tokens, before any other verb or comma. */
/* A preposition that may open a clause ("after Moscow recognised", "as China
   launched"). */
static int subordinator(const dy_sent *s, int i)
{
    return is(s, i, W_after) || is(s, i, W_before) || is(s, i, W_since) || is(s, i, W_until) || is(s, i, W_as) ||
           is(s, i, W_while) || is(s, i, W_when) || is(s, i, W_because) || is(s, i, W_once) || is(s, i, W_like);
}

/* Is the phrase at `np_start` part of an earlier verb's object: a non-reporting
   verb group before it, with no clause boundary, comma or time phrase between
   ("threatened to impose a tariff on all goods ...")? Not "a contingent of
   soldiers from Rwanda" (no verb before), "said troops from X" (a report). */
static int inside_object(const dy_sent *s, int np_start)
{
    if (s->nvg == 0)
        return 0;
    const dy_vgroup *p = &s->vg[s->nvg - 1];
    if (p->end > np_start || (s->tok[p->main].pos & POS_REPORT))
        return 0;
    for (int k = p->end; k < np_start + 1 && k < s->ntok; k++)
        if (syntax_is_boundary(s, k) || tok_punct(s, k, ',') || is(s, k, W_that) || (s->tok[k].pos & POS_TIME))
            return 0;
    for (int k = np_start; k < s->ntok && s->tok_np[k] == s->tok_np[np_start]; k++)
        if (s->tok[k].pos & POS_TIME)
            return 0;
    return 1;
}

static int by_follows(const dy_sent *s, int i)
{
    for (int j = i + 1; j < s->ntok && j <= i + 6; j++) {
        /* ("responded by expelling six diplomats": "by" and a gerund is the
           means, not an agent) */
        if (is(s, j, W_by))
            return !by_gerund(s, j);
        /* only adverbs and time words may come between: "killed last week by" */
        int t = s->tag[j];
        uint32_t pos = s->tok[j].pos;
        if (t == T_ADV || (pos & POS_TIME) || is(s, j, W_last) || is(s, j, W_this) || is(s, j, W_early) ||
            is(s, j, W_late) || (t == T_PREP && j + 1 < s->ntok && (s->tok[j + 1].pos & POS_TIME)))
            continue;
        return 0;
    }
    return 0;
}

static int particle(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_off, W_down, W_up, W_out, W_back, W_in, W_on, W_over, W_away, W_into, W_upon};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

/* Matches a dictionary verb entry's required neighbours around token h. */
static int verb_entry_matches(const dy_dict *d, const dy_sent *s, const dy_verb *v, int h, int *vs, int *ve)
{
    const uint32_t *seq = D_SEQ(d);
    int st = h, en = h + 1;
    for (uint32_t k = 0; k < v->npre; k++) {
        int ti = h - (int)v->npre + (int)k;
        if (ti < 0 || s->tok[ti].word != seq[v->pre + k])
            return 0;
        if (k == 0)
            st = ti;
    }
    for (uint32_t k = 0; k < v->npost; k++) {
        int ti = h + 1 + (int)k;
        if (ti >= s->ntok || s->tok[ti].word != seq[v->post + k])
            return 0;
        en = ti + 1;
    }
    *vs = st;
    *ve = en;
    return 1;
}

static uint32_t find_verb_entry(const dy_dict *d, const dy_sent *s, int h, int *vs, int *ve)
{
    uint32_t wid = s->tok[h].word;
    if (!wid)
        return 0;
    const dy_word *w = &D_WORDS(d)[wid];
    uint32_t best = 0;
    int best_len = -1;
    for (uint32_t k = w->verb; k; k = D_VERBS(d)[k].next) {
        const dy_verb *v = &D_VERBS(d)[k];
        int a, b;
        if (!verb_entry_matches(d, s, v, h, &a, &b))
            continue;
        int written = v->head == v->base;
        const dy_verb *bv = best ? &D_VERBS(d)[best] : NULL;
        /* ties: the form as written beats a generated one; then a later file
           (dyad's own verbs, a user dictionary) overrides an earlier one */
        int better = !bv || b - a > best_len ||
                     (b - a == best_len &&
                      ((written && bv->head != bv->base) || (written == (bv->head == bv->base) && v->file > bv->file)));
        if (better) {
            best = k;
            best_len = b - a;
            *vs = a;
            *ve = b;
        }
    }
    return best;
}

void syntax_verb_groups(const dy_dict *d, dy_sent *s, dy_arena *a)
{
    s->vg = dy_arena_alloc(a, sizeof(dy_vgroup) * (size_t)(s->ntok + 1));
    s->tok_vgroup = dy_arena_alloc(a, sizeof(int) * (size_t)(s->ntok + 1));
    s->nvg = 0;
    if (!s->vg || !s->tok_vgroup)
        return;
    for (int i = 0; i < s->ntok; i++)
        s->tok_vgroup[i] = -1;
    for (int i = 0; i < s->ntok; i++) {
        int t = s->tag[i];
        int main_verb = tag_is_verb(t);
        /* "a UN-backed mission", "Iran-allied militias" are tagged adjectives by
           syntax_tag; a verb left after a hyphen follows a subject ("North Korea
           test-fired a missile") */
        /* an auxiliary not followed by a verb is itself the main verb */
        if (t == T_AUX) {
            int j = i + 1;
            while (j < s->ntok && (s->tag[j] == T_ADV || s->tag[j] == T_NEG || s->tag[j] == T_AUX))
                j++;
            if (j < s->ntok && (tag_is_verb(s->tag[j]) || s->tag[j] == T_TO ||
                                (is(s, j, W_about) && s->tag[j + 1 < s->ntok ? j + 1 : j] == T_TO)))
                continue;
            /* "has" + noun: possession; "is" + adjective/noun: copula */
            main_verb = 1;
        }
        if (!main_verb || s->tok_vgroup[i] >= 0)
            continue;
        dy_vgroup *g = &s->vg[s->nvg];
        memset(g, 0, sizeof *g);
        g->main = i;
        g->neg_tok = -1;
        /* walk left over auxiliaries, modals, negation, adverbs, infinitival to */
        int st = i;
        int saw_aux = 0, saw_be = 0, saw_have = 0;
        for (int j = i - 1; j >= 0; j--) {
            int tj = s->tag[j];
            /* "all it can do is offer": a copula before a base verb is not its auxiliary */
            if (tj == T_AUX && t == T_VERB && be_form(s, j) && j == i - 1)
                break;
            if (tj == T_ADV || tj == T_NEG || tj == T_AUX || tj == T_MODAL || tj == T_TO ||
                (is(s, j, W_about) && j + 1 < s->ntok && s->tag[j + 1] == T_TO) ||
                (is(s, j, W_going) && j + 1 < s->ntok && s->tag[j + 1] == T_TO)) {
                if (s->tok_vgroup[j] >= 0)
                    break;
                if (tj == T_NEG) {
                    g->neg = 1;
                    g->neg_tok = j;
                }
                if (tj == T_AUX) {
                    saw_aux = 1;
                    if (be_form(s, j))
                        saw_be = 1;
                    if (have_form(s, j))
                        saw_have = 1;
                }
                if (tj == T_MODAL) {
                    if (is(s, j, W_will) || is(s, j, W_wo) || is(s, j, W_shall) || is(s, j, W_Q_ll))
                        g->future = 1;
                    else
                        g->modal = 1;
                    saw_aux = 1;
                }
                if (tj == T_TO) {
                    /* "is to", "is about to", "is going to": future; otherwise an infinitive */
                    int k = j - 1;
                    if (k >= 0 && (is(s, k, W_about) || is(s, k, W_going)))
                        k--;
                    if (k >= 0 && be_form(s, k) && s->tag[k] == T_AUX) {
                        g->future = 1;
                    } else {
                        g->infinitive = 1;
                        st = j;
                        break;
                    }
                }
                st = j;
                continue;
            }
            break;
        }
        /* trailing adverbs are not part of the group, leading ones are */
        while (st < i && s->tag[st] == T_ADV)
            st++;
        g->start = st;
        int en = i + 1;
        if (en < s->ntok && particle(s, en) && s->tag[en] != T_PREP)
            en++;
        g->end = en;
        g->finite = !g->infinitive && (saw_aux || t == T_VPAST || t == T_VERB || t == T_AUX);
        if ((t == T_VPART && saw_be) || (t == T_VPART && !saw_aux && !saw_have && !g->infinitive))
            g->passive = 1;
        if (t == T_VPART && saw_have && !saw_be)
            g->passive = 0;
        if ((t == T_VPART || t == T_VING) && !saw_aux && !g->infinitive)
            g->participle = 1;
        /* (only a form that can be a participle: "spoke by telephone" is no passive) */
        if ((t == T_VPAST || t == T_VPART) && (s->tok[i].pos & POS_VPART) && !saw_aux && i > 0 &&
            (tag_is_nominal(s->tag[i - 1]) || tok_punct(s, i - 1, ',')) && by_follows(s, i)) {
            /* "forces commanded by Soleimani": a reduced passive clause */
            g->participle = 1;
            g->passive = 1;
            g->finite = 0;
        }
        /* "a tariff on all goods imported from Mexico": a phrase inside a
           prepositional phrase is no subject, so a past form right after it, with
           a preposition of its own and no object, is a reduced passive clause */
        if ((t == T_VPAST || t == T_VPART) && (s->tok[i].pos & POS_VPART) && !saw_aux && i > 0 && i + 1 < s->ntok &&
            tag_is_nominal(s->tag[i - 1]) && s->tok_np[i - 1] >= 0 && s->np[s->tok_np[i - 1]].end == i &&
            s->np[s->tok_np[i - 1]].prep >= 0 && s->tag[i + 1] == T_PREP &&
            !subordinator(s, s->np[s->tok_np[i - 1]].prep) && inside_object(s, s->np[s->tok_np[i - 1]].start)) {
            g->participle = 1;
            g->passive = 1;
            g->finite = 0;
        }
        /* "refused to release 24 Ukrainian sailors seized near the Kerch Strait",
           "handed back the Indian pilot captured after ...": a past form right after
           the object of a finite verb, before a preposition, is a reduced passive
           clause (not after a verb of saying: "said Russian troops attacked in") */
        if (t == T_VPAST && (s->tok[i].pos & POS_VPART) && !saw_aux && !g->participle && i > 0 &&
            s->tag[i - 1] == T_NOUN && i + 1 < s->ntok && s->tag[i + 1] == T_PREP && !is(s, i + 1, W_to) &&
            s->nvg > 0 && (s->vg[s->nvg - 1].finite || s->vg[s->nvg - 1].infinitive) &&
            !(s->tok[s->vg[s->nvg - 1].main].pos & POS_REPORT)) {
            int clean = 1;
            /* (an "and" between two nouns joins the object: "pardoned the 15
               British sailors and marines seized in the Gulf") */
            for (int j = s->vg[s->nvg - 1].end; j < i && clean; j++)
                clean = s->tag[j] != T_PUNCT && s->tag[j] != T_WH && s->tag[j] != T_SCONJ && s->tag[j] != T_PREP &&
                        (s->tag[j] != T_CONJ || (j > 0 && j + 1 < i && tag_is_nominal(s->tag[j - 1]) &&
                                                 (tag_is_nominal(s->tag[j + 1]) || s->tag[j + 1] == T_DET ||
                                                  s->tag[j + 1] == T_ADJ)));
            if (clean) {
                g->participle = 1;
                g->passive = 1;
                g->finite = 0;
            }
        }
        /* "Bashir was ousted and arrested by the army": a past form right after
           "and" or "or" that follows a passive shares its auxiliary, when no
           object follows it */
        int shared_be = 0;
        if ((t == T_VPAST || t == T_VPART) && (s->tok[i].pos & POS_VPART) && !saw_aux && st == i && i >= 2 &&
            (is(s, i - 1, W_and) || is(s, i - 1, W_or)) && s->nvg > 0 && s->vg[s->nvg - 1].end == i - 1 &&
            s->vg[s->nvg - 1].passive && s->vg[s->nvg - 1].finite && !s->vg[s->nvg - 1].participle &&
            (i + 1 >= s->ntok || s->tag[i + 1] == T_PREP || s->tag[i + 1] == T_PUNCT)) {
            g->passive = 1;
            g->participle = 0;
            g->finite = 1;
            shared_be = 1;
        }
        if (t == T_VPART && !saw_aux && !shared_be)
            g->finite = 0;
        if (t == T_VING && !saw_aux)
            g->finite = 0;
        if (dropped_have(s, st, i, en))
            g->passive = g->participle = 0, g->finite = 1;
        g->vstart = g->vend = -1;
        if (t != T_AUX || 1) {
            int vs, ve;
            uint32_t v = find_verb_entry(d, s, i, &vs, &ve);
            /* "will not wire tap the links", entry WIRE_+TAP: the verb read as a
               noun after a word of its own multi-word entry */
            if (!v && i + 1 < s->ntok && (s->tok[i + 1].pos & POS_ANYVERB)) {
                v = find_verb_entry(d, s, i + 1, &vs, &ve);
                if (v && vs > i)
                    v = 0;
            }
            if (v) {
                g->verb = v;
                g->vstart = vs;
                g->vend = ve;
                if (ve > g->end)
                    g->end = ve;
                if (vs < g->start)
                    g->start = vs;
            }
        }
        for (int k = g->start; k < g->end; k++)
            if (s->tok_vgroup[k] < 0)
                s->tok_vgroup[k] = s->nvg;
        s->nvg++;
    }
}

/* ==== clause roles ======================================================================== */

int syntax_is_boundary(const dy_sent *s, int i)
{
    if (i < 0 || i >= s->ntok)
        return 1;
    int t = s->tag[i];
    if (t == T_SCONJ || t == T_WH)
        return 1;
    if (tok_punct(s, i, ';') || tok_punct(s, i, ':') || is(s, i, W_DASH))
        return 1;
    if (s->tok[i].kind == TK_QUOTE) {
        /* called Putin "my dear friend": a short quoted phrase with no verb is a
           phrase of the clause, not a boundary */
        for (int dir = -1; dir <= 1; dir += 2) {
            int verbless = 1;
            for (int k = i + dir, n = 0; k >= 0 && k < s->ntok && n < 6; k += dir, n++) {
                if (s->tok[k].kind == TK_QUOTE) {
                    if (verbless && n > 0 && (dir > 0 ? i > 0 && tag_is_nominal(s->tag[i - 1])
                                                      : k > 0 && tag_is_nominal(s->tag[k - 1])))
                        return 0;
                    break;
                }
                if (tag_is_verb(s->tag[k]) || s->tag[k] == T_AUX || s->tag[k] == T_MODAL || s->tag[k] == T_PUNCT)
                    verbless = 0;
            }
        }
        return 1;
    }
    return 0;
}

/* Object-control verbs: in "urged Bree to help", Bree is who helps. */
int syntax_object_control(const dy_sent *s, int verb_tok)
{
    static const uint16_t v[] = {W_urge,    W_ask,      W_invite,   W_encourage, W_tell,     W_order,
                                 W_force,   W_persuade, W_allow,    W_call,      W_help,     W_press,
                                 W_request, W_warn,     W_advise,   W_permit,    W_enable,   W_instruct,
                                 W_compel,  W_pressure, W_appeal,   W_want,      W_expect,   W_prompt,
                                 W_spur,    W_cause,    W_lead,     W_push,      W_drive,    W_oblige};
    /* (a token the dictionary does not know is no such verb) */
    const dy_token *t = &s->tok[verb_tok];
    return (t->lemma || t->word) && words_has(t->rl, v, DY_ARRAY_LEN(v));
}

/* Skips left over a comma-delimited parenthetical ", the state's fiercest foe,"
   or "(EU)" ending at token i (the closing comma/bracket). Returns the token before
   its opening, or i when it is not one. */
static int skip_parenthetical(const dy_sent *s, int i)
{
    if (tok_punct(s, i, ')')) {
        for (int j = i - 1; j >= 0 && i - j < 12; j--)
            if (tok_punct(s, j, '('))
                return j - 1;
        return i;
    }
    if (!tok_punct(s, i, ','))
        return i;
    for (int j = i - 1; j >= 0 && i - j < 25; j--) {
        if (tok_punct(s, j, ',')) {
            /* an apposition is a noun phrase; a relative clause starts with who/which */
            int k = j + 1;
            if (k < i && (s->tag[k] == T_WH || s->tag[k] == T_DET || s->tag[k] == T_POSS || tag_is_nominal(s->tag[k]) ||
                          s->tag[k] == T_ADJ || s->tag[k] == T_VPART || s->tag[k] == T_ADV || s->tag[k] == T_PREP ||
                          (s->tag[k] == T_VPAST && k + 1 < i && is(s, k + 1, W_by))))
                return j - 1;
            return i;
        }
    }
    return i;
}

int syntax_subject_np(const dy_sent *s, int vgi, int *via)
{
    const dy_vgroup *g = &s->vg[vgi];
    *via = 0;
    int i = g->start - 1;
    int steps = 0;
    while (i >= 0 && steps++ < 80) {
        int t = s->tag[i];
        if (t == T_ADV || t == T_NEG) {
            i--;
            continue;
        }
        if (s->tok_np[i] >= 0) {
            const dy_np *np = &s->np[s->tok_np[i]];
            /* "a day after Nancy Pelosi arrived": right before its verb, the phrase
               after a subordinating "after" or "before" is the clause's subject */
            /* (and after "as": "put its forces on alert as China launched drills") */
            int k = np->end;
            while (k < g->start && (s->tag[k] == T_ADV || s->tag[k] == T_NEG))
                k++;
            if (k == g->start && g->finite && np->prep >= 0 &&
                (is(s, np->prep, W_after) || is(s, np->prep, W_before) || is(s, np->prep, W_since) ||
                 is(s, np->prep, W_until) || is(s, np->prep, W_as)) && !(s->tok[np->start].pos & POS_TIME))
                return s->tok_np[i];
            /* "more than 1,000 Russian soldiers had crossed": a number's "than" is no
               preposition */
            if (np->prep > 0 && is(s, np->prep, W_than) &&
                (is(s, np->prep - 1, W_more) || is(s, np->prep - 1, W_fewer) || is(s, np->prep - 1, W_less)))
                return s->tok_np[i];
            /* a prepositional phrase or time expression before the verb: skip it
               ("Arnor on Thursday signed", "Hezbollah forces commanded by Soleimani") */
            if (np->prep >= 0 && !is(s, np->prep, W_of)) {
                i = np->prep - 1;
                /* ("Forces loyal to Haftar advanced": the adjective heading the
                   phrase's preposition modifies the phrase before it) */
                if (i > 0 && s->tag[i] == T_ADJ && s->tok_np[i] < 0 && s->tok_np[i - 1] >= 0)
                    i--;
                continue;
            }
            if (np->prep >= 0 && is(s, np->prep, W_of)) {
                /* "thousands of protesters", "a contingent of soldiers": after a
                   word of quantity the phrase after "of" is the subject */
                if (np->prep > 0 && quantity_head(s, np->prep - 1) && s->tok_unit[np->prep - 1] < 0)
                    return s->tok_np[i];
                /* "the ambassadors of X": the phrase before "of" is the head */
                i = np->prep - 1;
                continue;
            }
            /* "escalation between Iran and the U.S. might": the second member of a
               coordination inside a prepositional phrase */
            if (np->start > 0 && s->tag[np->start - 1] == T_CONJ && np->start >= 2 && s->tok_np[np->start - 2] >= 0 &&
                s->np[s->tok_np[np->start - 2]].prep >= 0) {
                i = s->np[s->tok_np[np->start - 2]].prep - 1;
                continue;
            }
            /* "Arnor Thursday signed", "Egypt last week hosted", "Iran early Monday fired" */
            if ((s->tok[np->start].pos & POS_TIME || time_start(s, np->start)) && np->end - np->start <= 2 &&
                !(s->tok_unit[np->start] >= 0)) {
                i = np->start - 1;
                continue;
            }
            return s->tok_np[i];
        }
        if (tok_punct(s, i, ',') || tok_punct(s, i, ')')) {
            int j = skip_parenthetical(s, i);
            if (j != i) {
                i = j;
                continue;
            }
            /* "..., and promised": handled by the caller (shared subject) */
            *via = 1;
            return -1;
        }
        if (t == T_CONJ) {
            *via = 1; /* coordinated verb phrase: same subject as the previous verb */
            return -1;
        }
        if (t == T_WH) {
            /* relative clause: the noun phrase before the relative pronoun */
            int j = i - 1;
            if (j >= 0 && tok_punct(s, j, ','))
                j--;
            /* "released 49 Turkish hostages on Saturday who had been seized": a time
               between the phrase and its relative pronoun is no antecedent */
            if (j >= 0 && s->tok_np[j] >= 0) {
                const dy_np *tp = &s->np[s->tok_np[j]];
                if ((s->tok[tp->start].pos & POS_TIME || time_start(s, tp->start)) && tp->end - tp->start <= 2 &&
                    s->tok_unit[tp->start] < 0 && tp->prep >= 1 && s->tok_np[tp->prep - 1] >= 0)
                    j = tp->prep - 1;
            }
            /* "the strike on the Iranian consulate in Damascus that killed a
               commander": a place in a locative phrase is where, not what, the
               clause is about (the caller falls back on the verb before) */
            if (j >= 0 && !tok_punct(s, i - 1, ',') && s->tok_np[j] >= 0 && s->tok_mention[j] >= 0 &&
                s->m[s->tok_mention[j]].locative) {
                int st = s->np[s->tok_np[j]].start;
                if (st > 0 && (is(s, st - 1, W_in) || is(s, st - 1, W_at) || is(s, st - 1, W_near)))
                    return -1;
            }
            if (j >= 0 && s->tok_np[j] >= 0)
                return s->tok_np[j];
            return -1;
        }
        if (tag_is_verb(t) && s->tok_vgroup[i] >= 0) {
            const dy_vgroup *pg = &s->vg[s->tok_vgroup[i]];
            if (pg->participle && !pg->finite) {
                /* skip a participle clause modifying the subject */
                i = pg->start - 1;
                continue;
            }
            return -1;
        }
        return -1;
    }
    return -1;
}
