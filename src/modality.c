/*
 * modality.c - asserted, negated, future, hypothetical (see modality.h).
 */
#include "modality.h"

#include <stdio.h>

#include "syntax.h"

static inline int is(const dy_sent *s, int i, unsigned w) { return sent_tok_w(s, i, w); }

int lemma_in(const dy_sent *s, int i, const uint16_t *words, size_t n)
{
    return i >= 0 && i < s->ntok && words_has(s->tok[i].rl, words, n);
}

/* Verbs whose infinitive complement has not happened yet. */
/* Verbs of using a means, whose infinitive says what was done with it. */
static const uint16_t means_verbs[] = {W_use, W_employ};

static const uint16_t intent_verbs[] = {
    W_plan, W_intend, W_expect, W_aim, W_hope, W_want, W_wish, W_seek, W_prepare, W_schedule, W_set, W_due,
    W_propose, W_promise, W_vow, W_pledge, W_threaten, W_decide, W_agree, W_try, W_attempt, W_need, W_plot,
    W_mean, W_offer, W_consider, W_would, W_like, W_arrange, W_resolve, W_undertake, W_volunteer, W_scheme,
    W_push, W_urge, W_ask, W_call, W_invite, W_encourage, W_press, W_demand, W_want, W_tell, W_order,
    W_advise, W_persuade, W_appeal, W_request, W_allow, W_permit, W_authorize, W_approve, W_hurry, W_rush,
    W_move, W_vote, W_elect, W_choose, W_opt, W_pledge, W_commit, W_bid, W_strive, W_struggle, W_work,
};
/* Verbs whose complement did not (or will not) happen. */
static const uint16_t negative_verbs[] = {
    W_refuse, W_decline, W_fail, W_avoid, W_deny, W_reject, W_oppose, W_stop, W_cease, W_halt, W_forgo,
    W_neglect, W_abandon, W_resist, W_hesitate, W_shun, W_prevent, W_block, W_forbid, W_ban, W_dismiss,
};
/* Verbs whose that-clause is denied: "denied that it attacked". */
static const uint16_t denial_verbs[] = {W_deny, W_refute, W_dismiss, W_reject, W_disprove, W_contradict};

/* Verbs whose that-clause is asked for, not told: "demanded that Russia withdraw". */
static const uint16_t mandative_verbs[] = {W_demand, W_urge, W_request, W_ask, W_propose, W_recommend, W_suggest,
                                           W_require, W_order, W_insist};

/* "the first (country) to", "the only leader to": token i ends such a phrase. */
static int first_to(const dy_sent *s, int i)
{
    for (int k = i; k >= 1 && k >= i - 3; k--)
        if ((sent_tok_w(s, k, W_first) || sent_tok_w(s, k, W_last) || sent_tok_w(s, k, W_only) ||
             sent_tok_w(s, k, W_second)) && sent_tok_w(s, k - 1, W_the))
            return 1;
    return 0;
}

/* Adjectives before "to": "unwilling to", "ready to". */
static const uint16_t intent_adjs[] = {W_ready, W_willing, W_eager, W_keen, W_determined, W_likely, W_poised,
                                       W_set, W_due, W_expected, W_scheduled, W_slated, W_prepared, W_about,
                                       W_going, W_able, W_free, W_certain, W_sure, W_bound, W_intent};
static const uint16_t negative_adjs[] = {W_unwilling, W_unable, W_reluctant, W_loath, W_loth, W_hesitant, W_unlikely};

int modality_governor(const dy_sent *s, int vgi)
{
    const dy_vgroup *g = &s->vg[vgi];
    if (!g->infinitive)
        return -1;
    int i = g->start - 1; /* the token before "to" */
    int steps = 0;
    while (i >= 0 && steps++ < 12) {
        int vg = s->tok_vgroup[i];
        if (vg >= 0 && vg != vgi)
            return vg;
        int t = s->tag[i];
        /* "used batons and tear gas to disperse": an "and" between two nouns
           joins the objects, not two clauses */
        if (t == T_CONJ && i > 0 && i + 1 < g->start && tag_is_nominal(s->tag[i - 1]) &&
            s->tok_vgroup[i + 1] < 0 && (tag_is_nominal(s->tag[i + 1]) || s->tag[i + 1] == T_ADJ)) {
            i--;
            continue;
        }
        if (t == T_PUNCT || t == T_SCONJ || t == T_WH || t == T_CONJ)
            return -1;
        i--;
    }
    return -1;
}

