/*
 * coref.c - pronouns and descriptions resolved to earlier actors (see coref.h).
 */
#include "coref.h"

#include <stdio.h>

#include "mention.h"
#include "syntax.h"

void coref_reset(dy_coref *c) { memset(c, 0, sizeof *c); }

static int kind_of(const dy_dict *d, const dy_mention *m)
{
    if (m->person)
        return 1;
    if (!m->actor)
        return 2;
    switch (D_ACTORS(d)[m->actor].type) {
    case ATYPE_PERSON:
        return 1;
    case ATYPE_STATE:
    case ATYPE_PLACE:
    case ATYPE_METONYM:
        return 3;
    default:
        return 2;
    }
}

static const char *mention_text(const dy_sent *s, const dy_mention *m, dy_arena *a)
{
    const dy_token *f = &s->tok[m->start], *l = &s->tok[m->end - 1];
    return dy_arena_strndup(a, s->text + f->off, l->off + l->len - f->off);
}

/* A role with no country of its own ("whose warplane", "its foreign minister")
   takes the country of mention y of the same sentence, which it refers to. */
static void take_country(const dy_dict *d, const dy_sent *s, dy_mention *m, const dy_mention *y, dy_arena *a,
                         int index, int32_t date)
{
    m->actor = y->actor;
    m->ref_text = mention_text(s, y, a);
    m->ref_sentence = index;
    mention_code(d, m, date, m->code, sizeof m->code, NULL);
}

static void push(dy_coref *c, const dy_antecedent *x)
{
    if (c->n == COREF_HISTORY) {
        memmove(c->h, c->h + 1, sizeof c->h[0] * (COREF_HISTORY - 1));
        c->n--;
    }
    c->h[c->n++] = *x;
}

static void take(const dy_dict *d, dy_mention *m, const dy_antecedent *x, int32_t date)
{
    m->actor = x->actor;
    if (!m->agent && !m->role[0]) {
        m->agent = x->agent;
        memcpy(m->role, x->role, sizeof m->role);
    }
    m->ref_text = x->text;
    m->ref_sentence = x->sentence;
    m->person = x->kind == 1;
    mention_code(d, m, date, m->code, sizeof m->code, NULL);
}

