/*
 * modality.c - asserted, negated, future, hypothetical (see modality.h).
 */
#include "modality.h"

#include <stdio.h>

#include "syntax.h"

static inline int is(const dy_sent *s, int i, const char *w) { return sent_tok_is(s, i, w); }

int lemma_in(const dy_dict *d, const dy_sent *s, int i, const char *const *words, size_t n)
{
    if (i < 0 || i >= s->ntok)
        return 0;
    uint32_t l = s->tok[i].lemma ? s->tok[i].lemma : s->tok[i].word;
    const char *w = l ? dict_s(d, D_WORDS(d)[l].s) : s->tok[i].key;
    if (!w)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (w[0] == words[k][0] && strcmp(w, words[k]) == 0)
            return 1;
    return 0;
}

/* Verbs whose infinitive complement has not happened yet. */
/* Verbs of using a means, whose infinitive says what was done with it. */
static const char *const means_verbs[] = {"use", "employ"};

static const char *const intent_verbs[] = {
    "plan", "intend", "expect", "aim", "hope", "want", "wish", "seek", "prepare", "schedule", "set", "due",
    "propose", "promise", "vow", "pledge", "threaten", "decide", "agree", "try", "attempt", "need", "plot",
    "mean", "offer", "consider", "would", "like", "arrange", "resolve", "undertake", "volunteer", "scheme",
    "push", "urge", "ask", "call", "invite", "encourage", "press", "demand", "want", "tell", "order",
    "advise", "persuade", "appeal", "request", "allow", "permit", "authorize", "approve", "hurry", "rush",
    "move", "vote", "elect", "choose", "opt", "pledge", "commit", "bid", "strive", "struggle", "work",
};
/* Verbs whose complement did not (or will not) happen. */
static const char *const negative_verbs[] = {
    "refuse", "decline", "fail", "avoid", "deny", "reject", "oppose", "stop", "cease", "halt", "forgo",
    "neglect", "abandon", "resist", "hesitate", "shun", "prevent", "block", "forbid", "ban", "dismiss",
};
/* Verbs whose that-clause is denied: "denied that it attacked". */
static const char *const denial_verbs[] = {"deny", "refute", "dismiss", "reject", "disprove", "contradict"};

/* Verbs whose that-clause is asked for, not told: "demanded that Russia withdraw". */
static const char *const mandative_verbs[] = {"demand", "urge", "request", "ask", "propose", "recommend", "suggest",
                                              "require", "order", "insist"};

/* "the first (country) to", "the only leader to": token i ends such a phrase. */
static int first_to(const dy_sent *s, int i)
{
    for (int k = i; k >= 1 && k >= i - 3; k--)
        if ((sent_tok_is(s, k, "first") || sent_tok_is(s, k, "last") || sent_tok_is(s, k, "only") ||
             sent_tok_is(s, k, "second")) && sent_tok_is(s, k - 1, "the"))
            return 1;
    return 0;
}

/* Adjectives before "to": "unwilling to", "ready to". */
static const char *const intent_adjs[] = {"ready", "willing", "eager", "keen", "determined", "likely", "poised",
                                          "set", "due", "expected", "scheduled", "slated", "prepared", "about",
                                          "going", "able", "free", "certain", "sure", "bound", "intent"};
static const char *const negative_adjs[] = {"unwilling", "unable", "reluctant", "loath", "loth", "hesitant", "unlikely"};

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

static int in_list(const dy_dict *d, const dy_sent *s, int i, const char *const *w, size_t n)
{
    return lemma_in(d, s, i, w, n);
}

/* The clause of token i opens with "if", "unless", "whether", "in case". */
static int conditional_clause(const dy_sent *s, int from)
{
    for (int i = from; i >= 0; i--) {
        if (is(s, i, "if") || is(s, i, "unless") || is(s, i, "whether") || (is(s, i, "case") && is(s, i - 1, "in")))
            return i;
        if (is(s, i, ";") || is(s, i, ":") || is(s, i, "then"))
            return -1;
        /* a comma closes an if-clause that came before: "If X happens, Y will ..." */
        if (is(s, i, ",")) {
            for (int j = i - 1; j >= 0 && i - j < 30; j--) {
                if (is(s, j, "if") || is(s, j, "unless"))
                    return j;
                if (is(s, j, ";") || is(s, j, "."))
                    break;
            }
            return -1;
        }
        if (s->tag[i] == T_SCONJ && !is(s, i, "that"))
            return -1;
    }
    return -1;
}