/* The clause of token i opens with "if", "unless", "whether", "in case". */
static int conditional_clause(const dy_sent *s, int from)
{
    for (int i = from; i >= 0; i--) {
        if (is(s, i, W_if) || is(s, i, W_unless) || is(s, i, W_whether) || (is(s, i, W_case) && is(s, i - 1, W_in)))
            return i;
        if (is(s, i, W_SEMI) || is(s, i, W_COLON) || is(s, i, W_then))
            return -1;
        /* a comma closes an if-clause that came before: "If X happens, Y will ..." */
        if (is(s, i, W_COMMA)) {
            for (int j = i - 1; j >= 0 && i - j < 30; j--) {
                if (is(s, j, W_if) || is(s, j, W_unless))
                    return j;
                if (is(s, j, W_SEMI) || is(s, j, W_DOT))
                    break;
            }
            return -1;
        }
        if (s->tag[i] == T_SCONJ && !is(s, i, W_that))
            return -1;
    }
    return -1;
}

static dyad_mode own_mode(const dy_sent *s, const dy_vgroup *g, int *cue)
{
    /* "would never have invaded", "could have prevented": a counterfactual is
       hypothetical, negated or not */
    for (int i = g->start; i < g->main; i++)
        if (s->tag[i] == T_MODAL && (is(s, i, W_would) || is(s, i, W_could) || is(s, i, W_might) || is(s, i, W_should)))
            for (int j = i + 1; j < g->main; j++)
                if (is(s, j, W_have) && (s->tag[g->main] == T_VPART || s->tag[g->main] == T_VPAST)) {
                    *cue = i;
                    return DYAD_HYPOTHETICAL;
                }
    if (g->neg) {
        *cue = g->neg_tok;
        return DYAD_NEGATED;
    }
    /* "no longer", "not" left of the group's auxiliaries */
    for (int i = g->start - 1; i >= 0 && i >= g->start - 2; i--)
        if ((is(s, i, W_longer) && is(s, i - 1, W_no)) || is(s, i, W_never)) {
            *cue = i;
            return DYAD_NEGATED;
        }
    if (g->start > 0 && is(s, g->start - 1, W_without)) {
        *cue = g->start - 1;
        return DYAD_NEGATED;
    }
    for (int i = g->start; i <= g->main; i++) {
        if (s->tag[i] != T_MODAL)
            continue;
        *cue = i;
        if (is(s, i, W_will) || is(s, i, W_shall) || is(s, i, W_Q_ll) || is(s, i, W_wo))
            return DYAD_FUTURE;
        return DYAD_HYPOTHETICAL;
    }
    if (g->future) {
        *cue = g->start;
        return DYAD_FUTURE;
    }
    return DYAD_ASSERTED;
}

/* Reporting verbs whose "would" clause is a backshifted "will". */
static const uint16_t report_verbs[] = {W_say, W_announce, W_state, W_tell, W_add, W_declare, W_confirm,
                                        W_insist, W_reiterate, W_report, W_indicate, W_promise, W_pledge};

/* "announced that the two countries would restore relations": in reported
   speech "would" is the speaker's "will", future, unless a condition
   ("if", "unless") anywhere in the sentence makes it a scenario. */
static int reported_would(const dy_sent *s, const dy_vgroup *g, int cue)
{
    if (cue < 0 || !is(s, cue, W_would))
        return 0;
    for (int i = cue + 1; i < g->main; i++)
        if (is(s, i, W_have)) /* "would have": a counterfactual */
            return 0;
    for (int i = 0; i < s->ntok; i++)
        if (is(s, i, W_if) || is(s, i, W_unless) || is(s, i, W_whether))
            return 0;
    /* ("said he had pardoned the sailors seized in the Gulf and would free them":
       through a reduced participle, and one finite verb this one is coordinated
       with, to the reporting verb of both) */
    int coordinated = g->start > 0 && (is(s, g->start - 1, W_and) || is(s, g->start - 1, W_but));
    int lo = g->start - 10;
    for (int i = g->start - 1; i >= 0 && i >= lo; i--) {
        if (s->tag[i] == T_PUNCT && !is(s, i, W_COMMA))
            return 0;
        int v = s->tok_vgroup[i];
        if (v < 0)
            continue;
        const dy_vgroup *V = &s->vg[v];
        if (coordinated && V->participle && V->passive && !V->finite) {
            i = V->start;
            lo = i - 10;
            continue;
        }
        if (s->vg[v].main == i && !s->vg[v].infinitive && lemma_in(s, i, report_verbs, DY_ARRAY_LEN(report_verbs)))
            return 1;
        if (coordinated && V->finite && V->main == i) {
            coordinated = 0;
            i = V->start;
            lo = i - 10;
            continue;
        }
        return 0;
    }
    return 0;
}