static const char *agent_head(const dy_dict *d, uint32_t agent)
{
    const char *name = dict_s(d, D_AGENTS(d)[agent].name);
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* The last mention before mention k of this sentence that names a person in office. */
static int person_before(const dy_dict *d, const dy_sent *s, int k)
{
    for (int j = k - 1; j >= 0; j--)
        if (s->m[j].actor && D_ACTORS(d)[s->m[j].actor].type == ATYPE_PERSON && strlen(s->m[j].code) >= 6)
            return j;
    return -1;
}

static int is_counterpart(const dy_dict *d, uint32_t agent)
{
    if (!agent)
        return 0;
    const char *h = agent_head(d, agent);
    return starts_with(h, "counterpart");
}

/* The role part of an antecedent's code at a date ("RUSGOV" -> "GOV"). */
static void role_of(const dy_dict *d, const dy_antecedent *x, int32_t date, char *out, size_t cap)
{
    dy_mention tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.actor = x->actor;
    tmp.agent = x->agent;
    memcpy(tmp.role, x->role, sizeof tmp.role);
    char code[MAX_CODE];
    mention_code(d, &tmp, date, code, sizeof code, NULL);
    size_t n = strlen(code);
    out[0] = 0;
    if (n >= 6 && n - 3 < cap) {
        memcpy(out, code + 3, n - 3);
        out[n - 3] = 0;
    }
}

/* Does the text contain word w (ASCII case-insensitive, whole word)? */
static int text_has_word(const char *text, const char *w)
{
    size_t n = strlen(w), len = text ? strlen(text) : 0;
    /* only where the whole word fits: p[n] is then at most the terminating NUL */
    for (size_t i = 0; n && i + n <= len; i++) {
        const char *p = text + i;
        if ((i == 0 || !dy_is_alpha(p[-1])) && !dy_is_alpha(p[n]) && dy_strncaseeq(p, n, w))
            return 1;
    }
    return 0;
}

/* Heads of a state's envoys abroad: "the envoy" after "North Korea's
   ambassador" is that ambassador. */
static int envoy_head(const char *h)
{
    static const char *const e[] = {"envoy", "ambassador", "diplomat", "emissary"};
    for (size_t i = 0; h && i < sizeof e / sizeof e[0]; i++)
        if (!strcmp(h, e[i]))
            return 1;
    return 0;
}

static const dy_antecedent *find(const dy_coref *c, int kind, int plural_ok, int want_plural, uint32_t agent,
                                 const dy_dict *d, int subject)
{
    /* a subject "he" does not refer to the object of a preposition earlier in
       its own sentence ("In addition to talking to Macron, he ..."); a
       possessive may ("Commenting on Soleimani's demise, the ministry praised his ...") */
    int skip_pp = kind == 1 && subject;
    /* "accused Israel of war crimes in Gaza and called it a terror state": an
       object "it" is first sought among this sentence's phrases outside a
       preposition (subject == 2) */
    if (kind == 2 && subject == 2)
        skip_pp = 1;
    for (int pass = 0; pass < 2; pass++, skip_pp = 0)
        for (int i = c->n - 1; i >= 0; i--) {
            const dy_antecedent *x = &c->h[i];
            if (agent) {
                /* "the ministry" = the last actor whose role or name is a ministry */
                if ((x->agent && (x->agent == agent || strcmp(agent_head(d, x->agent), agent_head(d, agent)) == 0)) ||
                    (x->text && text_has_word(x->text, agent_head(d, agent))))
                    return x;
                /* (an envoy by another of its names: "expelled North Korea's
                   ambassador ... after the envoy accused") */
                if (x->agent && x->actor && envoy_head(agent_head(d, x->agent)) && envoy_head(agent_head(d, agent)))
                    return x;
                continue;
            }
            if (skip_pp && x->pp && x->sentence == c->current)
                continue;
            /* ... nor one member of a coordination ("Mali, Burkina Faso and Niger
               ... withdrawing from ECOWAS, accusing it": ECOWAS, not Niger) */
            if (skip_pp && kind == 2 && x->group && x->sentence == c->current)
                continue;
            if (kind == 1 && (x->kind != 1 || x->plural))
                continue;
            if (kind == 2 && x->kind == 1)
                continue;
            if (want_plural && !x->plural && !plural_ok)
                continue;
            if (!x->actor)
                continue;
            return x;
        }
    return NULL;
}

/* "it" that stands for nothing: "it comes to", "it is important", "it seems". */
static int pleonastic_it(const dy_sent *s, const dy_mention *m)
{
    const dy_token *t = &s->tok[m->start];
    if (m->end - m->start != 1 || !t->key || !streq(t->key, "it"))
        return 0;
    int j = m->end;
    static const uint16_t v[] = {W_is,     W_was,     W_Q_s,      W_comes,   W_came,    W_seems,
                                 W_seemed, W_appears, W_appeared, W_remains, W_remained};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        if (sent_tok_w(s, j, v[k])) {
            /* "it was expelling 23 diplomats", "it was attacked": a verb, so a subject */
            int n = j + 1;
            while (n < s->ntok && s->tag[n] == T_ADV)
                n++;
            if (k < 3 && n < s->ntok && (s->tag[n] == T_VING || s->tag[n] == T_VPART))
                return 0;
            return 1;
        }
    return 0;
}

/* "him", "her" as an object (not "her" before a noun). */
static int object_pronoun(const dy_sent *s, const dy_mention *m)
{
    return m->end - m->start == 1 && s->tag[m->start] == T_PRON &&
           (sent_tok_w(s, m->start, W_him) || sent_tok_w(s, m->start, W_her));
}

/* Tokens [from, to) hold exactly one verb group: the two sides are the subject
   and object of one verb. */
static int clause_mate(const dy_sent *s, int from, int to)
{
    int groups = 0, last = -1;
    for (int i = from; i < to; i++)
        if (s->tok_vgroup[i] >= 0 && s->tok_vgroup[i] != last) {
            last = s->tok_vgroup[i];
            groups++;
        } else if (sent_tok_w(s, i, W_COMMA) || sent_tok_w(s, i, W_and))
            return 0;
    return groups == 1;
}

void coref_sentence(const dy_dict *d, dy_coref *c, dy_sent *s, int index, int32_t date, dy_arena *a)
{
    c->current = index;
    for (int k = 0; k < s->nm; k++) {
        dy_mention *m = &s->m[k];
        if (m->appos >= 0)
            continue;
        const dy_token *t0 = &s->tok[m->start];
        int first_person = t0->key && (streq(t0->key, "we") || streq(t0->key, "i") || streq(t0->key, "our") ||
                                       streq(t0->key, "us") || streq(t0->key, "my") || streq(t0->key, "me"));
        if (!m->actor && first_person && s->quote_open && c->have_speaker) {
            take(d, m, &c->speaker, date);
        } else if (!m->actor && m->pronoun && !m->agent && !pleonastic_it(s, m)) {
            const dy_antecedent *x = NULL;
            int subject = s->tag[m->start] == T_PRON && (sent_tok_w(s, m->start, W_he) || sent_tok_w(s, m->start, W_she));
            if (m->pronoun == PRON_HE && object_pronoun(s, m)) {
                /* "Biden will host him": not the subject of its own verb */
                x = find(c, 1, 0, 0, 0, d, 0);
                if (x && x->sentence == index && clause_mate(s, x->end, m->start)) {
                    const dy_antecedent *y = NULL;
                    for (int i = (int)(x - c->h) - 1; i >= 0 && !y; i--)
                        if (c->h[i].kind == 1 && !c->h[i].plural && c->h[i].actor)
                            y = &c->h[i];
                    x = y;
                }
            } else if (m->pronoun == PRON_HE && s->tag[m->start] == T_POSS && m->start > 0 &&
                       (sent_tok_w(s, m->start - 1, W_after) || sent_tok_w(s, m->start - 1, W_before) ||
                        sent_tok_w(s, m->start - 1, W_since) || sent_tok_w(s, m->start - 1, W_following)) &&
                       k > 0 && s->m[0].actor && s->m[0].person && !s->m[0].plural && s->m[0].appos < 0) {
                /* "Putin will visit Istanbul ... with Erdogan, a day after his surprise
                   trip to Damascus": "his" after a preposition of time is the
                   sentence's subject, whose earlier or later deed it dates */
                const dy_mention *y = &s->m[0];
                m->actor = y->actor;
                if (!m->agent && !m->role[0]) {
                    m->agent = y->agent;
                    memcpy(m->role, y->role, sizeof m->role);
                }
                m->ref_text = mention_text(s, y, a);
                m->ref_sentence = index;
                m->person = 1;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            } else if (m->pronoun == PRON_HE) {
                x = find(c, 1, 0, 0, 0, d, subject);
                /* "Netanyahu left Washington without meeting Obama. He had come to
                   address Congress": a "he" opening its sentence continues the last
                   sentence's subject, its first person, rather than its object */
                if (x && subject && m->start == 0 && x->sentence == index - 1) {
                    const dy_antecedent *f = NULL;
                    for (int i = c->n - 1; i >= 0 && c->h[i].sentence >= index - 1; i--)
                        if (c->h[i].sentence == index - 1 && c->h[i].kind == 1 && !c->h[i].plural && c->h[i].actor &&
                            !c->h[i].pp && (!f || c->h[i].end < f->end))
                            f = &c->h[i];
                    if (f && f != x && f->end <= 8)
                        x = f;
                }
            }
            else if (m->pronoun == PRON_IT) {
                x = NULL;
                /* "China blamed the United States ..., and said it was holding the
                   crew": "it" right after a reporting verb is the subject of what
                   is reported, the speaker that opens the sentence, not the object
                   of the verb before */
                int said_by = -1;
                if (m->end - m->start == 1 && m->start > 0 && tag_is_verb(s->tag[m->start - 1]) &&
                    (s->tok[m->start - 1].pos & POS_REPORT) && m->end < s->ntok &&
                    (tag_is_verb(s->tag[m->end]) || s->tag[m->end] == T_AUX || s->tag[m->end] == T_MODAL) &&
                    s->tok_vgroup[m->start - 1] >= 0) {
                    /* the reporting verb's subject, through verbs it is coordinated with */
                    for (int v = s->tok_vgroup[m->start - 1], hops = 0; v >= 0 && hops < 4; hops++) {
                        int via, np = syntax_subject_np(s, v, &via);
                        if (np >= 0) {
                            said_by = s->np[np].mention;
                            break;
                        }
                        if (!via)
                            break;
                        int w = -1;
                        for (int i = s->vg[v].start - 1; i >= 0 && w < 0; i--)
                            if (s->tok_vgroup[i] >= 0 && s->tok_vgroup[i] != v)
                                w = s->tok_vgroup[i];
                        v = w;
                    }
                    if (said_by >= 0 && s->m[said_by].appos >= 0)
                        said_by = s->m[said_by].appos;
                }
                if (said_by >= 0 && said_by < k && s->m[said_by].actor && !s->m[said_by].person &&
                    !s->m[said_by].plural && !s->m[said_by].pronoun && !s->m[said_by].locative) {
                    const dy_mention *y = &s->m[said_by];
                    m->actor = y->actor;
                    if (!m->agent && !m->role[0]) {
                        m->agent = y->agent;
                        memcpy(m->role, y->role, sizeof m->role);
                    }
                    /* (the words it stands for, when it stands for others itself:
                       "The ministry said it" -> "Russia's foreign ministry") */
                    m->ref_text = y->ref_text ? y->ref_text : mention_text(s, y, a);
                    m->ref_sentence = y->ref_text ? y->ref_sentence : index;
                    mention_code(d, m, date, m->code, sizeof m->code, NULL);
                } else
                    x = find(c, 2, 1, 0, 0, d,
                             m->end - m->start == 1 && m->start > 0 && tag_is_verb(s->tag[m->start - 1]) ? 2 : 0);
            }
            else if (m->pronoun == PRON_THEY) {
                /* a coordination earlier in this sentence: "Gondor and Osgiliath postponed their meeting" */
                int g = -1;
                for (int j = k - 1; j >= 0 && g < 0; j--)
                    if (s->m[j].group && s->m[j].actor)
                        g = s->m[j].group;
                /* ("Mali, Burkina Faso and Niger announced that they were
                   withdrawing": all of them, up to MAX_PAIR) */
                int members[MAX_PAIR], nmem = 0;
                for (int j = 0; j < k && g > 0; j++)
                    if (s->m[j].group == g && s->m[j].actor && nmem < MAX_PAIR)
                        members[nmem++] = j;
                if (nmem >= 2) {
                    m->npair = nmem;
                    for (int j = 0; j < nmem; j++) {
                        m->pair_actor[j] = s->m[members[j]].actor;
                        m->pair_agent[j] = s->m[members[j]].agent;
                        m->pair_text[j] = mention_text(s, &s->m[members[j]], a);
                    }
                    m->actor = m->pair_actor[0];
                    m->ref_text = m->pair_text[0];
                    m->ref_sentence = index;
                    mention_code(d, m, date, m->code, sizeof m->code, NULL);
                } else if (c->have_pair && c->pair[0].sentence >= index - 1) {
                    m->npair = 2;
                    for (int j = 0; j < 2; j++) {
                        m->pair_actor[j] = c->pair[j].actor;
                        m->pair_agent[j] = c->pair[j].agent;
                        m->pair_text[j] = c->pair[j].text;
                    }
                    take(d, m, &c->pair[0], date);
                } else
                    x = find(c, 0, 0, 1, 0, d, 0);
            }
            /* "Duterte said his country would not go to war": the possessor's
               country (PHL), not his office (PHLGOV) */
            if (x && m->end - m->start == 2 && s->tag[m->start] == T_POSS &&
                (sent_tok_w(s, m->start + 1, W_country) || sent_tok_w(s, m->start + 1, W_nation)))
                m->country_only = 1;
            if (x)
                take(d, m, x, date);
        } else if (m->agent && is_counterpart(d, m->agent)) {
            /* "his Iranian counterpart": the same office, in the country named (or
               unknown); the office of a person named earlier in this sentence, else
               of the last person before it */
            int p = person_before(d, s, k);
            const dy_antecedent *x = p < 0 ? find(c, 1, 0, 0, 0, d, 0) : NULL;
            if (p >= 0 && strlen(s->m[p].code) >= 6 && strlen(s->m[p].code) - 3 < sizeof m->role) {
                dy_strlcpy(m->role, s->m[p].code + 3, sizeof m->role);
                m->agent = 0;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            } else if (x) {
                role_of(d, x, date, m->role, sizeof m->role);
                m->agent = 0;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            }
        } else if (!m->actor && m->agent && t0->key && streq(t0->key, "whose") && m->start >= 2 &&
                   s->tok_mention[m->start - 1 - sent_tok_w(s, m->start - 1, W_COMMA)] >= 0) {
            /* "Russia, whose warplane was shot down": the role of the phrase the
               relative clause modifies */
            const dy_mention *y = &s->m[s->tok_mention[m->start - 1 - sent_tok_w(s, m->start - 1, W_COMMA)]];
            if (y->actor && y != m)
                take_country(d, s, m, y, a, index, date);
        } else if (!m->actor && m->agent && m->pronoun && s->tag[m->start] == T_POSS) {
            /* "its ambassadors", "their troops": the role of the possessor */
            const dy_antecedent *x = m->pronoun == PRON_HE ? find(c, 1, 0, 0, 0, d, 0)
                                     : m->pronoun == PRON_IT ? find(c, 2, 1, 0, 0, d, 0)
                                                             : find(c, 0, 1, 0, 0, d, 0);
            /* "Japan plans to sign ... next month, when its foreign and defence
               ministers are to visit Manila": a clause of time belongs to the main
               clause, whose subject "its" is */
            if (m->pronoun == PRON_IT && m->start >= 2 && sent_tok_w(s, m->start - 1, W_when) &&
                sent_tok_w(s, m->start - 2, W_COMMA) && k > 0 && s->m[0].actor && !s->m[0].person &&
                s->m[0].appos < 0 && !s->m[0].group) {
                take_country(d, s, m, &s->m[0], a, index, date);
                x = NULL;
            }
            if (x) {
                uint32_t keep = m->agent;
                m->actor = x->actor;
                m->agent = keep;
                m->ref_text = x->text;
                m->ref_sentence = x->sentence;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            }
        } else if (!m->actor && m->agent && m->end - m->start >= 4 && sent_tok_w(s, m->start, W_the) &&
                   (sent_tok_w(s, m->start + 1, W_country) || sent_tok_w(s, m->start + 1, W_nation)) &&
                   sent_tok_w(s, m->start + 2, W_Q_s)) {
            /* "the country's military rulers", "the nation's police": the role in
               the state last named */
            const dy_antecedent *x = NULL;
            for (int i = c->n - 1; i >= 0 && !x; i--)
                if (c->h[i].actor && D_ACTORS(d)[c->h[i].actor].type == ATYPE_STATE)
                    x = &c->h[i];
            if (x) {
                m->actor = x->actor;
                m->ref_text = x->text;
                m->ref_sentence = x->sentence;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            }
        } else if (!m->actor && m->agent && m->definite == 1) {
            const dy_antecedent *x = find(c, 0, 1, 0, m->agent, d, 0);
            if (x) {
                uint32_t keep = m->agent;
                take(d, m, x, date);
                m->agent = x->agent ? x->agent : keep;
                mention_code(d, m, date, m->code, sizeof m->code, NULL);
            }
        } else if (m->definite == 3 && !m->actor && !m->agent) {
            /* "the group": the last organisation (not a state, not a person) of
               this sentence or the one before */
            for (int i = c->n - 1; i >= 0; i--) {
                const dy_antecedent *x = &c->h[i];
                if (x->sentence < index - 1)
                    break;
                if (x->kind == 2 && x->actor) {
                    take(d, m, x, date);
                    break;
                }
            }
        } else if (m->definite == 4 && !m->actor && !m->agent) {
            /* "The kingdom gave Iranian diplomats 48 hours": the last state named
               as itself (no role) outside a prepositional phrase, in this sentence
               or the one before ("cut ties with Iran", "in Tehran" are not it) */
            for (int i = c->n - 1; i >= 0; i--) {
                const dy_antecedent *x = &c->h[i];
                if (x->sentence < index - 1)
                    break;
                if (x->kind == 3 && x->actor && !x->agent && !x->role[0] && !x->pp &&
                    D_ACTORS(d)[x->actor].type == ATYPE_STATE) {
                    take(d, m, x, date);
                    break;
                }
            }
        } else if (m->definite == 2 && c->have_pair) {
            m->npair = 2;
            for (int j = 0; j < 2; j++) {
                m->pair_actor[j] = c->pair[j].actor;
                m->pair_agent[j] = c->pair[j].agent;
                m->pair_text[j] = c->pair[j].text;
            }
            take(d, m, &c->pair[0], date);
        }
        /* this mention is now an antecedent itself */
        if (m->actor) {
            dy_antecedent x;
            memset(&x, 0, sizeof x);
            x.actor = m->actor;
            x.agent = m->agent;
            memcpy(x.role, m->role, sizeof x.role);
            x.kind = kind_of(d, m);
            x.plural = m->plural;
            x.sentence = index;
            x.group = m->group;
            x.text = m->ref_text ? m->ref_text : mention_text(s, m, a);
            x.pp = s->np[m->np].prep >= 0;
            x.end = m->end;
            if (m->npair)
                continue;
            push(c, &x);
        }
    }
    /* the last two-member coordination of the sentence becomes "the two" */
    for (int k = 0; k + 1 < s->nm; k++) {
        const dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        if (!x->group || x->group != y->group || !x->actor || !y->actor)
            continue;
        int members = 0;
        for (int j = 0; j < s->nm; j++)
            members += s->m[j].group == x->group;
        if (members != 2)
            continue;
        const dy_mention *xy[2] = {x, y};
        for (int j = 0; j < 2; j++) {
            dy_antecedent *p = &c->pair[j];
            memset(p, 0, sizeof *p);
            p->actor = xy[j]->actor;
            p->agent = xy[j]->agent;
            memcpy(p->role, xy[j]->role, sizeof p->role);
            p->kind = kind_of(d, xy[j]);
            p->sentence = index;
            p->text = mention_text(s, xy[j], a);
        }
        c->have_pair = 1;
    }
}

void coref_set_speaker(const dy_dict *d, dy_coref *c, const dy_sent *s, int mention, int index, dy_arena *a)
{
    const dy_mention *m = &s->m[mention];
    if (!m->actor)
        return;
    memset(&c->speaker, 0, sizeof c->speaker);
    c->speaker.actor = m->actor;
    c->speaker.agent = m->agent;
    memcpy(c->speaker.role, m->role, sizeof c->speaker.role);
    c->speaker.kind = kind_of(d, m);
    c->speaker.sentence = index;
    c->speaker.text = m->ref_text ? m->ref_text : mention_text(s, m, a);
    c->have_speaker = 1;
}