static dyad_mode own_mode(const dy_sent *s, const dy_vgroup *g, int *cue)
{
    /* "would never have invaded", "could have prevented": a counterfactual is
       hypothetical, negated or not */
    for (int i = g->start; i < g->main; i++)
        if (s->tag[i] == T_MODAL && (is(s, i, "would") || is(s, i, "could") || is(s, i, "might") || is(s, i, "should")))
            for (int j = i + 1; j < g->main; j++)
                if (is(s, j, "have") && (s->tag[g->main] == T_VPART || s->tag[g->main] == T_VPAST)) {
                    *cue = i;
                    return DYAD_HYPOTHETICAL;
                }
    if (g->neg) {
        *cue = g->neg_tok;
        return DYAD_NEGATED;
    }
    /* "no longer", "not" left of the group's auxiliaries */
    for (int i = g->start - 1; i >= 0 && i >= g->start - 2; i--)
        if ((is(s, i, "longer") && is(s, i - 1, "no")) || is(s, i, "never")) {
            *cue = i;
            return DYAD_NEGATED;
        }
    if (g->start > 0 && is(s, g->start - 1, "without")) {
        *cue = g->start - 1;
        return DYAD_NEGATED;
    }
    for (int i = g->start; i <= g->main; i++) {
        if (s->tag[i] != T_MODAL)
            continue;
        *cue = i;
        if (is(s, i, "will") || is(s, i, "shall") || is(s, i, "'ll") || is(s, i, "wo"))
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
static const char *const report_verbs[] = {"say", "announce", "state", "tell", "add", "declare", "confirm",
                                           "insist", "reiterate", "report", "indicate", "promise", "pledge"};

/* "announced that the two countries would restore relations": in reported
   speech "would" is the speaker's "will", future, unless a condition
   ("if", "unless") anywhere in the sentence makes it a scenario. */
static int reported_would(const dy_dict *d, const dy_sent *s, const dy_vgroup *g, int cue)
{
    if (cue < 0 || !is(s, cue, "would"))
        return 0;
    for (int i = cue + 1; i < g->main; i++)
        if (is(s, i, "have")) /* "would have": a counterfactual */
            return 0;
    for (int i = 0; i < s->ntok; i++)
        if (is(s, i, "if") || is(s, i, "unless") || is(s, i, "whether"))
            return 0;
    /* ("said he had pardoned the sailors seized in the Gulf and would free them":
       through a reduced participle, and one finite verb this one is coordinated
       with, to the reporting verb of both) */
    int coordinated = g->start > 0 && (is(s, g->start - 1, "and") || is(s, g->start - 1, "but"));
    int lo = g->start - 10;
    for (int i = g->start - 1; i >= 0 && i >= lo; i--) {
        if (s->tag[i] == T_PUNCT && !is(s, i, ","))
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
        if (s->vg[v].main == i && !s->vg[v].infinitive && in_list(d, s, i, report_verbs, DY_ARRAY_LEN(report_verbs)))
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
static int ruled_out_before(const dy_dict *d, const dy_sent *s, int vgi)
{
    static const char *const rule[] = {"rule"};
    const dy_vgroup *g = &s->vg[vgi];
    if (!g->participle || g->passive || g->start < 2 || !is(s, g->start - 1, "out") || s->tag[g->main] != T_VING)
        return -1;
    int v = s->tok_vgroup[g->start - 1] >= 0 ? s->tok_vgroup[g->start - 1] : s->tok_vgroup[g->start - 2];
    if (v < 0 || v == vgi || !in_list(d, s, s->vg[v].main, rule, 1))
        return -1;
    return v;
}

dyad_mode modality_of(const dy_dict *d, const dy_sent *s, int vgi, int *cue)
{
    const dy_vgroup *g = &s->vg[vgi];
    *cue = -1;
    dyad_mode m = own_mode(s, g, cue);
    if (m == DYAD_NEGATED)
        return m;
    if (m == DYAD_HYPOTHETICAL && reported_would(d, s, g, *cue))
        m = DYAD_FUTURE;
    /* "is due in Washington on Monday": an expected arrival */
    if (m == DYAD_ASSERTED && !g->infinitive && g->main + 1 < s->ntok && is(s, g->main + 1, "due") &&
        (is(s, g->main, "is") || is(s, g->main, "are") || is(s, g->main, "was") || is(s, g->main, "were"))) {
        *cue = g->main + 1;
        m = DYAD_FUTURE;
    }
    /* an infinitive inherits from the verb or adjective that governs it */
    if (g->infinitive) {
        int gov = modality_governor(s, vgi);
        int before_to = g->start - 1;
        if (before_to >= 0 && in_list(d, s, before_to, negative_adjs, DY_ARRAY_LEN(negative_adjs))) {
            *cue = before_to;
            return DYAD_NEGATED;
        }
        if (gov >= 0) {
            const dy_vgroup *G = &s->vg[gov];
            int gcue;
            dyad_mode gm = modality_of(d, s, gov, &gcue);
            if (gm == DYAD_NEGATED) {
                *cue = gcue;
                return DYAD_NEGATED;
            }
            if (in_list(d, s, G->main, negative_verbs, DY_ARRAY_LEN(negative_verbs))) {
                *cue = G->main;
                return DYAD_NEGATED;
            }
            if (gm == DYAD_HYPOTHETICAL) {
                *cue = gcue;
                return DYAD_HYPOTHETICAL;
            }
            if (gm == DYAD_FUTURE || in_list(d, s, G->main, intent_verbs, DY_ARRAY_LEN(intent_verbs))) {
                *cue = gm == DYAD_FUTURE ? gcue : G->main;
                if (m == DYAD_ASSERTED)
                    m = DYAD_FUTURE;
            }
        }
        if (m == DYAD_ASSERTED && before_to >= 0 && in_list(d, s, before_to, intent_adjs, DY_ARRAY_LEN(intent_adjs))) {
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
            in_list(d, s, s->vg[gov].main, means_verbs, DY_ARRAY_LEN(means_verbs)))
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
        int ro = ruled_out_before(d, s, vgi);
        if (ro >= 0) {
            *cue = s->vg[ro].main;
            return s->vg[ro].neg ? DYAD_FUTURE : DYAD_NEGATED;
        }
    }
    /* participles and gerunds after a negative verb: "avoided calling", "denies attacking" */
    if (g->participle && g->start > 0) {
        int p = g->start - 1;
        if (s->tok_vgroup[p] >= 0 && in_list(d, s, s->vg[s->tok_vgroup[p]].main, negative_verbs,
                                              DY_ARRAY_LEN(negative_verbs))) {
            *cue = p;
            return DYAD_NEGATED;
        }
        /* "ruled out meeting Zelensky": what is ruled out does not happen; "would
           not rule out attacking Iran", "has not ruled out using force": it is
           kept open, a possibility */
        if (is(s, p, "out") && p >= 1 && s->tok_vgroup[p - 1] >= 0 &&
            (is(s, p - 1, "rule") || is(s, p - 1, "rules") || is(s, p - 1, "ruled") || is(s, p - 1, "ruling"))) {
            int rcue;
            dyad_mode rm = own_mode(s, &s->vg[s->tok_vgroup[p - 1]], &rcue);
            *cue = p - 1;
            return rm == DYAD_NEGATED ? DYAD_HYPOTHETICAL : DYAD_NEGATED;
        }
    }
    /* "Iran denied that it had attacked ...": the denied clause did not happen */
    /* (but "denied that it had torpedoed the ship, and warned that ...": a verb
       after ", and" is the denier's next act, not part of what it denied) */
    int conjunct = g->start >= 2 && (is(s, g->start - 1, "and") || is(s, g->start - 1, "but")) &&
                   is(s, g->start - 2, ",");
    for (int i = g->start - 1; i >= 1 && i >= g->start - 12 && !conjunct; i--) {
        if (is(s, i, ";") || is(s, i, ":"))
            break;
        if (!is(s, i, "that") && !(s->tag[i] == T_SCONJ && is(s, i, "whether")))
            continue;
        int v = s->tok_vgroup[i - 1] >= 0 ? s->tok_vgroup[i - 1] : (i >= 3 ? s->tok_vgroup[i - 3] : -1);
        for (int j = i - 1; j >= 0 && j >= i - 4 && v < 0; j--)
            v = s->tok_vgroup[j];
        if (v >= 0 && v != vgi && in_list(d, s, s->vg[v].main, denial_verbs, DY_ARRAY_LEN(denial_verbs))) {
            *cue = s->vg[v].main;
            return DYAD_NEGATED;
        }
        /* "demanded that Russia withdraw": what is demanded has not happened */
        if (v >= 0 && v != vgi && in_list(d, s, s->vg[v].main, mandative_verbs, DY_ARRAY_LEN(mandative_verbs))) {
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
        int present = is(s, g->start, "is") || is(s, g->start, "are") || is(s, g->start, "has") ||
                      is(s, g->start, "have") || (g->start == g->main && s->tag[g->main] == T_VERB);
        for (int i = g->start - 1; present && i >= 0 && i >= g->start - 8; i--) {
            if (is(s, i, "until") || is(s, i, "till")) {
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
    if ((is(s, 0, "in") && (is(s, 1, "such") || is(s, 1, "that") || is(s, 1, "this")) &&
         (is(s, 2, "situation") || is(s, 2, "case") || is(s, 2, "scenario") || is(s, 3, "situation") ||
          is(s, 3, "scenario") || is(s, 3, "case"))) ||
        (is(s, 0, "if") && is(s, 1, "so"))) {
        *cue = 0;
        return DYAD_HYPOTHETICAL;
    }
    if (s->question) {
        *cue = s->ntok - 1;
        return DYAD_HYPOTHETICAL;
    }
    return m;
}

int modality_intent(const dy_dict *d, const dy_sent *s, int vgi)
{
    static const char *const intent[] = {"willing", "ready", "prepared", "eager", "keen", "determined", "open",
                                         "committed", "resolved"};
    const dy_vgroup *g = &s->vg[vgi];
    /* "has not ruled out striking Iran" */
    {
        int ro = ruled_out_before(d, s, vgi);
        if (ro >= 0 && s->vg[ro].neg)
            return 1;
    }
    if (!g->infinitive || g->start < 1)
        return 0;
    /* the word as written too: "willing" has the lemma "will" */
    return sent_tok_in(s, g->start - 1, intent, DY_ARRAY_LEN(intent)) ||
           in_list(d, s, g->start - 1, intent, DY_ARRAY_LEN(intent));
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

int modality_is_refusal(const dy_dict *d, const dy_sent *s, int i)
{
    static const char *const words[] = {"refuse", "decline", "reject", "unwilling", "reluctant"};
    return lemma_in(d, s, i, words, DY_ARRAY_LEN(words));
}