/* "has not ruled out striking Iran", "ruled out attacking": the verb group
   "rule out" right before gerund group vgi; its index, or -1. */
static int ruled_out_before(const dy_sent *s, int vgi)
{
    static const uint16_t rule[] = {W_rule};
    const dy_vgroup *g = &s->vg[vgi];
    if (!g->participle || g->passive || g->start < 2 || !is(s, g->start - 1, W_out) || s->tag[g->main] != T_VING)
        return -1;
    int v = s->tok_vgroup[g->start - 1] >= 0 ? s->tok_vgroup[g->start - 1] : s->tok_vgroup[g->start - 2];
    if (v < 0 || v == vgi || !lemma_in(s, s->vg[v].main, rule, 1))
        return -1;
    return v;
}

static dyad_mode mode_of(const dy_sent *s, int vgi, int *cue)
{
    const dy_vgroup *g = &s->vg[vgi];
    *cue = -1;
    dyad_mode m = own_mode(s, g, cue);
    if (m == DYAD_NEGATED)
        return m;
    if (m == DYAD_HYPOTHETICAL && reported_would(s, g, *cue))
        m = DYAD_FUTURE;
    /* "is due in Washington on Monday": an expected arrival */
    if (m == DYAD_ASSERTED && !g->infinitive && g->main + 1 < s->ntok && is(s, g->main + 1, W_due) &&
        (is(s, g->main, W_is) || is(s, g->main, W_are) || is(s, g->main, W_was) || is(s, g->main, W_were))) {
        *cue = g->main + 1;
        m = DYAD_FUTURE;
    }
    /* an infinitive inherits from the verb or adjective that governs it */
    if (g->infinitive) {
        int gov = modality_governor(s, vgi);
        int before_to = g->start - 1;
        if (before_to >= 0 && lemma_in(s, before_to, negative_adjs, DY_ARRAY_LEN(negative_adjs))) {
            *cue = before_to;
            return DYAD_NEGATED;
        }
        if (gov >= 0) {
            const dy_vgroup *G = &s->vg[gov];
            int gcue;
            dyad_mode gm = modality_of(s, gov, &gcue);
            if (gm == DYAD_NEGATED) {
                *cue = gcue;
                return DYAD_NEGATED;
            }
            if (lemma_in(s, G->main, negative_verbs, DY_ARRAY_LEN(negative_verbs))) {
                *cue = G->main;
                return DYAD_NEGATED;
            }
            if (gm == DYAD_HYPOTHETICAL) {
                *cue = gcue;
                return DYAD_HYPOTHETICAL;
            }
            if (gm == DYAD_FUTURE || lemma_in(s, G->main, intent_verbs, DY_ARRAY_LEN(intent_verbs))) {
                *cue = gm == DYAD_FUTURE ? gcue : G->main;
                if (m == DYAD_ASSERTED)
                    m = DYAD_FUTURE;
            }
        }
        if (m == DYAD_ASSERTED && before_to >= 0 && lemma_in(s, before_to, intent_adjs, DY_ARRAY_LEN(intent_adjs))) {
            *cue = before_to;
            m = DYAD_FUTURE;
        }
        /* "became the first country to recognise", "was the last to leave": an
           ordinal's infinitive says what it did */
        if (m == DYAD_ASSERTED && gov >= 0 && first_to(s, before_to))
            return m;
        /* "police used tear gas to disperse the crowd": what a means was used
           for is what was done with it */
        if (m == DYAD_ASSERTED && gov >= 0 && !s->vg[gov].infinitive &&
            lemma_in(s, s->vg[gov].main, means_verbs, DY_ARRAY_LEN(means_verbs)))
            return m;
        if (m == DYAD_ASSERTED) {
            /* a purpose or complement infinitive with no governor found: not yet happened */
            *cue = g->start;
            m = DYAD_FUTURE;
        }
    }
    /* "ruled out attacking": not to be done; "has not ruled out striking Iran":
       an act the side keeps open, an intention (a threat, when violent) */
    {
        int ro = ruled_out_before(s, vgi);
        if (ro >= 0) {
            *cue = s->vg[ro].main;
            return s->vg[ro].neg ? DYAD_FUTURE : DYAD_NEGATED;
        }
    }
    /* participles and gerunds after a negative verb: "avoided calling", "denies attacking" */
    if (g->participle && g->start > 0) {
        int p = g->start - 1;
        if (s->tok_vgroup[p] >= 0 && lemma_in(s, s->vg[s->tok_vgroup[p]].main, negative_verbs,
                                              DY_ARRAY_LEN(negative_verbs))) {
            *cue = p;
            return DYAD_NEGATED;
        }
        /* "ruled out meeting Zelensky": what is ruled out does not happen; "would
           not rule out attacking Iran", "has not ruled out using force": it is
           kept open, a possibility */
        if (is(s, p, W_out) && p >= 1 && s->tok_vgroup[p - 1] >= 0 &&
            (is(s, p - 1, W_rule) || is(s, p - 1, W_rules) || is(s, p - 1, W_ruled) || is(s, p - 1, W_ruling))) {
            int rcue;
            dyad_mode rm = own_mode(s, &s->vg[s->tok_vgroup[p - 1]], &rcue);
            *cue = p - 1;
            return rm == DYAD_NEGATED ? DYAD_HYPOTHETICAL : DYAD_NEGATED;
        }
    }
    /* "Iran denied that it had attacked ...": the denied clause did not happen */
    /* (but "denied that it had torpedoed the ship, and warned that ...": a verb
       after ", and" is the denier's next act, not part of what it denied) */
    int conjunct = g->start >= 2 && (is(s, g->start - 1, W_and) || is(s, g->start - 1, W_but)) &&
                   is(s, g->start - 2, W_COMMA);
    for (int i = g->start - 1; i >= 1 && i >= g->start - 12 && !conjunct; i--) {
        if (is(s, i, W_SEMI) || is(s, i, W_COLON))
            break;
        if (!is(s, i, W_that) && !(s->tag[i] == T_SCONJ && is(s, i, W_whether)))
            continue;
        int v = s->tok_vgroup[i - 1] >= 0 ? s->tok_vgroup[i - 1] : (i >= 3 ? s->tok_vgroup[i - 3] : -1);
        for (int j = i - 1; j >= 0 && j >= i - 4 && v < 0; j--)
            v = s->tok_vgroup[j];
        if (v >= 0 && v != vgi && lemma_in(s, s->vg[v].main, denial_verbs, DY_ARRAY_LEN(denial_verbs))) {
            *cue = s->vg[v].main;
            return DYAD_NEGATED;
        }
        /* "demanded that Russia withdraw": what is demanded has not happened */
        if (v >= 0 && v != vgi && lemma_in(s, s->vg[v].main, mandative_verbs, DY_ARRAY_LEN(mandative_verbs))) {
            *cue = s->vg[v].main;
            return DYAD_HYPOTHETICAL;
        }
        break;
    }
    int c = conditional_clause(s, g->start - 1);
    if (c >= 0) {
        *cue = c;
        return DYAD_HYPOTHETICAL;
    }
    /* "vowed to continue the war until Hamas is destroyed": a clause of "until"
       in the present tense names what has not happened yet (in the past, "until
       Israel withdrew", it did) */
    if (g->finite && m == DYAD_ASSERTED) {
        int present = is(s, g->start, W_is) || is(s, g->start, W_are) || is(s, g->start, W_has) ||
                      is(s, g->start, W_have) || (g->start == g->main && s->tag[g->main] == T_VERB);
        for (int i = g->start - 1; present && i >= 0 && i >= g->start - 8; i--) {
            if (is(s, i, W_until) || is(s, i, W_till)) {
                *cue = i;
                return DYAD_HYPOTHETICAL;
            }
            if (s->tok_vgroup[i] >= 0 || s->tag[i] == T_PUNCT || s->tag[i] == T_SCONJ)
                break;
        }
    }
    if (m != DYAD_ASSERTED)
        return m;
    /* "In such a situation, ...", "In that case, ...": the sentence is a scenario */
    if ((is(s, 0, W_in) && (is(s, 1, W_such) || is(s, 1, W_that) || is(s, 1, W_this)) &&
         (is(s, 2, W_situation) || is(s, 2, W_case) || is(s, 2, W_scenario) || is(s, 3, W_situation) ||
          is(s, 3, W_scenario) || is(s, 3, W_case))) ||
        (is(s, 0, W_if) && is(s, 1, W_so))) {
        *cue = 0;
        return DYAD_HYPOTHETICAL;
    }
    if (s->question) {
        *cue = s->ntok - 1;
        return DYAD_HYPOTHETICAL;
    }
    return m;
}

/* The coder asks a verb group's mode several times (its own event, a governed
   infinitive, a paired verb); the answer depends on the sentence's syntax
   only, so it is worked out once. */
dyad_mode modality_of(const dy_sent *s, int vgi, int *cue)
{
    int *memo = s->vg_mode ? &s->vg_mode[vgi] : NULL;
    if (memo && *memo >= 0) {
        *cue = *memo / 4 - 1;
        return (dyad_mode)(*memo % 4);
    }
    dyad_mode m = mode_of(s, vgi, cue);
    if (memo)
        *memo = (*cue + 1) * 4 + (int)m;
    return m;
}

int modality_intent(const dy_sent *s, int vgi)
{
    static const uint16_t intent[] = {W_willing, W_ready, W_prepared, W_eager, W_keen, W_determined, W_open,
                                      W_committed, W_resolved};
    const dy_vgroup *g = &s->vg[vgi];
    /* "has not ruled out striking Iran" */
    {
        int ro = ruled_out_before(s, vgi);
        if (ro >= 0 && s->vg[ro].neg)
            return 1;
    }
    if (!g->infinitive || g->start < 1)
        return 0;
    /* the word as written too: "willing" has the lemma "will" */
    return sent_tok_in(s, g->start - 1, intent, DY_ARRAY_LEN(intent)) ||
           lemma_in(s, g->start - 1, intent, DY_ARRAY_LEN(intent));
}

int modality_intent_code(const char *code, char *out)
{
    /* CAMEO 1.1b3: each cooperative code's "express intent to" counterpart (03x),
       each conflictual one's threat (13x); the longest prefix first */
    static const struct { const char *from, *to; } map[] = {
        {"045", "039"}, {"04", "036"}, {"05", "032"},
        {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
        {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
        {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
        {"087", "0356"}, {"08", "035"},
        {"14", "133"}, {"15", "130"},
        {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
        {"16", "131"},
        {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"172", "132"},
        {"173", "137"}, {"174", "137"}, {"175", "137"}, {"17", "130"},
        {"18", "1383"}, {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"}, {"195", "1384"},
        {"19", "138"}, {"204", "1385"}, {"20", "138"},
    };
    for (size_t i = 0; i < DY_ARRAY_LEN(map); i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) {
            snprintf(out, 8, "%s", map[i].to);
            return 1;
        }
    return 0;
}

int modality_refusal_code(const char *code, char *out)
{
    /* CAMEO 011: declining to comment is its own code ("declined to comment");
       CAMEO 1.1b3 12x: reject material cooperation, requests, demands to yield,
       meetings, mediation, plans */
    static const struct { const char *from, *to; } map[] = {
        {"010", "011"}, {"045", "126"}, {"04", "125"}, {"057", "127"}, {"05", "120"},
        {"061", "1211"}, {"062", "1212"}, {"06", "121"},
        {"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}, {"07", "122"},
        {"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
        {"087", "1246"}, {"08", "124"},
    };
    for (size_t i = 0; i < DY_ARRAY_LEN(map); i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) {
            snprintf(out, 8, "%s", map[i].to);
            return 1;
        }
    return 0;
}

int modality_is_refusal(const dy_sent *s, int i)
{
    static const uint16_t words[] = {W_refuse, W_decline, W_reject, W_unwilling, W_reluctant};
    return lemma_in(s, i, words, DY_ARRAY_LEN(words));
}
