/*
 * coder.c - from a story to events (see coder.h).
 *
 * For each sentence: dictionary units, word classes, noun-phrase chunks and
 * verb groups (syntax.c), actor mentions (mention.c), coreference (coref.c),
 * time expressions (dates.c). Then, for each verb group whose verb is in the
 * dictionary: its pattern (pattern.c), its source (the subject, or the "by"
 * phrase of a passive), its target (the pattern's "+", else the first actor
 * after the verb in its clause), its mode (modality.c) and its date. Compound
 * actors give one event per actor; "[A:B]" codes give the reverse event too.
 */
#include "coder.h"

#include <stdio.h>
#include <stdlib.h>

#include "clean.h"
#include "dates.h"
#include "lexicon.h"
#include "mention.h"
#include "modality.h"
#include "pattern.h"
#include "syntax.h"
#include "text.h"

#define MAX_TIMES 16
#define MAX_EXPAND 8

static inline int is(const dy_sent *s, int i, unsigned w) { return sent_tok_w(s, i, w); }

/* An event code's CAMEO string ("041"). */
static inline const char *code_str(const dy_dict *d, uint32_t ev) { return dict_s(d, D_EVCODES(d)[ev].code); }

/* Is code a country's actor of the given sector, its last three of six letters
   ("IRQOPP" and "---OPP" are OPP)? */
static int sector_is(const char *code, const char *sector) { return strlen(code) == 6 && !strcmp(code + 3, sector); }

static void trace_printf(struct dyad_coder *c, const char *fmt, ...) DY_PRINTF(2, 3);
/* The arguments (span texts copied into the arena) are only worked out when
   tracing: most coding is not traced. */
#define tracef(c, ...)                                                                                                 \
    do {                                                                                                               \
        if ((c)->trace)                                                                                                \
            trace_printf((c), __VA_ARGS__);                                                                            \
    } while (0)
#include <stdarg.h>
static void trace_printf(struct dyad_coder *c, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dy_buf_adds(c->trace, buf);
}

static const char *span_text(struct dyad_coder *c, const dy_sent *s, int a, int b)
{
    if (a < 0 || b <= a || b > s->ntok)
        return "";
    const dy_token *f = &s->tok[a], *l = &s->tok[b - 1];
    const char *p = dy_arena_strndup(&c->arena, s->text + f->off, l->off + l->len - f->off);
    return p ? p : "";
}

static const char *span_text_of(struct dyad_coder *c, const char *text, const dy_token *t)
{
    const char *p = dy_arena_strndup(&c->arena, text + t->off, t->len);
    return p ? p : "";
}

static const char *arena_str(struct dyad_coder *c, const char *s)
{
    const char *p = dy_arena_strndup(&c->arena, s, strlen(s));
    return p ? p : "";
}

/* ==== clause windows ================================================================= */

static int finite_group_at(const dy_sent *s, int i, int self)
{
    int v = s->tok_vgroup[i];
    return v >= 0 && v != self && s->vg[v].finite && s->vg[v].main == i;
}

/* A comma that starts a new clause: ", a senior official said", ", he added". */
static int comma_clause(const dy_sent *s, int i)
{
    if (!is(s, i, W_COMMA))
        return 0;
    int j = i + 1;
    int np = j < s->ntok ? s->tok_np[j] : -1;
    if (np < 0 || s->np[np].start != j)
        return 0;
    j = s->np[np].end;
    /* ", Putin and Erdogan have": a list of noun phrases, then a verb */
    while (j + 1 < s->ntok && (is(s, j, W_and) || is(s, j, W_COMMA)) && s->tok_np[j + 1] >= 0 &&
           s->np[s->tok_np[j + 1]].start == j + 1)
        j = s->np[s->tok_np[j + 1]].end;
    while (j < s->ntok && s->tag[j] == T_ADV)
        j++;
    return j < s->ntok && s->tok_vgroup[j] >= 0 && s->vg[s->tok_vgroup[j]].finite;
}

/* Is there a complementizer "that" between from and i (a clause the pattern may read)? */
static int that_before(const dy_sent *s, int i, int from)
{
    for (int k = from; k < i; k++)
        if (is(s, k, W_that))
            return 1;
    return 0;
}

/* What the clause windows ask of each token, worked out once per sentence
   (every verb group walks the same tokens). */
enum { TB_BOUND = 1, TB_COMMA = 2, TB_COMMA_CLAUSE = 4, TB_THAT = 8 };

static uint8_t *token_bounds(const dy_sent *s, dy_arena *a)
{
    uint8_t *tb = dy_arena_alloc(a, (size_t)s->ntok + 1);
    if (!tb)
        return NULL;
    for (int i = 0; i < s->ntok; i++) {
        int comma = is(s, i, W_COMMA);
        tb[i] = (uint8_t)((syntax_is_boundary(s, i) ? TB_BOUND : 0) | (comma ? TB_COMMA : 0) |
                          (comma && comma_clause(s, i) ? TB_COMMA_CLAUSE : 0) | (is(s, i, W_that) ? TB_THAT : 0));
    }
    return tb;
}

/* The clause of verb group gi: [*lo, *hi). Pattern matching may cross
   infinitives and participles, but not clause boundaries or another finite verb. */
/* ", officials said,", ", it seems,": a comment on the clause it interrupts,
   which goes on after it ("Iran will restore, officials said, full ties with
   Saudi Arabia"). Returns the closing comma, or -1. */
static int comment_clause_end(const dy_sent *s, int i)
{
    if (!is(s, i, W_COMMA))
        return -1;
    int j = i + 1, verb = 0;
    while (j < s->ntok && j <= i + 7 && !is(s, j, W_COMMA)) {
        int v = s->tok_vgroup[j];
        if (v >= 0) {
            const dy_vgroup *g = &s->vg[v];
            if (verb || !g->finite || g->neg ||
                !((s->tok[g->main].pos & POS_REPORT) || is(s, g->main, W_seems) || is(s, g->main, W_appears)))
                return -1;
            verb = 1;
            j = g->end;
            continue;
        }
        if (!(s->tok_np[j] >= 0 || s->tag[j] == T_PRON || s->tag[j] == T_ADV || (s->tok[j].pos & POS_TIME) ||
              (s->tag[j] == T_PREP && verb)))
            return -1;
        j++;
    }
    /* something must follow: a closing ", an official said." is no comment inside */
    if (!verb || j >= s->ntok || !is(s, j, W_COMMA) || j + 1 >= s->ntok || s->tag[j + 1] == T_PUNCT ||
        s->tok[j + 1].kind == TK_QUOTE)
        return -1;
    return j;
}

/* "a deal on ending the war", "talks on joining the European Union": a gerund
   after a noun and "on" or "about" is that noun's topic, no deed of its own, and
   its words are not the verb's before it ("left without a deal on ending the
   war" is no going to war). i is the gerund. */
static int topic_gerund_at(const dy_sent *s, int i)
{
    return i >= 2 && i < s->ntok && s->tag[i] == T_VING && (is(s, i - 1, W_on) || is(s, i - 1, W_about)) &&
           s->tag[i - 2] == T_NOUN && s->tok_mention[i - 2] < 0;
}

/* "agreed to a ceasefire during talks in Doha mediated by Qatar and Turkey": a
   go-between named by a passive participle after the verb ("mediated by",
   "brokered by", "hosted by") is a third party, not whom the ceasefire was
   agreed with; its clause is its own. (Other agents may be the target: "welcomed
   memos sent by Bree".) */
static int agent_participle_at(const dy_sent *s, int i, int gi)
{
    static const uint16_t between[] = {W_mediated, W_brokered, W_hosted, W_facilitated, W_sponsored,
                                       W_organised, W_organized, W_arranged, W_chaired};
    int v = s->tok_vgroup[i];
    if (v < 0 || v == gi || i != s->vg[v].start || s->vg[v].finite || !s->vg[v].participle || !s->vg[v].passive)
        return 0;
    return i > s->vg[gi].end + 1 && s->vg[v].end < s->ntok && is(s, s->vg[v].end, W_by) &&
           sent_tok_in(s, s->vg[v].main, between, DY_ARRAY_LEN(between));
}

static void clause_window(const dy_sent *s, const uint8_t *tb, int gi, int *lo, int *hi)
{
    const dy_vgroup *g = &s->vg[gi];
    int i = g->start - 1;
    while (i >= 0 && !(tb[i] & (TB_BOUND | TB_COMMA)) && !finite_group_at(s, i, gi))
        i--;
    *lo = i + 1;
    i = g->end;
    while (i < s->ntok && !(tb[i] & TB_BOUND) && !finite_group_at(s, i, gi) && !topic_gerund_at(s, i + 1) &&
           !agent_participle_at(s, i, gi) &&
           /* "signed an accord under which Macedonia will rename itself": a
              relative clause opened by a preposition is its own */
           !(s->tag[i] == T_PREP && i + 1 < s->ntok && (is(s, i + 1, W_which) || is(s, i + 1, W_whom)))) {
        if (tb[i] & TB_COMMA) {
            /* ", and" / ", but" / ", which" start another clause */
            if (is(s, i + 1, W_and) || is(s, i + 1, W_but) || is(s, i + 1, W_while) || is(s, i + 1, W_although) ||
                is(s, i + 1, W_though) || is(s, i + 1, W_as) || s->tag[i + 1 < s->ntok ? i + 1 : i] == T_WH)
                break;
            /* ", killing ...", ", backed by ...": a participle clause; but ", known as El
               Chapo," only names the phrase before */
            if (i + 1 < s->ntok && s->tok_vgroup[i + 1] >= 0 && s->vg[s->tok_vgroup[i + 1]].participle &&
                !sent_tok_names(s, i + 1))
                break;
            /* right after the verb, before its object */
            int e = i == g->end ? comment_clause_end(s, i) : -1;
            if (e > i) {
                i = e + 1;
                continue;
            }
            if (tb[i] & TB_COMMA_CLAUSE)
                break;
        }
        i++;
    }
    *hi = i;
}

/* The words a pattern may use: back to the start of the sentence or a hard
   boundary (PETRARCH's pre-verb words such as "INDICATED WOULD *" reach over
   a clause), forward over complementizer "that" to the end of the clause. */
static void pattern_window(const dy_sent *s, const uint8_t *tb, int gi, int clause_hi, int *lo, int *hi)
{
    const dy_vgroup *g = &s->vg[gi];
    int i = g->start - 1;
    while (i >= 0 && !is(s, i, W_SEMI) && !is(s, i, W_COLON) && s->tok[i].kind != TK_QUOTE)
        i--;
    *lo = i + 1;
    /* "expelled four Russian military intelligence officers in April after
       catching them": a gerund opened by "after", "before", "since", "while" or
       "upon" has no words before it of its own ("military" is the officers', no
       soldier catching) */
    if (!g->finite && g->participle && !g->passive && g->start >= 1 &&
        (is(s, g->start - 1, W_after) || is(s, g->start - 1, W_before) || is(s, g->start - 1, W_since) ||
         is(s, g->start - 1, W_while) || is(s, g->start - 1, W_upon)))
        *lo = g->start;
    i = clause_hi;
    /* "captured after Pakistani jets shot down his MiG-21": a clause opened by
       "after", "before", "since" or "until" has words of its own verb */
    /* (a reduced clause ends there: "the pilot captured after Pakistani jets ...") */
    for (int k = g->end; k < clause_hi; k++)
        if ((is(s, k, W_after) || is(s, k, W_before) || is(s, k, W_since) || is(s, k, W_until)) &&
            s->tok_mention[k + 1] >= 0 &&
            ((clause_hi < s->ntok && s->tok_vgroup[clause_hi] >= 0 && s->vg[s->tok_vgroup[clause_hi]].finite) ||
             (g->participle && g->passive))) {
            *hi = g->participle && g->passive ? k : clause_hi;
            return;
        }
    while (i < s->ntok && ((tb[i] & TB_THAT) || !(tb[i] & (TB_BOUND | TB_COMMA_CLAUSE)))) {
        if (topic_gerund_at(s, i + 1))
            break;
        if (i > clause_hi && s->tok_vgroup[i] >= 0 && s->vg[s->tok_vgroup[i]].finite && s->vg[s->tok_vgroup[i]].main == i &&
            !(i > 0 && s->tok_vgroup[i - 1] == s->tok_vgroup[i]) && !that_before(s, i, clause_hi))
            break;
        i++;
    }
    *hi = i;
}

/* ==== sources and targets ============================================================== */

static int mention_of_np(const dy_sent *s, int np)
{
    if (np < 0)
        return -1;
    int m = s->np[np].mention;
    if (m < 0) {
        for (int i = s->np[np].start; i < s->np[np].end; i++)
            if (s->tok_mention[i] >= 0)
                return s->tok_mention[i];
        return -1;
    }
    return s->m[m].appos >= 0 ? s->m[m].appos : m;
}

static int locative_prep(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_in, W_at, W_near, W_during, W_since, W_after, W_before, W_across, W_around,
                                 W_throughout, W_within, W_outside, W_inside, W_amid, W_despite, W_until};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

/* "Houthi targets", "Iranian positions": a head noun for what an armed side holds. */
/* "Saudi-led offensive operations", "Iran-backed militias": a phrase whose
   actor leads or backs what it names (that side is what the verb acts on). */
static int led_by(const dy_sent *s, int m)
{
    static const uint16_t p[] = {W_led, W_backed, W_sponsored, W_supported, W_run};
    const dy_mention *x = &s->m[m];
    for (int k = x->start; k + 2 < x->end; k++)
        if (s->tok[k + 1].len == 1 && (s->tok[k + 1].flags & TF_HYPHEN) && sent_tok_in(s, k + 2, p, DY_ARRAY_LEN(p)))
            return 1;
    return 0;
}

static int military_object(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_targets, W_positions, W_bases, W_outposts, W_strongholds, W_hideouts, W_camps,
                                 W_stronghold, W_bastion, W_bastions};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

/* Does the mention at token st follow "with the help of", "with the support of"? */
/* (or "at the request of", "at the invitation of", "on behalf of": who asked for
   the act, or for whom it is done, is not who it is done to: "arrested Huawei's
   chief financial officer in Vancouver at the request of the United States") */
static int helper_phrase(const dy_sent *s, int st)
{
    static const uint16_t nouns[] = {W_help, W_support, W_backing, W_assistance, W_aid, W_cooperation, W_blessing};
    static const uint16_t asked[] = {W_request, W_invitation, W_behest, W_urging, W_instigation};
    if (st < 3 || !sent_tok_w(s, st - 1, W_of))
        return 0;
    int k = st - 2;
    if (sent_tok_w(s, k, W_behalf) && sent_tok_w(s, k - 1, W_on))
        return 1;
    if (sent_tok_in(s, k, asked, DY_ARRAY_LEN(asked)) && sent_tok_w(s, k - 1, W_the) && sent_tok_w(s, k - 2, W_at))
        return 1;
    if (sent_tok_in(s, k, nouns, DY_ARRAY_LEN(nouns)))
        return sent_tok_w(s, k - 1, W_with) || sent_tok_w(s, k - 2, W_with);
    return 0;
}

/* "after", "before", "since", "until", "while", "when" at i: a word that may open
   a clause of its own. */
static int clause_opener(const dy_sent *s, int i)
{
    static const uint16_t w[] = {W_after, W_before, W_since, W_until, W_while, W_when};
    return i >= 0 && sent_tok_in(s, i, w, DY_ARRAY_LEN(w));
}

/* "in the southern city of Rostov-on-Don": a place named after "of" in a
   locative phrase whose head is a kind of place. */
static int in_town_of(const dy_sent *s, int i)
{
    static const uint16_t town[] = {W_city, W_town, W_village, W_province, W_region, W_district, W_port};
    if (i < 2 || !sent_tok_w(s, i - 1, W_of) || !sent_tok_in(s, i - 2, town, DY_ARRAY_LEN(town)))
        return 0;
    for (int k = i - 3; k >= 0 && k >= i - 6; k--)
        if (sent_tok_w(s, k, W_in) || sent_tok_w(s, k, W_near) || sent_tok_w(s, k, W_at))
            return 1;
        else if (!(s->tag[k] == T_DET || s->tag[k] == T_ADJ || s->tag[k] == T_NOUN || s->tag[k] == T_PROPN))
            return 0;
    return 0;
}

/* The verb's target when the pattern names none: the direct object, else the
   object of a preposition attached to the verb or to its object. Gives up after
   two noun phrases that name no actor ("weighed in on opposite sides of the
   civil conflict in Libya" has no target), at an infinitive when
   `stop_at_infinitive`, and prefers a full mention to a possessive one. `motion`:
   1 for verbs of motion (a place can be the destination), 2 for verbs of giving
   (the "to X" recipient is looked for past the two noun phrases). */
static int starts_finite_clause(const dy_sent *s, int i);

/* A conjunction that opens a subordinate clause ("after", "as", "when") at i? */
static int subordinator_at(const dy_sent *s, int i)
{
    static const uint16_t w[] = {W_after, W_before, W_as,       W_when,   W_while, W_because,
                                 W_since, W_until,  W_although, W_though, W_unless};
    return sent_tok_in(s, i, w, DY_ARRAY_LEN(w));
}

/* Is the first noun sense of token i's word a person ("pilot", "captain")? */
static int head_is_person(const dy_dict *d, const dy_sent *s, int i)
{
    uint32_t w = s->tok[i].lemma ? s->tok[i].lemma : s->tok[i].word;
    return w && D_WORDS(d)[w].nsem == NSEM_PERSON;
}

/* Is mention m the subject of a trailing attribution (", the leader of X said")? */
static int trailing_speaker(const dy_sent *s, int m)
{
    int v = s->tok_vgroup[s->m[m].end];
    if (v < 0 || !(s->tok[s->vg[v].main].pos & POS_REPORT))
        return 0;
    int np = s->m[m].np, st = s->m[m].start;
    /* ("the leader of South Korea's ruling party": the head before "of") */
    while (np >= 0 && s->np[np].prep >= 0 && sent_tok_w(s, s->np[np].prep, W_of) && s->np[np].prep > 0 &&
           s->tok_np[s->np[np].prep - 1] >= 0) {
        np = s->tok_np[s->np[np].prep - 1];
        st = s->np[np].start;
    }
    return st > 0 && sent_tok_w(s, st - 1, W_COMMA);
}

static int first_mention_after(const dy_sent *s, int from, int hi, int skip, int stop_at_infinitive, int gi,
                               int motion)
{
    int plain_nps = 0, weak = -1, locative = -1, bare = -1, placed = -1;
    for (int i = from; i < hi; i++) {
        /* an infinitive right after the verb is its own event ("promised to visit
           Russia"); after an object it may hold the target ("signed an accord to
           supply Gondor") */
        int v = s->tok_vgroup[i];
        /* ... and a reduced passive after the object may hold it too ("welcomed
           memos sent by Bree") */
        /* (a verb of giving reads past an apposition: "extradited Guzman, known as
           El Chapo, to the United States") */
        /* "attacked two oil tankers in the Gulf of Oman, a day after Pompeo blamed
           Tehran": who comes after "a day after" is in a clause of its own */
        int od, ost;
        if (i > from && dates_offset_at(s, i, &od, &ost) && ost > from && sent_tok_w(s, ost - 1, W_COMMA))
            break;
        if (stop_at_infinitive && v >= 0 && v != gi && (s->vg[v].infinitive || s->vg[v].participle) &&
            (plain_nps == 0 || (s->vg[v].participle && !s->vg[v].passive)) &&
            !(motion == 2 && s->vg[v].participle && s->vg[v].start > 0 && sent_tok_w(s, s->vg[v].start - 1, W_COMMA)))
            break;
        int m = s->tok_mention[i];
        if (m < 0) {
            int np = s->tok_np[i];
            if (np >= 0 && s->np[np].start == i) {
                /* a verb of giving looks on for its recipient ("sent a shipment of
                   relief supplies, including tents, blankets and medicines, to Myanmar") */
                /* ("dozens of artillery shells": the of-phrase is one object) */
                /* (and so are two joined by "and" after a plain one: "fired tear gas
                   and live rounds on Tuesday at protesters") */
                int joined = plain_nps > 0 && i > from + 1 && sent_tok_w(s, i - 1, W_and) && s->tok_np[i - 2] >= 0 &&
                             s->np[s->tok_np[i - 2]].mention < 0;
                if (!(i > from && sent_tok_w(s, i - 1, W_of)) && !joined && ++plain_nps > 2 && motion != 2)
                    break;
            }
            continue;
        }
        if (s->m[m].appos >= 0)
            m = s->m[m].appos;
        if (motion == 2 && plain_nps > 2) {
            int st0 = s->m[m].start;
            if (!(st0 > 0 && sent_tok_w(s, st0 - 1, W_to)))
                continue;
            if (m != skip && s->m[m].code[0])
                return m;
            continue;
        }
        /* "denied that it had attacked two oil tankers, a day after Pompeo blamed
           Tehran": the subject of a clause a conjunction opens is that clause's
           actor; the object, if any, came before */
        /* (then a place after a plain object is where the verb acted: "struck
           militant targets in Gaza overnight after Hamas fired rockets") */
        /* (and so does the speaker of a trailing attribution: "..., the leader of
           South Korea's ruling party said") */
        if (s->m[m].start > from && starts_finite_clause(s, s->m[m].end) &&
            (subordinator_at(s, s->m[m].start - 1) || trailing_speaker(s, m)))
            return weak >= 0 ? weak : locative >= 0 ? locative : placed >= 0 ? placed : bare;
        if (m == skip)
            continue;
        /* "condemn Russia's invasion of Ukraine": the of-phrase belongs to the
           object, whose possessor is the one acted on */
        if (weak >= 0 && s->m[m].start >= 1 && s->m[m].start - 1 == s->m[weak].end &&
            sent_tok_w(s, s->m[m].start - 1, W_of) && s->tag[s->m[weak].start] != T_POSS &&
            (s->m[weak].head_sem == NSEM_ACT || s->m[weak].head_sem == NSEM_EVENT))
            return weak;
        /* "rejected a government motion on possible military action against
           Syria": what a proposal of no named country is on (against, for) is
           its content; the government that made it is acted on */
        static const uint16_t proposal_heads[] = {W_motion, W_bill, W_proposal, W_plan, W_draft, W_resolution};
        if (bare >= 0 && streq(s->m[bare].code, "---GOV") && s->m[bare].weak && s->m[m].start > s->m[bare].end &&
            s->m[m].start - s->m[bare].end <= 8 && sent_tok_w(s, s->m[bare].end, W_on) &&
            sent_tok_in(s, s->m[bare].end - 1, proposal_heads, DY_ARRAY_LEN(proposal_heads))) {
            int plain = 1;
            for (int k = s->m[bare].end; k < s->m[m].start && plain; k++)
                if (s->tok_vgroup[k] >= 0 || s->tag[k] == T_PUNCT || s->tag[k] == T_WH || s->tag[k] == T_SCONJ)
                    plain = 0;
            if (plain)
                return bare;
        }
        /* "stormed a Turkish-led aid flotilla bound for Gaza": where the object is
           bound (headed) for is its destination, not who is acted on */
        if (weak >= 0 && s->m[m].start >= 2 && s->m[m].start - 1 == s->m[weak].end &&
            sent_tok_w(s, s->m[m].start - 1, W_for) &&
            (sent_tok_w(s, s->m[m].start - 2, W_bound) || sent_tok_w(s, s->m[m].start - 2, W_headed)))
            return weak;
        /* "pounded the Islamic State stronghold of Raqqa": the town that names
           a side's stronghold is its place; the side holding it is acted on */
        if (weak >= 0 && s->m[m].start >= 1 && s->m[m].start - 1 == s->m[weak].end &&
            sent_tok_w(s, s->m[m].start - 1, W_of) && s->tag[s->m[weak].start] != T_POSS &&
            military_object(s, s->m[weak].end - 1))
            return weak;
        /* "recognised Israeli sovereignty over the Golan Heights": what the
           sovereignty (control, claim) is over is the object's, not who is acted on */
        static const uint16_t over_nouns[] = {W_sovereignty, W_control, W_claim, W_claims, W_jurisdiction,
                                              W_authority};
        if (weak >= 0 && s->m[m].start >= 1 && s->m[m].start - 1 == s->m[weak].end &&
            sent_tok_w(s, s->m[m].start - 1, W_over) &&
            sent_tok_in(s, s->m[weak].end - 1, over_nouns, DY_ARRAY_LEN(over_nouns)))
            return weak;
        /* "recalled its ambassadors to the United States": the source's own people
           are not its target */
        if (skip >= 0 && s->m[m].code[0] &&
            (!strcmp(s->m[m].code, s->m[skip].code) ||
             (s->tag[s->m[m].start] == T_POSS && s->m[m].actor && s->m[m].actor == s->m[skip].actor))) {
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        /* "to force a Ryanair flight from Athens to Vilnius": "from A to B" after
           a plain object is that object's route, not who is acted on */
        if (motion == 0 && plain_nps > 0 && s->m[m].start > 0) {
            int st0 = s->m[m].start, route = sent_tok_w(s, st0 - 1, W_from) && s->m[m].end < hi &&
                                               sent_tok_w(s, s->m[m].end, W_to);
            if (!route && sent_tok_w(s, st0 - 1, W_to) && st0 >= 2 && s->tok_mention[st0 - 2] >= 0) {
                int pm = s->tok_mention[st0 - 2];
                route = s->m[pm].start > 0 && sent_tok_w(s, s->m[pm].start - 1, W_from);
            }
            /* ("struck a boat carrying drugs from Venezuela": where the cargo of a
               plain object comes from is its origin too) */
            static const uint16_t carry[] = {W_carrying, W_transporting, W_smuggling, W_ferrying};
            for (int k = st0 - 2; !route && k >= from && k >= st0 - 4; k--)
                if (sent_tok_w(s, st0 - 1, W_from) && sent_tok_in(s, k, carry, DY_ARRAY_LEN(carry)))
                    route = 1;
            if (route) {
                i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
                continue;
            }
        }
        /* "prevent it with the help of European leaders": a helper, not a target */
        /* (and so is the side one fights for: "North Korean troops were fighting
           for Russia against Ukraine") */
        static const uint16_t fight_forms[] = {W_fight, W_fights, W_fighting, W_fought};
        int ally = s->m[m].start > 0 && gi >= 0 && sent_tok_w(s, s->m[m].start - 1, W_for) &&
                   sent_tok_in(s, s->vg[gi].main, fight_forms, DY_ARRAY_LEN(fight_forms));
        if (ally || helper_phrase(s, s->m[m].start)) {
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        /* "fired missiles at Kyiv": after a weapon or a role, what it is aimed at */
        if (s->m[m].locative && bare >= 0 && s->m[m].start > 0 &&
            (sent_tok_w(s, s->m[m].start - 1, W_at) || sent_tok_w(s, s->m[m].start - 1, W_against)))
            return m;
        /* ("fired dozens of artillery shells at the South Korean island", "fired a
           water cannon at a Philippine supply boat": what a shot is fired at) */
        static const uint16_t fired[] = {W_fired, W_fires, W_fire, W_firing, W_shot, W_shoots, W_shoot, W_lobbed};
        if (s->m[m].locative && plain_nps > 0 && gi >= 0 && s->m[m].start > 0 &&
            sent_tok_w(s, s->m[m].start - 1, W_at) && sent_tok_in(s, s->vg[gi].main, fired, DY_ARRAY_LEN(fired)))
            return m;
        /* "met in Riyadh": a place; but "arrived in Baghdad": a destination */
        if (s->m[m].locative && !(motion == 1 && plain_nps == 0)) {
            if (placed < 0 && plain_nps > 0 && s->m[m].code[0])
                placed = m;
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        /* "seized military facilities in the southern city of Rostov-on-Don": a
           bare role of the state before the place it is in is the target (of that
           place's country) */
        if (bare >= 0 && in_town_of(s, s->m[m].start) && strlen(s->m[bare].code) == 6 &&
            (streq(s->m[bare].code + 3, "MIL") || streq(s->m[bare].code + 3, "GOV") ||
             streq(s->m[bare].code + 3, "COP")))
            return bare;
        /* "deployed 400 police officers to Haiti": a bare role is the target only
           when no actor follows */
        if (!s->m[m].actor && !s->m[m].pronoun && !s->m[m].npair && s->m[m].agent) {
            if (bare < 0)
                bare = m;
            plain_nps++;
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        int st = s->m[m].start;
        /* a place in a locative phrase after the object ("appealed for peace in
           Ithilen") is the target only when nothing better comes */
        /* (an object that only a modifier names counts: "struck Houthi targets across Yemen") */
        if (st > from && st > 0 && s->tag[st - 1] == T_PREP && locative_prep(s, st - 1) &&
            (plain_nps > 0 || (weak >= 0 && (military_object(s, s->m[weak].end - 1) || led_by(s, weak))))) {
            /* (a place needs a country of its own: "arrested a key suspect ... in
               his home village" was not done to villagers) */
            if (locative < 0 && plain_nps <= 2 && !starts_with(s->m[m].code, "---"))
                locative = m;
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        /* "strike Iran's nuclear sites before the U.S. election": after the object,
           a time phrase names no one the verb acts on */
        if ((weak >= 0 || plain_nps > 0) && st > 0 && s->tag[st - 1] == T_PREP &&
            (sent_tok_w(s, st - 1, W_before) || sent_tok_w(s, st - 1, W_after) || sent_tok_w(s, st - 1, W_until) ||
             sent_tok_w(s, st - 1, W_during))) {
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        /* ("rejected U.S. calls for the creation of a Palestinian state", "sign a
           deal giving the United States access to Ukraine's resources": a second
           possessive one belongs to the first's object, and the first stays,
           unless the first opens a clause: "captured after Pakistani jets ...") */
        if (s->m[m].weak && (weak < 0 || !clause_opener(s, s->m[weak].start - 1))) {
            if (weak < 0)
                weak = m;
            i = s->m[m].end - 1 > i ? s->m[m].end - 1 : i;
            continue;
        }
        return m;
    }
    return weak >= 0 ? weak : locative >= 0 ? locative : bare;
}

/* A participle opening the sentence, or after "after", "before", "while", "by". */
static int opening_clause(const dy_sent *s, const dy_vgroup *g)
{
    int i = g->start - 1;
    if (i >= 0 && (is(s, i, W_after) || is(s, i, W_before) || is(s, i, W_while) || is(s, i, W_by) ||
                   is(s, i, W_when) || is(s, i, W_since) || is(s, i, W_upon) || is(s, i, W_on)))
        i--;
    return i < 0 || is(s, i, W_QUOTE);
}

typedef struct roles {
    int *subj;    /* per verb group: subject mention, -1 */
} roles;

/* The side a warning placed after its content ([0, end)) is aimed at: the
   actor after "for" or "against", else the first actor of another country
   after the content's first verb; -1. */
static int warned_party(const dy_sent *s, int src, int end)
{
    const char *a = s->m[src].code;
    int first_verb = -1, after_verb = -1;
    for (int i = 0; i < end; i++) {
        if (first_verb < 0 && s->tok_vgroup[i] >= 0)
            first_verb = i;
        int m = s->tok_mention[i];
        if (m < 0 || s->m[m].start != i || !s->m[m].code[0] || starts_with(s->m[m].code, "---") ||
            !strncmp(s->m[m].code, a, 3))
            continue;
        if (i >= 1 && (is(s, i - 1, W_for) || is(s, i - 1, W_against)))
            return m;
        /* (only when the content is its own side's: "Israel will strike Iran ...,
           Katz warned"; "Russia could invade Ukraine, Sullivan warned" warns of
           Russia, at no one named) */
        if (first_verb >= 0 && after_verb < 0 && !s->m[m].weak && s->m[m].start > 0 &&
            s->tok_mention[0] >= 0 && !strncmp(s->m[s->tok_mention[0]].code, a, 3))
            after_verb = m;
    }
    return after_verb;
}

static int subject_of(const dy_sent *s, int gi, const int *subj)
{
    const dy_vgroup *g = &s->vg[gi];
    /* "forces willing to consider": the phrase before the adjective */
    if (g->infinitive && g->start >= 2 && s->tag[g->start - 1] == T_ADJ && s->tok_np[g->start - 2] >= 0)
        return mention_of_np(s, s->tok_np[g->start - 2]);
    if (g->infinitive) {
        int gov = modality_governor(s, gi);
        if (gov >= 0) {
            const dy_vgroup *G = &s->vg[gov];
            /* "invited Merkel to visit": Merkel visits; but "called on Gondor to be
               allowed to leave": the one who calls asks to be allowed */
            if (syntax_object_control(s, G->main) && !g->passive) {
                /* "to force a Ryanair flight ... to land in Minsk": an object that
                   names no actor is who is made to act, and it is none */
                if (G->end < g->start && s->tok_np[G->end] >= 0 && s->tok_mention[G->end] < 0 &&
                    mention_of_np(s, s->tok_np[G->end]) < 0)
                    return -1;
                for (int i = G->end; i < g->start; i++)
                    if (s->tok_mention[i] >= 0) {
                        int m = s->tok_mention[i];
                        /* "forced a jet flying from Athens to Vilnius to land": a
                           place after "from" or "to" is not who is made to act */
                        int np = s->m[m].np, pr = np >= 0 ? s->np[np].prep : -1;
                        if (pr >= 0 && pr > G->end && (is(s, pr, W_from) || is(s, pr, W_to)))
                            continue;
                        return s->m[m].appos >= 0 ? s->m[m].appos : m;
                    }
                /* ... and the one made to act is the object even when it names
                   nobody ("to force a Ryanair flight ... to land in Minsk": not
                   Belarus) */
                if (G->end < g->start && s->tok_np[G->end] >= 0 && s->np[s->tok_np[G->end]].prep < 0 &&
                    s->tag[s->np[s->tok_np[G->end]].end - 1] == T_NOUN)
                    return -1;
            }
            return subj[gov];
        }
    }
    /* "credited him for organizing": the object does it; "was credited with
       persuading": the passive's subject does */
    if (g->participle && !g->passive && g->start > 0 && (is(s, g->start - 1, W_for) || is(s, g->start - 1, W_with))) {
        for (int k = gi - 1; k >= 0; k--) {
            const dy_vgroup *G = &s->vg[k];
            if (G->end > g->start)
                continue;
            if (G->passive)
                return subj[k];
            for (int i = G->end; i < g->start - 1; i++)
                if (s->tok_mention[i] >= 0) {
                    int m = s->tok_mention[i];
                    return s->m[m].appos >= 0 ? s->m[m].appos : m;
                }
            return subj[k];
        }
    }
    /* "trucks carrying U.S. humanitarian aid", "a ship transporting grain": a
       participle right after a vehicle is what the vehicle does; no actor does it */
    static const uint16_t vehicles[] = {W_truck, W_trucks, W_lorry, W_lorries, W_convoy, W_convoys, W_ship,
                                        W_ships, W_vessel, W_vessels, W_boat, W_boats, W_plane, W_planes,
                                        W_flight, W_flights, W_tanker, W_tankers, W_train, W_trains};
    if (g->participle && !g->passive && !g->finite && g->start > 0 && s->tok_mention[g->start - 1] < 0 &&
        sent_tok_in(s, g->start - 1, vehicles, DY_ARRAY_LEN(vehicles)))
        return -1;
    int via = 0;
    int np = syntax_subject_np(s, gi, &via);
    if (np >= 0) {
        int m = mention_of_np(s, np);
        if (m >= 0)
            return m;
        /* "Zahedi, a senior commander in Iran's Revolutionary Guards, was killed": an
           unknown name is known by its apposition */
        int e = s->np[np].end;
        if (s->tag[e - 1] == T_PROPN && e + 1 < g->start && is(s, e, W_COMMA) && g->start > 0 && is(s, g->start - 1, W_COMMA) &&
            s->tok_np[e + 1] >= 0 && s->tok_mention[e + 1] >= 0)
            return mention_of_np(s, s->tok_np[e + 1]);
        /* "did not allow trucks carrying U.S. aid": a participle right after a
           common noun that names nobody says what that noun does */
        if (g->participle && !g->passive && !g->finite && e == g->start && s->tag[e - 1] == T_NOUN &&
            s->tag[g->main] == T_VING)
            return -1;
    }
    if (via || (g->participle && !g->passive) || np < 0) {
        /* a coordinated verb or a participle clause: the subject of the verb before */
        /* (not of a reduced passive relative on an object, whose "subject" is
           the noun it modifies: "pardoned the British sailors seized in the Gulf
           and freed them" is Iran freeing them; a finite verb coordinated after
           it goes with the verb before) */
        for (int k = gi - 1; k >= 0; k--) {
            if (k == gi - 1 && g->finite && !s->vg[k].finite && s->vg[k].participle && s->vg[k].passive &&
                k >= 1 && s->vg[k - 1].finite)
                continue;
            if (subj[k] >= 0 && (s->vg[k].finite || (k == gi - 1 && !s->vg[k].infinitive)))
                return subj[k];
        }
    }
    return -1;
}

/* "by X" after a passive verb. */
static int passive_agent(const dy_sent *s, const dy_vgroup *g, int hi)
{
    for (int i = g->end; i < hi; i++)
        if (is(s, i, W_by) && i + 1 < s->ntok) {
            for (int j = i + 1; j < hi && j < i + 4; j++)
                if (s->tok_mention[j] >= 0) {
                    int m = s->tok_mention[j];
                    return s->m[m].appos >= 0 ? s->m[m].appos : m;
                }
            return -1;
        }
    /* "was killed in an Israeli strike", "were wounded in a Russian attack": the
       attack's modifier is the agent when no "by" names one */
    static const uint16_t attack[] = {W_strike,  W_strikes, W_airstrike, W_airstrikes, W_attack, W_attacks,
                                      W_raid,    W_raids,   W_bombing,   W_bombings,   W_shelling, W_ambush};
    for (int i = g->end; i < hi && i < g->end + 3; i++)
        if (is(s, i, W_in) && i + 1 < s->ntok) {
            int m = s->tok_mention[i + 1];
            if (m < 0 && i + 2 < s->ntok)
                m = s->tok_mention[i + 2];
            if (m >= 0 && s->m[m].weak && s->m[m].appos < 0 && s->m[m].end <= hi &&
                sent_tok_in(s, s->m[m].end - 1, attack, DY_ARRAY_LEN(attack)))
                return m;
            return -1;
        }
    return -1;
}

/* "in an Israeli strike", "in a Russian missile attack" after a passive verb:
   the side the attack is named for, or -1. */
static int attack_agent(const dy_sent *s, int from, int hi)
{
    static const uint16_t heads[] = {W_strike, W_strikes, W_airstrike, W_airstrikes, W_attack, W_attacks,
                                     W_raid, W_raids, W_bombing, W_bombardment, W_ambush, W_shelling,
                                     W_assault};
    for (int i = from; i + 1 < hi; i++) {
        if (s->tok_vgroup[i] >= 0 && i > from)
            break;
        if (!is(s, i, W_in))
            continue;
        int m = s->tok_mention[i + 1 < s->ntok ? i + 1 : i];
        if (m < 0 && i + 2 < hi)
            m = s->tok_mention[i + 2];
        if (m >= 0 && s->m[m].weak && s->m[m].code[0] && !starts_with(s->m[m].code, "---") &&
            sent_tok_in(s, s->m[m].end - 1, heads, DY_ARRAY_LEN(heads)))
            return m;
        return -1;
    }
    return -1;
}

/* Does the that-clause after a warning ([from, ...)) speak of force, with the
   warned side (tgt) or the speaker's own (src) as its subject? Up to its "if",
   "unless" or the end of the sentence. */
static int force_warning(const dy_sent *s, int from, int src, int tgt)
{
    static const uint16_t force[] = {W_force, W_fire, W_military, W_war, W_strike, W_strikes, W_attack,
                                     W_attacks, W_nuclear, W_missiles, W_bombs, W_invasion, W_troops};
    int i = from;
    while (i < s->ntok && i < from + 6 && !is(s, i, W_that))
        i++;
    if (i >= s->ntok || !is(s, i, W_that) || i + 1 >= s->ntok)
        return 0;
    int sm = s->tok_mention[i + 1];
    if (sm < 0 || !s->m[sm].code[0] ||
        (strncmp(s->m[sm].code, s->m[tgt].code, 3) && strncmp(s->m[sm].code, s->m[src].code, 3)))
        return 0;
    for (int k = i + 1; k < s->ntok && !is(s, k, W_if) && !is(s, k, W_unless) && !is(s, k, W_SEMI); k++)
        if (sent_tok_in(s, k, force, DY_ARRAY_LEN(force)))
            return 1;
    return 0;
}

/* The noun phrase a reduced passive clause modifies: "Soleimani, killed ...". */
static int modified_np_mention(const dy_sent *s, const dy_vgroup *g)
{
    int i = g->start - 1;
    if (i >= 0 && is(s, i, W_COMMA))
        i--;
    if (i >= 0 && s->tok_mention[i] >= 0) {
        int m = s->tok_mention[i];
        return s->m[m].appos >= 0 ? s->m[m].appos : m;
    }
    return -1;
}

/* The mentions a mention stands for: itself, its coordination group, or the
   pair "the two" refers to. Writes mention indices (or -2-k for pair member k). */
static int expand(const dy_sent *s, int m, int *out, int max)
{
    if (m < 0)
        return 0;
    const dy_mention *x = &s->m[m];
    if (x->npair >= 2) {
        int n = x->npair < max ? x->npair : max;
        for (int k = 0; k < n; k++)
            out[k] = -2 - k;
        return n;
    }
    if (!x->group) {
        out[0] = m;
        return 1;
    }
    int n = 0;
    for (int k = 0; k < s->nm && n < max; k++)
        if (s->m[k].group == x->group && s->m[k].appos < 0)
            out[n++] = k;
    return n;
}

static void code_of(const dy_dict *d, const dy_sent *s, int m, int member, int32_t date, char *out, size_t cap,
                    const char **text, const char **ref, struct dyad_coder *c)
{
    if (member <= -2) {
        const dy_mention *x = &s->m[m];
        int k = -2 - member;
        dy_mention tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.actor = x->pair_actor[k];
        tmp.agent = x->pair_agent[k];
        mention_code(d, &tmp, date, out, cap, NULL);
        *text = span_text(c, s, x->start, x->end);
        *ref = x->pair_text[k];
        return;
    }
    const dy_mention *x = &s->m[member];
    mention_code(d, x, date, out, cap, NULL);
    if (!out[0] && x->code[0])
        dy_strlcpy(out, x->code, cap);
    int en = x->end;
    for (int j = x->end; j < s->ntok && s->tok_mention[j] == member; j++)
        en = j + 1;
    *text = span_text(c, s, x->start, en);
    *ref = x->ref_text;
}

/* Head nouns through which a modifying actor still acts: "Iranian missiles",
   "Israeli warplanes", "Iranian attacks", "a U.S. drone". */
static int weak_can_act(int sem)
{
    return sem == NSEM_ARTIFACT || sem == NSEM_GROUP || sem == NSEM_PERSON || sem == NSEM_ACT || sem == 0;
}

/* ==== events ============================================================================== */

static int root_of(const char *code)
{
    if (!code[0] || !code[1] || !dy_is_digit(code[0]) || !dy_is_digit(code[1]))
        return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

static int quad_of_root(int r) { return r >= 1 && r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : r <= 20 ? 4 : 0; }

static void plover_of(const dy_dict *d, uint32_t ev, const char **type, const char **mode)
{
    *type = *mode = "";
    uint32_t i = dict_plover_of(d, ev);
    if (i) {
        *type = dict_str(d, D_PLOVER(d)[i].type);
        *mode = dict_str(d, D_PLOVER(d)[i].mode);
    }
}

typedef struct evinfo {
    int sentence;
    int paired;
    uint32_t code;
    dyad_mode mode;
    int32_t date;
    const char *date_text;
    int precision;
    const char *verb;
    uint32_t pattern;
    uint32_t verb_entry;
    const char *issues;
} evinfo;

/* An event of sentence `sentence` dated by the story (the callers date it
   otherwise when a time phrase says so). */
static evinfo evinfo_of(const struct dyad_coder *c, int sentence, dyad_mode mode, uint32_t code, const char *issues)
{
    evinfo ei;
    memset(&ei, 0, sizeof ei);
    ei.sentence = sentence;
    ei.mode = mode;
    ei.code = code;
    ei.date = c->date;
    ei.date_text = "";
    ei.precision = PREC_DAY;
    ei.issues = issues;
    return ei;
}

static int emit(struct dyad_coder *c, const evinfo *ei, const char *src, const char *tgt, const char *st,
                const char *tt, const char *sref, const char *tref)
{
    const dy_dict *d = c->d;
    const dy_evcode *ev = &D_EVCODES(d)[ei->code];
    /* the same event twice in one sentence (two routes to it) counts once */
    dyad_event *all = c->events.p;
    /* the sentence's events are the last ones: a long story costs no more */
    for (size_t i = c->events.n; i-- > 0 && all[i].sentence == ei->sentence;) {
        const dyad_event *o = &all[i];
        if (!strcmp(o->source, src) && !strcmp(o->target, tgt) &&
            !strcmp(o->code, dict_s(d, ev->code)) && o->mode == ei->mode)
            return 0;
        /* ... and so does the same event restated on the bare country of the
           side it was on: "arrived in Hanoi (VNMGOV), becoming the first American
           president to visit Vietnam (VNM)" is one visit */
        if (!(d->flags & DICT_PETRARCH_STYLE) && o->mode == ei->mode && !strcmp(o->code, dict_s(d, ev->code)) &&
            (streq(o->code, "042") || streq(o->code, "043")) &&
            ((!strcmp(o->source, src) && strlen(tgt) == 3 && strlen(o->target) > 3 && !strncmp(o->target, tgt, 3)) ||
             (!strcmp(o->target, tgt) && strlen(src) == 3 && strlen(o->source) > 3 && !strncmp(o->source, src, 3))) &&
            dy_is_upper(tgt[0]) && dy_is_upper(src[0]) && !starts_with(tgt, "---") && !starts_with(src, "---")) {
            tracef(c, "    the same event on %s's bare country: counted once\n", o->paired ? o->source : o->target);
            return 0;
        }
    }
    dyad_event *e = dy_vec_push(&c->events);
    if (!e)
        return -1;
    e->sentence = ei->sentence;
    e->source = arena_str(c, src);
    e->target = arena_str(c, tgt);
    e->code = dict_s(d, ev->code);
    int r = root_of(e->code);
    e->root[0] = e->code[0];
    e->root[1] = e->code[0] ? e->code[1] : 0;
    e->root[2] = 0;
    e->quad = ev->quad ? ev->quad : quad_of_root(r);
    e->has_goldstein = ev->goldstein10 != INT16_MIN;
    e->goldstein = e->has_goldstein ? ev->goldstein10 / 10.0 : 0;
    e->mode = ei->mode;
    e->paired = ei->paired;
    e->date = ei->date;
    e->date_text = ei->date_text;
    e->date_precision = date_precision_name(ei->precision);
    e->source_text = st;
    e->target_text = tt;
    e->verb = ei->verb;
    e->source_ref = sref;
    e->target_ref = tref;
    e->issues = ei->issues;
    if (ei->pattern) {
        const dy_pattern *p = &D_PATTERNS(d)[ei->pattern];
        e->pattern = dict_str(d, p->text);
        e->pattern_file = dict_s(d, D_FILES(d)[p->file]);
        e->pattern_line = p->line;
    } else {
        const dy_verb *v = &D_VERBS(d)[ei->verb_entry];
        e->pattern = "";
        e->pattern_file = dict_s(d, D_FILES(d)[v->file]);
        e->pattern_line = v->line;
    }
    plover_of(d, ei->code, &e->plover_type, &e->plover_mode);
    tracef(c, "    event: %s -> %s %s %s%s%s, date %d\n", src[0] ? src : "-", tgt[0] ? tgt : "-", e->code,
           dyad_mode_name(e->mode), e->has_goldstein ? "" : " (no Goldstein score)", "", e->date);
    return 0;
}

/* PETRARCH actors may carry several codes at once ("[FRO/BIL/SAM]"): one event each. */
static int emit_split(struct dyad_coder *c, const evinfo *ei, const char *src, const char *tgt, const char *st,
                      const char *tt, const char *sref, const char *tref)
{
    if (!strchr(src, '/') && !strchr(tgt, '/'))
        return emit(c, ei, src, tgt, st, tt, sref, tref);
    char a[MAX_CODE], b[MAX_CODE];
    for (const char *p = src;;) {
        size_t n = strcspn(p, "/");
        snprintf(a, sizeof a, "%.*s", (int)n, p);
        for (const char *q = tgt;;) {
            size_t k = strcspn(q, "/");
            snprintf(b, sizeof b, "%.*s", (int)k, q);
            if (strcmp(a, b) && emit(c, ei, a, b, st, tt, sref, tref))
                return -1;
            if (!q[k])
                break;
            q += k + 1;
        }
        if (!p[n])
            break;
        p += n + 1;
    }
    return 0;
}

/* Verbs whose compound subject acts on itself: "Putin and Erdogan met". */
static const uint16_t reciprocal_verbs[] = {
    W_meet, W_talk, W_discuss, W_negotiate, W_cooperate, W_agree, W_sign, W_clash, W_fight, W_confer, W_consult,
    W_trade, W_exchange, W_reconcile, W_ally, W_partner, W_collaborate, W_embrace, W_hug, W_shake, W_converse,
    W_correspond, W_argue, W_quarrel, W_feud, W_spar, W_skirmish, W_wrangle, W_bicker, W_haggle, W_compete,
    W_coordinate, W_normalize, W_normalise, W_reunite, W_unite, W_merge, W_settle, W_compromise, W_bargain,
    W_deal, W_kiss, W_reach, W_resume, W_restore, W_establish, W_sever, W_cut, W_break, W_hold, W_speak,
    W_renew, W_swap, W_battle, W_spat,
};

/* Verbs of arriving, whose "in" phrase is the destination. */
static const uint16_t motion_verbs[] = {W_arrive, W_land, W_travel, W_fly, W_return, W_touch, W_come, W_go,
                                        W_head, W_reach};

/* Verbs of a body's decision: what it voted to do is done ("voted to readmit
   Syria" is the readmission, asserted). */
static const uint16_t decision_verbs[] = {W_vote};

/* Verbs that make someone do something: what they caused happened. (And
   verbs of protest, whose purpose is said by protesting: "marched through
   Minsk to demand that Lukashenko step down" made the demand; and so are
   phone calls: "telephoned Obama to demand an explanation" demanded it.) */
static const uint16_t causative_verbs[] = {W_prompt, W_spur, W_cause, W_lead, W_force, W_compel, W_oblige, W_drive,
                                           W_march, W_rally, W_demonstrate, W_protest, W_telephone, W_phone};

/* Verbs of giving and sending, whose "to X" is the recipient however far it is. */
static const uint16_t giving_verbs[] = {W_send, W_deliver, W_ship, W_supply, W_provide, W_extradite, W_hand,
                                        W_transfer, W_dispatch, W_despatch, W_deploy, W_give, W_donate,
                                        W_export, W_sell, W_airlift, W_airdrop, W_rush};

/* Verbs of accusing: what a denial (CAMEO 016) answers. */
static const uint16_t accusing_verbs[] = {W_accuse, W_blame, W_claim, W_allege, W_charge};

/* "Iran denied that it had attacked ..., a day after Pompeo blamed Tehran", "as
   New Delhi had claimed", "after NATO said ...": a denial with no object is aimed
   at whoever made the charge in the sentence, a side of another country. The
   mention, or -1. */
static int denial_accuser(const dy_sent *s, int gi, int src, const int *subj, int passes)
{
    const char *a = s->m[src].code;
    for (int pass = 0; pass < passes; pass++)
        for (int k = 0; k < s->nvg; k++) {
            if (k == gi || subj[k] < 0 || subj[k] == src)
                continue;
            if (pass == 0 ? !lemma_in(s, s->vg[k].main, accusing_verbs, DY_ARRAY_LEN(accusing_verbs))
                          : (k < gi || !(s->tok[s->vg[k].main].pos & POS_REPORT) || !s->vg[k].finite))
                continue;
            const char *b = s->m[subj[k]].code;
            if (strlen(a) < 3 || strlen(b) < 3 || starts_with(b, "---") || !strncmp(a, b, 3))
                continue;
            return subj[k];
        }
    return -1;
}

/* Verbs that state an intention whose content is their infinitive complement. */
static const uint16_t intent_verbs[] = {W_agree, W_promise, W_pledge, W_vow, W_offer, W_propose, W_undertake,
                                        W_commit, W_threaten, W_volunteer, W_swear, W_resolve};

/* Is verb group gi an intent verb whose infinitive complement has a verb of the
   dictionary (so the event is coded there)? Returns the complement's verb group + 1,
   or 0. */
static int intent_governor(const dy_sent *s, int gi)
{
    if (!lemma_in(s, s->vg[gi].main, intent_verbs, DY_ARRAY_LEN(intent_verbs)) &&
        !lemma_in(s, s->vg[gi].main, decision_verbs, DY_ARRAY_LEN(decision_verbs)))
        return 0;
    for (int k = gi + 1; k < s->nvg; k++)
        if (s->vg[k].infinitive && s->vg[k].verb && modality_governor(s, k) == gi)
            return k + 1;
    return 0;
}

/* Has verb group gi an infinitive complement ("refused on Tuesday to release")
   whose pattern codes an act a refusal restates as a 12x code of its own? */
static int refused_complement(struct dyad_coder *c, const dy_sent *s, const uint8_t *tb, int gi)
{
    const dy_dict *d = c->d;
    for (int k = gi + 1; k < s->nvg; k++) {
        if (!s->vg[k].infinitive || !s->vg[k].verb || modality_governor(s, k) != gi)
            continue;
        dy_match cm;
        int lo, hi, plo, phi;
        clause_window(s, tb, k, &lo, &hi);
        pattern_window(s, tb, k, hi, &plo, &phi);
        pattern_match(d, s, k, plo, phi, &cm, NULL);
        char rc[8];
        const char *cs = cm.code && cm.code != d->null_code ? code_str(d, cm.code) : "";
        /* a generic refusal (120) says no more than the verb itself */
        return cs[0] && modality_refusal_code(cs, rc) && !streq(rc, "120");
    }
    return 0;
}

/* Verbs of reporting, whose subject speaks the quotations around them. */
static const uint16_t reporting[] = {W_say, W_tell, W_add, W_state, W_declare, W_announce, W_insist,
                                     W_warn, W_write, W_quote, W_explain, W_argue, W_note, W_stress};

static const char *tag_list(struct dyad_coder *c, const dy_sent *s)
{
    if (!c->trace)
        return "";
    dy_buf *t = c->trace;
    for (int i = 0; i < s->ntok; i++) {
        const dy_token *k = &s->tok[i];
        dy_buf_add(t, s->text + k->off, k->len);
        dy_buf_addc(t, '/');
        dy_buf_adds(t, tag_name(s->tag[i]));
        if (k->lemma && k->lemma != k->word) {
            dy_buf_addc(t, '(');
            dy_buf_adds(t, dict_s(c->d, D_WORDS(c->d)[k->lemma].s));
            dy_buf_addc(t, ')');
        }
        dy_buf_addc(t, ' ');
    }
    dy_buf_addc(t, '\n');
    return "";
}

static void trace_mentions(struct dyad_coder *c, const dy_sent *s)
{
    if (!c->trace)
        return;
    const dy_dict *d = c->d;
    if (!s->nm)
        tracef(c, "  actors: none found\n");
    for (int k = 0; k < s->nm; k++) {
        const dy_mention *m = &s->m[k];
        if (m->appos >= 0) {
            tracef(c, "  actor %d: \"%s\" is an apposition of actor %d\n", k, span_text(c, s, m->start, m->end),
                   m->appos);
            continue;
        }
        tracef(c, "  actor %d: \"%s\" -> %s", k, span_text(c, s, m->start, m->end), m->code[0] ? m->code : "(no code)");
        if (m->actor) {
            const dy_actor *a = &D_ACTORS(d)[m->actor];
            const dy_actor_code *which = NULL;
            dict_actor_code_at(d, m->actor, c->date, &which);
            tracef(c, "  [entry \"%s\" %s:%u", dict_s(d, a->name), dict_s(d, D_FILES(d)[a->file]), a->line);
            if (which && (which->from || which->to))
                tracef(c, ", %s valid %d..%d", dict_str(d, which->code), which->from, which->to);
            tracef(c, "]");
        }
        if (m->agent) {
            const dy_agent *ag = &D_AGENTS(d)[m->agent];
            tracef(c, " [role \"%s\" %s %s:%u]", dict_s(d, ag->name), dict_str(d, ag->code),
                   dict_s(d, D_FILES(d)[ag->file]), ag->line);
        }
        if (m->group)
            tracef(c, " [compound %d]", m->group);
        if (m->plural)
            tracef(c, " [plural]");
        if (m->weak)
            tracef(c, " [modifier only]");
        if (m->ref_text)
            tracef(c, " [refers to \"%s\", sentence %d]", m->ref_text, m->ref_sentence);
        if (m->pronoun && !m->actor)
            tracef(c, " [pronoun, unresolved]");
        tracef(c, "\n");
    }
}

static const char *issue_list(struct dyad_coder *c, const dy_sent *s)
{
    if (!s->nissues)
        return "";
    char buf[512];
    size_t n = 0;
    buf[0] = 0;
    for (int k = 0; k < s->nissues && n < sizeof buf - 40; k++) {
        const char *code = dict_str(c->d, D_ISSUES(c->d)[s->issues[k]].code);
        int dup = 0;
        for (int j = 0; j < k; j++)
            dup |= !strcmp(code, dict_str(c->d, D_ISSUES(c->d)[s->issues[j]].code));
        if (dup)
            continue;
        if (n)
            buf[n++] = ',';
        dy_strlcpy(buf + n, code, sizeof buf - n); /* (n < sizeof buf - 39 here) */
        n += strlen(code);
    }
    return arena_str(c, buf);
}

/* ==== one sentence ========================================================================= */

static void code_of(const dy_dict *d, const dy_sent *s, int m, int member, int32_t date, char *out, size_t cap,
                    const char **text, const char **ref, struct dyad_coder *c);
static int is_region(const char *code);

/* Do the first three letters of code name a state: not "---", a region, or an
   IGO, NGO or IMG prefix? */
static int names_state(const char *code)
{
    return strlen(code) >= 3 && !starts_with(code, "---") && dy_is_upper(code[0]) && dy_is_upper(code[1]) &&
           dy_is_upper(code[2]) && !is_region(code) && !starts_with(code, "IGO") && !starts_with(code, "NGO") &&
           !starts_with(code, "IMG");
}

/* The first mention of another country than src's in the that-clause a denial
   ending at token from opens ("denied that Moscow had interfered in the 2016 U.S.
   election"), or -1. */
static int denied_other(const dy_sent *s, int from, int src)
{
    for (int k = 0; k < s->nm; k++) {
        const dy_mention *o = &s->m[k];
        if (o->start < from || !that_before(s, o->start, from) || o->appos >= 0 || o->locative || strlen(o->code) < 3 ||
            starts_with(o->code, "---") || !dy_is_upper(o->code[0]) || is_region(o->code) ||
            !strncmp(o->code, s->m[src].code, 3))
            continue;
        return k;
    }
    return -1;
}

/* Gives code (a role without a country, "---GOV") the country of another member
   of its list, if one has a country. */
static void share_country(const dy_dict *d, const dy_sent *s, int m, const int *members, int n, int self,
                          int32_t date, char *code, struct dyad_coder *c)
{
    for (int k = 0; k < n; k++) {
        if (k == self)
            continue;
        char other[MAX_CODE];
        const char *t = "", *r = NULL;
        code_of(d, s, m, members[k], date, other, sizeof other, &t, &r, c);
        if (names_state(other)) {
            memcpy(code, other, 3);
            return;
        }
    }
}

/* CAMEO's regions: a place, but no country. */
static int is_region(const char *code)
{
    /* the three letters as one number: this runs for every place and actor
       the coder weighs, and 24 strncmp calls a time showed in the profile */
#define R3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
    static const uint32_t regions[] = {
        R3('A', 'F', 'R'), R3('A', 'R', 'B'), R3('A', 'S', 'A'), R3('B', 'L', 'K'), R3('C', 'A', 'S'), R3('C', 'A', 'U'),
        R3('C', 'E', 'U'), R3('C', 'F', 'R'), R3('C', 'R', 'B'), R3('E', 'A', 'F'), R3('E', 'E', 'U'), R3('E', 'U', 'R'),
        R3('L', 'A', 'M'), R3('M', 'D', 'T'), R3('M', 'E', 'A'), R3('N', 'A', 'F'), R3('P', 'G', 'S'), R3('S', 'A', 'F'),
        R3('S', 'A', 'M'), R3('S', 'A', 'S'), R3('S', 'C', 'N'), R3('S', 'E', 'A'), R3('W', 'A', 'F'), R3('W', 'S', 'T')};
    if (!code[0] || !code[1] || !code[2])
        return 0;
    uint32_t k = R3((unsigned char)code[0], (unsigned char)code[1], (unsigned char)code[2]);
#undef R3
    for (size_t i = 0; i < DY_ARRAY_LEN(regions); i++)
        if (regions[i] == k)
            return 1;
    return 0;
}

/* A role of the state itself: government, armed forces, police, spies, courts,
   parliament. */
static int state_role(const char *r)
{
    static const char *const roles[] = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"};
    for (size_t k = 0; k < DY_ARRAY_LEN(roles); k++)
        if (!strncmp(r, roles[k], 3))
            return 1;
    return 0;
}

/* The roles of a country's own people, acted on at home: civilians, the
   opposition, media, business, labour, education, religion, health, and its
   rebels, insurgents and separatists ("Colombian troops killed rebel commander
   Raul Reyes", "the militants attacked the police headquarters"). */
static int domestic_role(const char *r)
{
    static const char *const roles[] = {"OPP", "CVL", "MED", "BUS", "LAB", "EDU", "REL", "HLH", "REB", "INS", "SEP"};
    for (size_t i = 0; i < DY_ARRAY_LEN(roles); i++)
        if (!strcmp(r, roles[i]))
            return 1;
    return 0;
}

/* A curfew, a state of emergency or martial law, imposed (1723, 1724) or
   eased (0813, 0814): measures a state takes at home. */
static int domestic_measure(const char *code)
{
    return streq(code, "1723") || streq(code, "1724") || streq(code, "0813") || streq(code, "0814");
}

/* The state's coercive arms, which act on those people at home. */
static int state_force(const char *r)
{
    return streq(r, "MIL") || streq(r, "COP") || streq(r, "SPY") || streq(r, "JUD") || streq(r, "GOV");
}

/* The country of the first place the sentence is set in ("in Tbilisi" GEO, "in
   Moscow" RUS, "in Libya" LBY), "" when none. */
static void place_country_before(const dy_sent *s, int hi, char out[4])
{
    out[0] = 0;
    for (int k = 0; k < s->nm; k++) {
        const dy_mention *m = &s->m[k];
        const char *code = m->code;
        if (m->start >= hi)
            continue;
        if (m->start < 1 || !(sent_tok_w(s, m->start - 1, W_in) || sent_tok_w(s, m->start - 1, W_at) ||
                              sent_tok_w(s, m->start - 1, W_near) || sent_tok_w(s, m->start - 1, W_through) ||
                              in_town_of(s, m->start)))
            continue;
        size_t n = strlen(code);
        if (!(n == 3 || (m->locative && n == 6)) || code[0] == '-' ||
            !dy_is_upper(code[0]) || !dy_is_upper(code[1]) || !dy_is_upper(code[2]) || is_region(code))
            continue;
        memcpy(out, code, 3);
        out[3] = 0;
        return;
    }
}

static void place_country(const dy_sent *s, char out[4])
{
    place_country_before(s, s->ntok, out);
}

/* Does the sentence name a place (a city, a square: a place entry) of the
   country whose code begins cc ("packed Cairo's Tahrir Square", "in Nairobi")? */
static int placed_in(const dy_dict *d, const dy_sent *s, const char *cc)
{
    for (int k = 0; k < s->nm; k++) {
        const dy_mention *m = &s->m[k];
        if (m->actor && D_ACTORS(d)[m->actor].type == ATYPE_PLACE && strlen(m->code) >= 3 && !strncmp(m->code, cc, 3))
            return 1;
    }
    return 0;
}

/* Is verb group gi inside what a reporting verb before it says, whose subject is
   of the same country as mention src? */
static int said_by_own_side(const dy_sent *s, int gi, int src, const int *subj)
{
    const char *a = s->m[src].code;
    for (int k = gi - 1; k >= 0; k--) {
        if (!(s->tok[s->vg[k].main].pos & POS_REPORT) || subj[k] < 0)
            continue;
        const char *b = s->m[subj[k]].code;
        return strlen(a) >= 3 && strlen(b) >= 3 && !starts_with(a, "---") && !strncmp(a, b, 3);
    }
    return 0;
}

/* Does a finite verb group start at token i (after adverbs)? */
static int starts_finite_clause(const dy_sent *s, int i)
{
    while (i < s->ntok && s->tag[i] == T_ADV)
        i++;
    int v = i < s->ntok ? s->tok_vgroup[i] : -1;
    return v >= 0 && s->vg[v].finite && s->vg[v].start == i;
}

/* A visit (042, 043) or a journey? */
static int is_visit(const dy_dict *d, uint32_t code)
{
    const char *c = code_str(d, code);
    return streq(c, "042") || streq(c, "043");
}

/* "for (the) talks with X", "for a meeting with X", "before talks with X" in [from, hi): X's mention, and
   the CAMEO code of the noun (talks, negotiations 046; meeting, summit 040), or -1. */
static int purpose_talks(const dy_sent *s, int from, int hi, const char **code)
{
    for (int i = from; i + 2 < hi; i++) {
        if (!sent_tok_w(s, i, W_for) && !sent_tok_w(s, i, W_before))
            continue;
        int k = i + 1;
        /* "for talks", "for ceasefire talks", "for a two-day summit", "for his first meeting" */
        while (k < hi && k < i + 4 &&
               (s->tag[k] == T_DET || s->tag[k] == T_ADJ || s->tag[k] == T_NUM || s->tag[k] == T_NOUN ||
                s->tag[k] == T_PUNCT || s->tag[k] == T_POSS) &&
               !sent_tok_w(s, k, W_talks) && !sent_tok_w(s, k, W_meeting) && !sent_tok_w(s, k, W_summit))
            k++;
        const char *c = sent_tok_w(s, k, W_talks) || sent_tok_w(s, k, W_negotiations) ? "046"
                        : sent_tok_w(s, k, W_meeting) || sent_tok_w(s, k, W_meetings) || sent_tok_w(s, k, W_summit) ? "040"
                                                                                                              : NULL;
        if (!c || !sent_tok_w(s, k + 1, W_with) || k + 2 >= hi)
            return -1;
        int m = s->tok_mention[k + 2];
        if (m < 0)
            return -1;
        *code = c;
        return s->m[m].appos >= 0 ? s->m[m].appos : m;
    }
    return -1;
}

/* "during a visit to Russia", "on his trip to Beijing" in [from, hi): the place
   visited, or -1. */
static int visit_during(const dy_sent *s, int from, int hi)
{
    for (int i = from; i + 3 < hi; i++) {
        if (!sent_tok_w(s, i, W_during) && !sent_tok_w(s, i, W_on))
            continue;
        int k = i + 1;
        while (k < hi && k < i + 4 && (s->tag[k] == T_DET || s->tag[k] == T_POSS || s->tag[k] == T_ADJ))
            k++;
        if (!(sent_tok_w(s, k, W_visit) || sent_tok_w(s, k, W_trip)) || !sent_tok_w(s, k + 1, W_to) || k + 2 >= hi)
            continue;
        int m = s->tok_mention[k + 2];
        return m < 0 ? -1 : s->m[m].appos >= 0 ? s->m[m].appos : m;
    }
    return -1;
}

/* "at talks in Kinshasa", "during negotiations": talks held, from token from on. */
static int talks_held(const dy_sent *s, int from, int hi)
{
    for (int i = from; i + 1 < hi; i++) {
        if (!sent_tok_w(s, i, W_at) && !sent_tok_w(s, i, W_during))
            continue;
        int k = i + 1;
        while (k < hi && k < i + 4 && (s->tag[k] == T_DET || s->tag[k] == T_ADJ || s->tag[k] == T_NUM) &&
               !sent_tok_w(s, k, W_talks))
            k++;
        if (sent_tok_w(s, k, W_talks) || sent_tok_w(s, k, W_negotiations))
            return 1;
    }
    return 0;
}

/* The verb group whose time a verb group without one shares, or -1: an
   infinitive's governor ("will visit Ankara on Wednesday to meet Erdogan"), the
   verb a participle clause hangs on ("filed a case on Friday accusing Israel"), the
   first of two coordinated verbs ("met Netanyahu on Tuesday and pledged ..."). */
/* "Germany said on Wednesday that ..., and Chancellor Angela Merkel demanded
   that Russia answer questions": a finite clause after ", and" with a subject of
   its own and no time of its own shares the time of the sentence's first clause,
   when that opens the sentence and reports (its time dates what it reports) */
static int and_clause_after_report(const dy_sent *s, int gi)
{
    const dy_vgroup *g = &s->vg[gi];
    if (gi == 0)
        return 0;
    const dy_vgroup *p = &s->vg[gi - 1];
    if (!(g->finite && !g->future && !g->modal && !sent_tok_w(s, g->start, W_had) && s->vg[0].finite &&
          !s->vg[0].passive && (s->tok[s->vg[0].main].pos & POS_REPORT)))
        return 0;
    int j = g->start - 1;
    while (j > p->end && (s->tok_mention[j] >= 0 || s->tag[j] == T_ADV))
        j--;
    for (int k = 0; k < s->vg[0].start; k++)
        if (s->tag[k] == T_SCONJ || s->tag[k] == T_WH || sent_tok_w(s, k, W_after) || sent_tok_w(s, k, W_before) ||
            sent_tok_w(s, k, W_while) || sent_tok_w(s, k, W_as))
            return 0;
    return j >= 1 && j < g->start - 1 && s->tok_mention[j + 1] >= 0 && sent_tok_w(s, j, W_and) &&
           sent_tok_w(s, j - 1, W_COMMA) && j - 1 >= s->vg[0].end;
}

/* No verb and no ";" in tokens [from, to): nothing there starts a clause of
   its own between two verb groups. */
static int verbless(const dy_sent *s, int from, int to)
{
    for (int k = from; k < to; k++)
        if (s->tok_vgroup[k] >= 0 || sent_tok_w(s, k, W_SEMI))
            return 0;
    return 1;
}

static int time_donor(const dy_sent *s, int gi)
{
    const dy_vgroup *g = &s->vg[gi];
    if (g->infinitive)
        return modality_governor(s, gi);
    if (gi == 0)
        return -1;
    const dy_vgroup *p = &s->vg[gi - 1];
    /* "said on Thursday he would step down at the end of August, blaming the
       Syrian government": a participle after a reported future is the
       speaker's, done when the reporting verb was ("on Thursday") */
    if (!g->finite && g->participle && !g->passive && g->start - p->end <= 16 && (p->future || p->modal) && gi >= 2 &&
        s->vg[gi - 2].finite && !s->vg[gi - 2].future && !s->vg[gi - 2].modal && p->start - s->vg[gi - 2].end <= 6 &&
        sent_tok_w(s, g->start - 1, W_COMMA))
        return gi - 2;
    if (!g->finite && g->participle && !g->passive && g->start - p->end <= 16)
        return gi - 1;
    /* "put the island's forces on alert on Monday as China launched drills": a
       clause of "as" (at the same time) happened when the clause before did */
    if (g->finite && !sent_tok_w(s, g->start, W_had)) {
        int i = g->start - 1;
        while (i > p->end && s->tag[i] == T_ADV)
            i--;
        int np = i >= 0 ? s->tok_np[i] : -1;
        if (np >= 0 && s->np[np].end == i + 1 && s->np[np].prep >= p->end && sent_tok_w(s, s->np[np].prep, W_as)) {
            if (!verbless(s, p->end, s->np[np].prep))
                return -1;
            for (int k = gi - 1; k >= 0; k--)
                if (s->vg[k].finite)
                    return k;
        }
    }
    /* "carried out Monday's strike on the consulate that killed a commander": a
       relative clause on the object of the verb before happened when it did */
    if (g->start >= 1 && g->start - 1 >= p->end && g->start - p->end <= 16 && s->tag[g->start - 1] == T_WH &&
        (sent_tok_w(s, g->start - 1, W_that) || sent_tok_w(s, g->start - 1, W_which)) &&
        !sent_tok_w(s, g->start - 2, W_COMMA)) {
        if (!verbless(s, p->end, g->start - 1))
            return -1;
        return gi - 1;
    }
    /* "X met Y on Tuesday and pledged": "and", then the verb, no new subject */
    int i = g->start - 1;
    while (i > p->end && s->tag[i] == T_ADV)
        i--;
    if (i >= p->end && sent_tok_w(s, i, W_and)) {
        if (!verbless(s, p->end, i))
            return -1;
        return gi - 1;
    }
    /* "announced on Sunday that they were withdrawing": a that-clause right
       after its reporting verb tells what was announced then */
    {
        int j = g->start - 1;
        while (j > p->end && (s->tok_mention[j] >= 0 || s->tag[j] == T_ADV))
            j--;
        /* (a subject between "that" and the verb: no relative clause) */
        /* (but "said on Saturday that he had called off the talks" had done so before) */
        if (j >= p->end && j <= p->end + 4 && j < g->start - 1 && g->finite && sent_tok_w(s, j, W_that) &&
            !sent_tok_w(s, g->start, W_had) &&
            !p->infinitive && !p->participle) {
            if (!verbless(s, p->end, j))
                return -1;
            for (int k = p->end; k < j; k++)
                if (sent_tok_w(s, k, W_COMMA))
                    return -1;
            return gi - 1;
        }
    }
    /* "launched air strikes ... on Sunday, and President Bush warned the
       Taliban": a clause joined by ", and" with a past verb, its own subject and
       no time of its own happened that day too */
    if (g->finite && s->tag[g->main] == T_VPAST && g->start == g->main) {
        int j = g->start - 1;
        while (j > p->end && s->tok_mention[j] >= 0)
            j--;
        if (j > p->end && j < g->start - 1 && sent_tok_w(s, j, W_and) && sent_tok_w(s, j - 1, W_COMMA)) {
            if (!verbless(s, p->end, j - 1))
                return -1;
            /* (after what a statement said, the statement's: "Germany said on
               Wednesday that tests had shown ..., and Merkel demanded" on
               Wednesday, not when the tests showed it) */
            for (int k = gi - 2; k >= 0; k--) {
                const dy_vgroup *r = &s->vg[k];
                if (!r->finite || !(s->tok[r->main].pos & POS_REPORT) || r->end != r->main + 1)
                    continue;
                int t = r->end;
                while (t < p->start && t < r->end + 3 &&
                       (s->tag[t] == T_PREP || s->tag[t] == T_ADV || (s->tok[t].pos & POS_TIME)))
                    t++;
                if (t < p->start && sent_tok_w(s, t, W_that) && s->tag[t] == T_SCONJ) {
                    for (int q = t; q < j - 1; q++)
                        if (sent_tok_w(s, q, W_SEMI))
                            return gi - 1;
                    return k;
                }
            }
            return gi - 1;
        }
    }
    /* "put its forces on alert on Monday as China launched drills": a clause
       after "as", with its subject and no time of its own, happens then too */
    int subj_np = i >= 0 ? s->tok_np[i] : -1;
    if (g->finite && subj_np >= 0 && s->np[subj_np].prep >= 0 && sent_tok_w(s, s->np[subj_np].prep, W_as) &&
        s->np[subj_np].prep >= p->end && s->np[subj_np].end == i + 1) {
        if (!verbless(s, p->end, s->np[subj_np].prep))
            return -1;
        return gi - 1;
    }
    /* "At least nine people were killed in Yangon on Thursday when troops
       opened fire": a "when" clause right after the clause before, with its
       subject and no time of its own, happened then */
    if (g->finite && !sent_tok_w(s, g->start, W_had)) {
        int j = g->start - 1;
        while (j > p->end && (s->tok_mention[j] >= 0 || s->tag[j] == T_ADV))
            j--;
        if (j >= p->end && j < g->start - 1 && sent_tok_w(s, j, W_when)) {
            if (!verbless(s, p->end, j))
                return -1;
            return gi - 1;
        }
    }
    return -1;
}

static int time_of(const dy_time *t, int n, int vg)
{
    for (int k = 0; k < n; k++)
        if (t[k].vg == vg)
            return 1;
    return 0;
}

/* Does a date of this precision end before the story date? */
static int before_story(int32_t date, int precision, int32_t story)
{
    if (precision == PREC_YEAR)
        return date / 10000 < story / 10000;
    if (precision == PREC_MONTH)
        return date / 100 < story / 100;
    if (precision == PREC_WEEK)
        return dy_ymd_to_days(date) + 7 <= dy_ymd_to_days(story); /* the week starts on the date given */
    return date < story;
}

/* "by telephone", "by phone", "over the phone", "by video link" in [from, hi). */
static int by_phone(const dy_sent *s, int from, int hi)
{
    for (int i = from; i + 1 < hi; i++) {
        if (!sent_tok_w(s, i, W_by) && !sent_tok_w(s, i, W_over))
            continue;
        int k = i + 1;
        if (k < hi && sent_tok_w(s, k, W_the))
            k++;
        if (k < hi && (sent_tok_w(s, k, W_telephone) || sent_tok_w(s, k, W_phone) ||
                       (sent_tok_w(s, k, W_video) && k + 1 < hi &&
                        (sent_tok_w(s, k + 1, W_link) || sent_tok_w(s, k + 1, W_conference)))))
            return 1;
    }
    return 0;
}

/* "Turkey's foreign minister spoke by telephone with his Iranian counterpart.
   Amir-Abdollahian offered condolences": a verb of consultation, cooperation,
   aid, condolence or rejection with no target in its sentence is aimed at the
   other side of an event the sentence before had between the same source and
   someone else. Writes that side's code and words. */
static int prior_partner(struct dyad_coder *c, const dy_sent *s, int src, int member, const evinfo *ei,
                         uint32_t code, char *out, size_t cap, const char **text)
{
    const dy_dict *d = c->d;
    if (code == d->null_code)
        return 0;
    const char *cs = code_str(d, code);
    /* "Israel struck Iran ..., and Iran vowed a harsh response": a threat with no
       object answers whoever acted on its source, in this sentence or the one before */
    int threat = starts_with(cs, "13");
    if (c->sentence == 0 && !threat)
        return 0;
    if (!(streq(cs, "018") || starts_with(cs, "04") || starts_with(cs, "05") || starts_with(cs, "07") ||
          starts_with(cs, "11") || starts_with(cs, "12") || threat))
        return 0;
    char sc[MAX_CODE];
    const char *st, *sref;
    code_of(d, s, src, member, ei->date, sc, sizeof sc, &st, &sref, c);
    if (!sc[0] || starts_with(sc, "---"))
        return 0;
    for (size_t k = c->events.n; k-- > 0;) {
        const dyad_event *e = &DY_VEC_AT(&c->events, dyad_event, k);
        if (e->sentence < c->sentence - 1)
            break;
        if ((e->sentence != c->sentence - 1 && !(threat && e->sentence == c->sentence)) || e->paired ||
            e->mode != DYAD_ASSERTED)
            continue;
        const char *other = NULL, *words = NULL;
        if (threat) {
            /* only what was done to it: physical force, coercion, threats (13-20) */
            if (!strcmp(e->target, sc) && e->code[0] && (e->code[0] == '2' || (e->code[0] == '1' && e->code[1] >= '3'))) {
                other = e->source;
                words = e->source_ref ? e->source_ref : e->source_text;
            }
        } else if (!strcmp(e->source, sc)) {
            other = e->target;
            words = e->target_ref ? e->target_ref : e->target_text;
        } else if (!strcmp(e->target, sc)) {
            other = e->source;
            words = e->source_ref ? e->source_ref : e->source_text;
        }
        if (!other || !other[0] || !strcmp(other, sc))
            continue;
        dy_strlcpy(out, other, cap);
        *text = words;
        return 1;
    }
    return 0;
}

/* The last event of this sentence, stated and between two sides, that a
   mediation ("mediated by Qatar") can be about; NULL when none. */
/* The last protest (14x) of this sentence by the people (OPP, CVL) of the country
   of code, as its index among the coder's events, or -1. */
static int protest_before(struct dyad_coder *c, int sentence, const char *code)
{
    if (strlen(code) < 3 || starts_with(code, "---"))
        return -1;
    for (size_t k = c->events.n; k-- > 0;) {
        const dyad_event *e = &DY_VEC_AT(&c->events, dyad_event, k);
        if (e->sentence != sentence)
            break;
        if (!e->paired && root_of(e->code) == 14 && !strncmp(e->source, code, 3) &&
            (sector_is(e->source, "OPP") || sector_is(e->source, "CVL")))
            return (int)k;
    }
    return -1;
}

static const dyad_event *mediated_event(struct dyad_coder *c)
{
    for (size_t k = c->events.n; k-- > 0;) {
        const dyad_event *e = &DY_VEC_AT(&c->events, dyad_event, k);
        if (e->sentence != c->sentence)
            break;
        if (!e->paired && e->source[0] && e->target[0] && e->mode == DYAD_ASSERTED)
            return e;
    }
    return NULL;
}

/* An intention or a refusal that is stated: the event becomes CAMEO's code for
   it (03x/13x, 12x), asserted, and is dated when it was stated ("on Sunday" is
   the last one), not when it would happen. */
/* The match's code becomes code (its reverse half dropped), traced with why;
   0 when the dictionary has no such code and nothing changed. */
static int recode(struct dyad_coder *c, dy_match *m, const char *code, const char *why)
{
    uint32_t id = dict_find_evcode(c->d, code, strlen(code));
    if (!id)
        return 0;
    tracef(c, "    %s: %s becomes %s\n", why, code_str(c->d, m->code), code);
    m->code = id;
    m->rcode = 0;
    return 1;
}

static void restate(struct dyad_coder *c, dy_match *m, evinfo *ei, dyad_mode *mode, const dy_time *time,
                    const char *what, const char *code)
{
    const dy_dict *d = c->d;
    uint32_t id = dict_find_evcode(d, code, strlen(code));
    if (!id)
        return;
    tracef(c, "    %s: %s becomes %s, asserted\n", what, code_str(d, m->code), code);
    m->code = id;
    m->rcode = 0;
    ei->mode = *mode = DYAD_ASSERTED;
    if (time && time->relation == 0)
        ei->date = time->date;
}

/* "restored ties almost five years after crowds burned down its embassy", "a
   decade since the army seized power": the clause tells the history of the
   event, and its own event is years old, no news of the story's date. Returns
   the token of "years" (before "after"/"since") heading the verb's clause, or -1. */
static int history_clause(const dy_sent *s, int gi)
{
    int k = s->vg[gi].start - 1;
    for (int n = 0; k >= 0 && n < 8 && s->tok_vgroup[k] < 0 && !is(s, k, W_COMMA) && !is(s, k, W_after) &&
                    !is(s, k, W_since) && !is(s, k, W_that);
         k--, n++)
        ;
    if (k < 1 || !(is(s, k, W_after) || is(s, k, W_since)))
        return -1;
    static const uint16_t spans[] = {W_year, W_years, W_decade, W_decades, W_month, W_months};
    return sent_tok_in(s, k - 1, spans, DY_ARRAY_LEN(spans)) ? k - 1 : -1;
}

/* ==== comma-delimited clauses ===================================================== */

/* The words of tokens [a, b): punctuation, quotes and clitics ('s) do not count. */
static int words_in(const dy_token *t, int a, int b)
{
    int n = 0;
    for (int i = a; i < b; i++)
        n += (t[i].kind == TK_WORD || t[i].kind == TK_NUM) && !(t[i].flags & TF_CLITIC);
    return n;
}

static int in_range(int n, int lo, int hi) { return hi > 0 && n >= lo && n <= hi; }

/* Does the comma at i delimit a clause? Not inside a noun phrase: between two
   adjectives ("complete, full diplomatic ties"), between the members of a list
   ("Mordor, the Shire, Fornost and Bree") or before an apposition ("Zasypkin,
   the Russian ambassador"). */
static int clause_comma(const dy_sent *s, int i)
{
    if (!is(s, i, W_COMMA) || i == 0 || i + 1 >= s->ntok)
        return 0;
    if ((s->tag[i - 1] == T_ADJ || (s->tok[i - 1].pos & POS_ADJ)) &&
        (s->tag[i + 1] == T_ADJ || (s->tok[i + 1].pos & POS_ADJ)))
        return 0;
    int x = s->tok_mention[i - 1], j = i + 1;
    if (is(s, j, W_and) || is(s, j, W_or))
        j++;
    int y = j < s->ntok ? s->tok_mention[j] : -1;
    if (x < 0 || y < 0)
        return 1;
    return !(x == y || (s->m[x].group && s->m[x].group == s->m[y].group));
}

/* Does a finite verb group start at token i? */
static int verb_starts(const dy_sent *s, int i)
{
    int v = i < s->ntok ? s->tok_vgroup[i] : -1;
    return v >= 0 && s->vg[v].finite && s->vg[v].start == i;
}

/* TABARI's comma-delimited clauses (DYAD_OPT_COMMA_*): a clause between two
   commas of comma_min..comma_max words, the opening one up to the first comma
   of comma_bmin..comma_bmax words, and the closing one after the last comma of
   comma_emin..comma_emax words are left out of the sentence before it is coded;
   a maximum of 0 turns that kind off. The sentence is read once to tell the
   commas that delimit clauses from those inside a noun phrase. A clause left
   out takes its closing comma with it ("ties with Gondor, five years after ...,
   an official said" keeps one comma), and its opening one too when a verb
   follows ("Arnor's minister, in remarks on Monday, urged" reads "Arnor's
   minister urged"); and what follows the last comma is no closing clause when
   it is the sentence's verb. Writes the tokens kept to kept[] and which went to gone[];
   returns how many are kept, ntok when nothing would be left. */
static int comma_cut(struct dyad_coder *c, const char *para, const dy_token *tok, int ntok, dy_token *kept,
                     uint8_t *gone)
{
    const int *lim = c->comma;
    enum { MIN, MAX, BMIN, BMAX, EMIN, EMAX };
    dy_arena *a = &c->work;
    dy_arena_reset(a);
    memset(gone, 0, (size_t)ntok);
    dy_sent S;
    memset(&S, 0, sizeof S);
    dy_sent *s = &S;
    dy_token *t = dy_arena_alloc(a, (size_t)ntok * sizeof *t);
    s->tag = dy_arena_zalloc(a, (size_t)ntok + 1);
    if (!t || !s->tag)
        return ntok;
    memcpy(t, tok, (size_t)ntok * sizeof *t); /* the stages below refine the tokens */
    s->text = para;
    s->tok = t;
    s->ntok = ntok;
    s->quote_open = c->quote_depth || tok[0].kind == TK_QUOTE;
    mention_units(c->d, s, a, &c->lexcache);
    syntax_tag(c->d, s);
    syntax_chunk(s, a);
    syntax_verb_groups(c->d, s, a);
    s->new_actor_len = c->new_actor_len;
    mention_build(c->d, s, c->date, a);
    if (a->oom)
        return ntok;
    int cm[64], k = 0;
    for (int i = 1; i + 1 < ntok; i++)
        if (clause_comma(s, i)) {
            if (k == 64)
                return ntok; /* a list, a table: no sentence of clauses */
            cm[k++] = i;
        }
    if (!k)
        return ntok;
    int end = ntok; /* the closing punctuation stays */
    while (end > cm[k - 1] + 1 && (t[end - 1].kind == TK_QUOTE || t[end - 1].kind == TK_PUNCT))
        end--;
    if (in_range(words_in(t, 0, cm[0]), lim[BMIN], lim[BMAX]))
        memset(gone, 1, (size_t)cm[0] + 1);
    /* the sentence's own verb after a comma is no closing clause: "Zasypkin,
       the Russian ambassador, met Hezbollah leaders" */
    if (in_range(words_in(t, cm[k - 1] + 1, end), lim[EMIN], lim[EMAX]) && !verb_starts(s, cm[k - 1] + 1))
        memset(gone + cm[k - 1], 1, (size_t)(end - cm[k - 1]));
    for (int j = 0; j + 1 < k; j++)
        if (in_range(words_in(t, cm[j] + 1, cm[j + 1]), lim[MIN], lim[MAX])) {
            memset(gone + cm[j] + 1, 1, (size_t)(cm[j + 1] - cm[j]));
            if (verb_starts(s, cm[j + 1] + 1))
                gone[cm[j]] = 1;
        }
    int m = 0;
    for (int i = 0; i < ntok; i++)
        if (!gone[i])
            kept[m++] = tok[i];
    if (!words_in(kept, 0, m)) {
        memset(gone, 0, (size_t)ntok);
        return ntok;
    }
    return m;
}

/* Nouns that name an armed attack: the CAMEO code of head noun h of a phrase
   that starts at from ("strikes" 190; "drone attacks", "air strikes", "airstrikes"
   195, weapons from the air), or NULL. */
static const char *attack_noun_code(const dy_sent *s, int from, int h)
{
    static const uint16_t air[] = {W_airstrike, W_bombing, W_bombardment};
    static const uint16_t attack[] = {W_attack, W_strike, W_raid, W_assault};
    static const uint16_t by_air[] = {W_air, W_drone, W_missile, W_aerial};
    if (s->tag[h] != T_NOUN)
        return NULL;
    if (lemma_in(s, h, air, DY_ARRAY_LEN(air)))
        return "195";
    if (!lemma_in(s, h, attack, DY_ARRAY_LEN(attack)))
        return NULL;
    for (int k = from; k < h; k++)
        if (sent_tok_in(s, k, by_air, DY_ARRAY_LEN(by_air)))
            return "195";
    return "190";
}

/* Events named by a noun phrase that names both sides: "Israel's strikes on Iran",
   "Moscow opposed Israeli drone attacks on Lebanese territory" (the attack is
   reported as a fact, whatever the verb says about it: asserted), "There will be
   no war between Iran and the United States" (negated, each side on the other),
   "left ... after two days of talks with Kim Yong Chol" (the clause's subject's),
   "Iran was not behind the attacks on Saudi oil facilities" (the subject's, negated).
   A phrase with no actor of its own ("the attacks on Saudi oil facilities") names
   no source and is left to the verbs. Returns -1 when out of memory. */
static int noun_events(struct dyad_coder *c, const dy_sent *s, int index, const dy_time *times, int ntimes,
                       const char *issues, const int *subj)
{
    const dy_dict *d = c->d;
    static const uint16_t hedges[] = {W_possible, W_potential, W_planned, W_imminent, W_threatened, W_future,
                                      W_feared, W_expected, W_likely, W_retaliatory};
    static const uint16_t feared[] = {W_risk, W_risks, W_threat, W_threats, W_fear, W_fears, W_prospect,
                                      W_possibility, W_scenario, W_warned, W_warning, W_warnings, W_against,
                                      W_prevent, W_avert, W_deter, W_if, W_whether};
    static const uint16_t wars[] = {W_war, W_conflict, W_fighting, W_clash};
    for (int i = 0; i + 2 < s->ntok; i++) {
        int src = -1, tgt = -1, from = i, h = -1, between = 0, offset_vg = -1;
        const char *code = NULL;
        dyad_mode mode = DYAD_ASSERTED;
        int mi = s->tok_mention[i];
        static const uint16_t trips[] = {W_visit, W_trip, W_journey, W_tour};
        if (mi >= 0 && s->m[mi].start == i && i > 0 && s->m[mi].weak && s->m[mi].code[0] &&
            !starts_with(s->m[mi].code, "---") && lemma_in(s, s->m[mi].end - 1, trips, DY_ARRAY_LEN(trips)) &&
            is(s, s->m[mi].end, W_to) && s->m[mi].end + 1 < s->ntok && s->tok_mention[s->m[mi].end + 1] >= 0 &&
            (is(s, i - 1, W_after) || is(s, i - 1, W_since) || is(s, i - 1, W_following) || is(s, i - 1, W_during))) {
            /* "a day after his surprise trip to Damascus": a visit made before the
               clause's event */
            src = mi;
            h = s->m[mi].end - 1;
            tgt = s->tok_mention[h + 2];
            code = "042";
            from = i - 1;
            for (int g = 0; g < s->nvg; g++)
                if (s->vg[g].end <= i && s->vg[g].finite)
                    offset_vg = g;
        } else if (mi >= 0 && s->m[mi].start == i && s->m[mi].appos < 0 && s->m[mi].code[0] &&
            !starts_with(s->m[mi].code, "---")) {
            /* "Israel's strikes on Iran", "Israeli drone attacks on Lebanese territory" */
            h = s->m[mi].end - 1;
            code = attack_noun_code(s, i, h);
            /* "there was no indication of a deliberate Russian attack": an attack
               ruled out, on the country the sentence is about */
            static const uint16_t proofs[] = {W_indication, W_evidence, W_sign, W_proof};
            char place[4];
            if (code && i >= 3 && is(s, i - 1, W_of) && sent_tok_in(s, i - 2, proofs, DY_ARRAY_LEN(proofs)) &&
                is(s, i - 3, W_no) && !(is(s, h + 1, W_on) || is(s, h + 1, W_against))) {
                place_country(s, place);
                /* (or the country of any place "in" it: "two people in eastern Poland") */
                for (int k = 0; !place[0] && k < s->nm; k++)
                    if (s->m[k].start > 0 && is(s, s->m[k].start - 1, W_in) && names_state(s->m[k].code)) {
                        memcpy(place, s->m[k].code, 3);
                        place[3] = 0;
                    }
                char sc[MAX_CODE];
                const char *st, *sref;
                uint32_t id = dict_find_evcode(d, code, strlen(code));
                code_of(d, s, mi, mi, c->date, sc, sizeof sc, &st, &sref, c);
                if (id && place[0] && sc[0] && strncmp(sc, place, 3) && !starts_with(sc, "---")) {
                    evinfo ei = evinfo_of(c, index, DYAD_NEGATED, id, issues);
                    ei.verb = span_text(c, s, i - 3, h + 1);
                    tracef(c, "  noun phrase \"%s\" rules out an event: %s on %s\n", ei.verb, code, place);
                    if (emit_split(c, &ei, sc, place, st, "", sref, NULL))
                        return -1;
                }
                i = h;
                continue;
            }
            if (!code || !(is(s, h + 1, W_on) || is(s, h + 1, W_against)) || h + 2 >= s->ntok)
                continue;
            tgt = s->tok_mention[h + 2];
            if (tgt < 0 || s->m[tgt].start != h + 2)
                continue;
            src = mi;
            for (int k = i; k < h; k++)
                if (sent_tok_in(s, k, hedges, DY_ARRAY_LEN(hedges)))
                    mode = DYAD_HYPOTHETICAL;
            /* "the risk of an Iranian attack on Israel", "warned against Israeli
               strikes on Iran", "one scenario was an Iranian strike on Israel": an
               attack feared, warned of or imagined */
            for (int k = i - 3 > 0 ? i - 3 : 0; k < i; k++)
                if (sent_tok_in(s, k, feared, DY_ARRAY_LEN(feared)) || (k == i - 1 && s->tag[k] == T_AUX))
                    mode = DYAD_HYPOTHETICAL;
            if (i > 0 && (is(s, i - 1, W_no) || is(s, i, W_no)))
                mode = DYAD_NEGATED;
        } else if (is(s, i, W_no) && lemma_in(s, i + 1, wars, DY_ARRAY_LEN(wars)) && is(s, i + 2, W_between) &&
                   i + 3 < s->ntok && s->tok_mention[i + 3] >= 0) {
            /* "no war between Iran and the United States": a pair, each on the other */
            int a = s->tok_mention[i + 3];
            int mem[MAX_EXPAND];
            if (!s->m[a].group || expand(s, a, mem, MAX_EXPAND) != 2 || mem[0] != a)
                continue;
            src = mem[0];
            tgt = mem[1];
            h = i + 1;
            code = "190";
            mode = DYAD_NEGATED;
            between = 1;
        } else if (is(s, i, W_behind) && subj && i > 0 && s->tok_vgroup[i - 1 - (s->tag[i - 1] == T_NEG)] >= 0) {
            /* "Iran was not behind the attacks on Saudi oil facilities": who is
               behind an attack made it */
            int v = s->tok_vgroup[i - 1 - (s->tag[i - 1] == T_NEG)];
            int k = i + 1;
            while (k < s->ntok && k < i + 4 && (s->tag[k] == T_DET || s->tag[k] == T_ADJ || s->tag[k] == T_NOUN) &&
                   !attack_noun_code(s, i + 1, k))
                k++;
            if (k >= s->ntok || !(code = attack_noun_code(s, i + 1, k)) || !is(s, k + 1, W_on) ||
                k + 2 >= s->ntok || (tgt = s->tok_mention[k + 2]) < 0 || (src = subj[v]) < 0)
                continue;
            if (s->m[src].appos >= 0)
                src = s->m[src].appos;
            mode = s->vg[v].neg || s->tag[i - 1] == T_NEG ? DYAD_NEGATED : DYAD_ASSERTED;
            h = k;
        } else if ((is(s, i, W_after) || is(s, i, W_following)) && subj) {
            /* "left Pyongyang ... after two days of talks with Kim Yong Chol": talks
               held before the clause's event, by its subject */
            int k = i + 1;
            while (k < s->ntok && k < i + 6 && s->tok_vgroup[k] < 0 && s->tok_mention[k] < 0 &&
                   (s->tag[k] == T_DET || s->tag[k] == T_ADJ || s->tag[k] == T_NUM ||
                    (s->tag[k] == T_NOUN && !is(s, k, W_talks) && !is(s, k, W_negotiations) &&
                     !is(s, k, W_meeting) && !is(s, k, W_meetings)) ||
                    is(s, k, W_of)))
                k++;
            code = is(s, k, W_talks) || is(s, k, W_negotiations) ? "046"
                   : is(s, k, W_meeting) || is(s, k, W_meetings)  ? "040"
                                                                  : NULL;
            if (!code || !is(s, k + 1, W_with) || k + 2 >= s->ntok || (tgt = s->tok_mention[k + 2]) < 0)
                continue;
            int v = -1;
            for (int g = 0; g < s->nvg; g++)
                if (s->vg[g].end <= i)
                    v = g;
            if (v < 0 || (src = subj[v]) < 0 || s->m[src].end > i)
                continue;
            if (s->m[src].appos >= 0)
                src = s->m[src].appos;
            h = k;
            offset_vg = v;
        } else
            continue;
        uint32_t id = dict_find_evcode(d, code, strlen(code));
        if (!id)
            continue;
        if (s->m[tgt].appos >= 0)
            tgt = s->m[tgt].appos;
        evinfo ei = evinfo_of(c, index, mode, id, issues);
        ei.verb = span_text(c, s, from, s->m[tgt].start);
        /* "strike on a militant camp at Balakot on Tuesday": a time right after
           the phrase dates it */
        for (int k = 0; k < ntimes; k++) {
            /* (the time may close the target's phrase: "Saudi oil facilities earlier this month") */
            int gap = times[k].start - s->m[tgt].end;
            if (times[k].start <= s->m[tgt].start || gap > 3)
                continue;
            int verb = 0;
            for (int j = s->m[tgt].end; j < times[k].start; j++)
                verb |= s->tok_vgroup[j] >= 0 || s->tag[j] == T_PUNCT;
            if (!verb && times[k].relation <= 0 && (mode == DYAD_ASSERTED || mode == DYAD_NEGATED)) {
                ei.date = times[k].date;
                ei.date_text = span_text(c, s, times[k].start, times[k].end);
                ei.precision = times[k].precision;
            }
            break;
        }
        /* "met Xi on Monday, a day after six hours of talks with Qin Gang": the
           talks are dated from the clause they come before */
        int odays, ost;
        if (offset_vg >= 0 && dates_offset_at(s, from, &odays, &ost))
            for (int k = 0; k < ntimes; k++)
                if (times[k].vg == offset_vg && times[k].precision == PREC_DAY) {
                    /* (from a future event: "will visit Istanbul on Wednesday, a day after") */
                    int32_t base = times[k].relation > 0 || s->vg[offset_vg].future ? times[k].date_future
                                                                                     : times[k].date;
                    ei.date = dy_days_to_ymd(dy_ymd_to_days(base) + odays);
                    ei.date_text = span_text(c, s, ost, from + 1);
                    break;
                }
        tracef(c, "  noun phrase \"%s\" names an event: %s %s\n", span_text(c, s, from, s->m[tgt].end), code,
               dyad_mode_name(mode));
        int srcs[MAX_EXPAND], tgts[MAX_EXPAND];
        int ns = between ? 1 : expand(s, src, srcs, MAX_EXPAND), nt = between ? 1 : expand(s, tgt, tgts, MAX_EXPAND);
        if (between) {
            srcs[0] = src;
            tgts[0] = tgt;
        }
        for (int rev = 0; rev <= between; rev++)
            for (int a = 0; a < ns; a++)
                for (int b = 0; b < nt; b++) {
                    char sc[MAX_CODE], tc[MAX_CODE];
                    const char *st, *tt, *sref, *tref;
                    int sm = rev ? tgts[b] : srcs[a], tm = rev ? srcs[a] : tgts[b];
                    code_of(d, s, rev ? tgt : src, sm, ei.date, sc, sizeof sc, &st, &sref, c);
                    code_of(d, s, rev ? src : tgt, tm, ei.date, tc, sizeof tc, &tt, &tref, c);
                    if (!sc[0] || !tc[0] || starts_with(sc, "---") || starts_with(tc, "---") || !strcmp(sc, tc))
                        continue;
                    /* "Syrian strikes on Syria": the source's own country is where it acts */
                    if (strlen(tc) == 3 && !strncmp(sc, tc, 3))
                        continue;
                    /* "was killed by an Israeli airstrike on Iran's embassy": a phrase that
                       a verb's force event already has as its source is that event */
                    int coded = 0;
                    const dyad_event *all = c->events.p;
                    for (size_t k = c->events.n; k-- > 0 && all[k].sentence == index;)
                        if (all[k].source_text && !strcmp(all[k].source_text, st) && root_of(all[k].code) >= 18)
                            coded = 1;
                    if (coded)
                        continue;
                    if (emit_split(c, &ei, sc, tc, st, tt, sref, tref))
                        return -1;
                }
        i = h;
    }
    return 0;
}
static int nominal_events(struct dyad_coder *c, const dy_sent *s, int index);

static void code_sentence(struct dyad_coder *c, const char *para, dy_token *tok, int ntok, int index)
{
    const dy_dict *d = c->d;
    dy_arena *a = &c->work;
    dy_arena_reset(a);
    /* the sentence as written, for the results and the trace */
    const dy_token *first = &tok[0], *last = &tok[ntok - 1];
    const char *stext = dy_arena_strndup(&c->arena, para + first->off, last->off + last->len - first->off);
    if (!stext)
        return;
    uint32_t slen = last->off + last->len - first->off;
    const dy_token *orig = tok;
    int norig = ntok;
    uint8_t *gone = NULL; /* per original token: a comma-delimited clause left out */
    if (c->comma_on) {
        /* kept in the paragraph's arena: the first reading resets the work arena */
        dy_token *kept = dy_arena_alloc(&c->para, (size_t)ntok * sizeof *kept);
        gone = dy_arena_alloc(&c->para, (size_t)ntok);
        if (!kept || !gone)
            return;
        int nk = comma_cut(c, para, tok, ntok, kept, gone);
        dy_arena_reset(a);
        if (nk < ntok) {
            tok = kept;
            ntok = nk;
        } else
            gone = NULL;
    }
    dy_sent S;
    memset(&S, 0, sizeof S);
    dy_sent *s = &S;
    s->text = para;
    s->tok = tok;
    s->ntok = ntok;
    s->tag = dy_arena_zalloc(a, (size_t)ntok + 1);
    if (!s->tag)
        return;
    s->question = ntok > 0 && is(s, ntok - 1, W_QMARK);
    for (int i = 0; i < ntok; i++)
        if (tok[i].kind == TK_QUOTE && tok[i].len == 1 && para[tok[i].off] == '"')
            c->quote_depth = !c->quote_depth;
    s->quote_open = c->quote_depth || (ntok && tok[0].kind == TK_QUOTE);

    mention_units(d, s, a, &c->lexcache);
    syntax_tag(d, s);
    syntax_chunk(s, a);
    syntax_verb_groups(d, s, a);
    s->new_actor_len = c->new_actor_len;
    mention_build(d, s, c->date, a);
    if (a->oom)
        return;
    coref_sentence(d, &c->coref, s, index, c->date, &c->coref_arena); /* its history outlives the sentence */
    /* lemmas are final now: the synset bits of each token, read once per sentence
       rather than once per verb window */
    if (d->word_synbits && (s->tok_synbits = dy_arena_alloc(a, (size_t)ntok * sizeof *s->tok_synbits)))
        for (int i = 0; i < ntok; i++) {
            s->tok_synbits[i] = dict_word_synbits(d, tok[i].word);
            dy_synbits_or(&s->tok_synbits[i], dict_word_synbits(d, tok[i].lemma));
        }
    /* and the words the pattern filters need, gathered once for all the verbs */
    dy_patwords *pw = dy_arena_alloc(a, sizeof *pw);
    if (pw) {
        pattern_words(d, s, 0, ntok, pw);
        s->patwords = pw;
    }
    /* the syntax is final too: each verb group's mode is worked out once */
    if (s->nvg > 0 && (s->vg_mode = dy_arena_alloc(a, (size_t)s->nvg * sizeof *s->vg_mode)))
        for (int i = 0; i < s->nvg; i++)
            s->vg_mode[i] = -1;

    dyad_sentence *sr = dy_vec_push(&c->sentences);
    if (!sr)
        return;
    sr->text = stext;
    sr->len = slen;
    tracef(c, "sentence %d: %s\n", index, stext);
    if (gone) {
        tracef(c, "  comma clauses left out:");
        for (int i = 0, shown = 0; i < norig; i++)
            if (gone[i])
                tracef(c, "%s%s", shown++ && !gone[i - 1] ? " | " : " ", span_text_of(c, para, &orig[i]));
        tracef(c, "\n");
    }
    tracef(c, "  tokens: ");
    tag_list(c, s);
    trace_mentions(c, s);
    if (c->trace) {
        tracef(c, "  verb groups:");
        for (int gi = 0; gi < s->nvg; gi++) {
            const dy_vgroup *g = &s->vg[gi];
            tracef(c, " [%s%s%s%s%s%s%s]", span_text(c, s, g->start, g->end), g->verb ? "" : " (not in dictionary)",
                   g->passive ? " passive" : "", g->infinitive ? " infinitive" : "", g->participle ? " participle" : "",
                   g->finite ? "" : " non-finite", g->neg ? " negated" : "");
        }
        tracef(c, "\n");
    }
    if (s->discard) {
        sr->discard = span_text(c, s, s->discard_start, s->discard_end);
        tracef(c, "  discarded: \"%s\" is a %s discard phrase\n", sr->discard,
               s->discard == 2 ? "story" : "sentence");
        if (s->discard == 1)
            return;
        if (!c->story_discard) {
            /* kept by value: the story arena is reset between streamed pieces */
            dy_strlcpy(c->story_discard_buf, sr->discard, sizeof c->story_discard_buf);
            c->story_discard = c->story_discard_buf;
        }
    }

    dy_time times[MAX_TIMES];
    int ntimes = dates_find(s, c->date, times, MAX_TIMES);
    dates_attach(s, times, ntimes);
    /* "phoned Zelensky on Monday" is not PETRARCH's "CALL ON" */
    if (ntimes && (s->tok_time = dy_arena_zalloc(a, (size_t)ntok)))
        for (int k = 0; k < ntimes; k++)
            for (int i = times[k].start; i < times[k].end && i < ntok; i++)
                s->tok_time[i] = 1;
    for (int k = 0; k < ntimes; k++)
        tracef(c, "  time: \"%s\" -> %d (%s), dates verb group %d\n", span_text(c, s, times[k].start, times[k].end),
               times[k].date, date_precision_name(times[k].precision), times[k].vg);

    int *subj = dy_arena_alloc(a, sizeof(int) * (size_t)(s->nvg + 1));
    uint32_t *vg_code = dy_arena_zalloc(a, sizeof(uint32_t) * (size_t)(s->nvg + 1));  /* event made */
    uint32_t *vg_match = dy_arena_zalloc(a, sizeof(uint32_t) * (size_t)(s->nvg + 1)); /* code matched */
    int *vg_tgt = dy_arena_alloc(a, sizeof(int) * (size_t)(s->nvg + 1)); /* target chosen */
    int *vg_last = dy_arena_alloc(a, sizeof(int) * (size_t)(s->nvg + 1)); /* last token its pattern read */
    size_t *vg_ev = dy_arena_alloc(a, sizeof(size_t) * (size_t)(s->nvg + 1)); /* its first event */
    const uint8_t *tb = token_bounds(s, a);
    if (!subj || !vg_code || !vg_match || !tb || !vg_tgt || !vg_last || !vg_ev)
        return;
    for (int k = 0; k <= s->nvg; k++)
        vg_tgt[k] = vg_last[k] = -1;
    const char *issues = issue_list(c, s);
    size_t events_before = c->events.n;
    int any_verb = 0;
    for (int gi = 0; gi < s->nvg; gi++)
        subj[gi] = subject_of(s, gi, subj);
    /* "Commenting on X, the ministry praised ...": an opening participle's
       subject is the main clause's */
    for (int gi = 0; gi < s->nvg; gi++) {
        const dy_vgroup *g = &s->vg[gi];
        if (!(g->participle && !g->passive && subj[gi] < 0 && opening_clause(s, g)))
            continue;
        for (int k = gi + 1; k < s->nvg; k++)
            if (s->vg[k].finite && subj[k] >= 0) {
                subj[gi] = subj[k];
                break;
            }
    }
    for (int gi = 0; gi < s->nvg; gi++) {
        const dy_vgroup *g = &s->vg[gi];
        vg_ev[gi] = c->events.n;
        if (subj[gi] >= 0 && lemma_in(s, g->main, reporting, DY_ARRAY_LEN(reporting)))
            coref_set_speaker(d, &c->coref, s, subj[gi], index, &c->coref_arena);
        int lo, hi;
        clause_window(s, tb, gi, &lo, &hi);
        dy_match m;
        int ellipsis = 0;
        /* "offer condolences, as Lavrov did to Zarif": the earlier verb, a new source */
        if ((is(s, g->main, W_did) || is(s, g->main, W_does) || is(s, g->main, W_do)) && g->start >= 2) {
            int k = g->start - 1;
            while (k >= 0 && (s->tok_np[k] >= 0 || s->tok_mention[k] >= 0))
                k--;
            if (k >= 0 && is(s, k, W_as))
                for (int p = gi - 1; p >= 0; p--)
                    if (s->vg[p].verb && vg_match[p] && vg_match[p] != d->null_code) {
                        ellipsis = p + 1;
                        break;
                    }
        }
        if (!g->verb && !ellipsis)
            continue;
        any_verb = 1;
        if (topic_gerund_at(s, g->start)) {
            tracef(c, "  verb \"%s\": no event, the topic of \"%s\"\n", span_text(c, s, g->start, g->end),
                   span_text(c, s, g->start - 2, g->start - 1));
            continue;
        }
        int tried = 0, attribution = 0, i;
        uint32_t verb_entry = g->verb;
        if (ellipsis) {
            const dy_vgroup *pg = &s->vg[ellipsis - 1];
            int plo, phi;
            clause_window(s, tb, ellipsis - 1, &plo, &phi);
            pattern_match(d, s, ellipsis - 1, plo, phi, &m, c->trace ? &tried : NULL);
            m.target = -1;
            m.source = -1;
            verb_entry = pg->verb;
            int k = g->start - 1;
            while (k >= 0 && (s->tok_np[k] >= 0 || s->tok_mention[k] >= 0))
                k--;
            subj[gi] = -1;
            for (int j = k + 1; j < g->start && subj[gi] < 0; j++)
                subj[gi] = s->tok_mention[j];
            if (subj[gi] >= 0 && s->m[subj[gi]].appos >= 0)
                subj[gi] = s->m[subj[gi]].appos;
        } else {
            int plo, phi;
            pattern_window(s, tb, gi, hi, &plo, &phi);
            /* ", an adviser said on Saturday, in protest at ...": a trailing
               attribution's own patterns end at the comma after it */
            if (subj[gi] >= 0 && s->m[subj[gi]].start >= 2 && s->m[subj[gi]].end <= g->start &&
                is(s, s->m[subj[gi]].start - 1, W_COMMA) && lemma_in(s, g->main, reporting, DY_ARRAY_LEN(reporting)))
                for (i = g->main + 1; i < phi; i++)
                    if (is(s, i, W_COMMA)) {
                        phi = attribution = i;
                        break;
                    }
            pattern_match(d, s, gi, plo, phi, &m, c->trace ? &tried : NULL);
            tracef(c, "  [patterns read \"%s\"]\n", span_text(c, s, plo, phi));
            /* in PETRARCH's dictionaries, the same verb in another block ("--- SHOT
               [---]" and "--- SHOT [223]"): its patterns are tried too, as PETRARCH
               merges them. (dyad's own dictionaries put a verb in one block on
               purpose: a second entry elsewhere is a narrower sense.) */
            if (!m.pattern && (d->flags & DICT_PETRARCH_STYLE)) {
                const dy_verb *v0 = &D_VERBS(d)[g->verb];
                for (uint32_t k = D_WORDS(d)[v0->head].verb; k && !m.pattern; k = D_VERBS(d)[k].next) {
                    const dy_verb *vk = &D_VERBS(d)[k];
                    if (k == g->verb || vk->block == v0->block || vk->npre != v0->npre || vk->npost != v0->npost ||
                        (vk->npre && memcmp(D_SEQ(d) + vk->pre, D_SEQ(d) + v0->pre, vk->npre * sizeof(uint32_t))) ||
                        (vk->npost && memcmp(D_SEQ(d) + vk->post, D_SEQ(d) + v0->post, vk->npost * sizeof(uint32_t))))
                        continue;
                    dy_match m2;
                    int t2 = 0;
                    s->vg[gi].verb = k;
                    pattern_match(d, s, gi, plo, phi, &m2, c->trace ? &t2 : NULL);
                    s->vg[gi].verb = verb_entry;
                    tried += t2;
                    if (m2.pattern) {
                        m = m2;
                        verb_entry = k;
                    }
                }
            }
        }
        const dy_verb *v = &D_VERBS(d)[verb_entry];
        const dy_block *blk = &D_BLOCKS(d)[v->block];
        tracef(c, "  verb \"%s\" (block %s, %s:%u): ", span_text(c, s, g->start, g->end), dict_s(d, blk->name),
               dict_s(d, D_FILES(d)[v->file]), v->line);
        if (m.pattern)
            tracef(c, "pattern \"%s\" (%s:%u) of %d tried", dict_str(d, D_PATTERNS(d)[m.pattern].text),
                   dict_s(d, D_FILES(d)[D_PATTERNS(d)[m.pattern].file]), D_PATTERNS(d)[m.pattern].line, tried);
        else
            tracef(c, "no pattern matched (%d tried), the verb's own code", tried);
        tracef(c, " -> %s%s%s\n", code_str(d, m.code), m.rcode ? ":" : "",
               m.rcode ? code_str(d, m.rcode) : "");
        static const uint16_t call_verb[] = {W_call};
        /* ", calling the raid a flagrant violation": a participle of CALL that no
           pattern reads characterises something; it is no telephone call */
        if (!ellipsis && !m.pattern && !g->passive && lemma_in(s, g->main, call_verb, 1) && m.code != d->null_code &&
            streq(code_str(d, m.code), "041") && (g->participle && !g->finite ? 1 : g->end + 1 < s->ntok && is(s, g->end, W_the) &&
                                                     s->tok_mention[g->end] < 0)) {
            /* ... but calling a deed ("calling the raid "a flagrant violation of
               international law"") names it: a criticism (111) of whoever did it */
            static const uint16_t deed[] = {W_raid, W_attack, W_strike, W_strikes, W_move, W_decision,
                                            W_seizure, W_arrest, W_killing, W_invasion, W_incursion};
            uint32_t cc = dict_find_evcode(d, "111", 3);
            if (cc && g->end + 2 < s->ntok && is(s, g->end, W_the) && sent_tok_in(s, g->end + 1, deed, DY_ARRAY_LEN(deed)) &&
                (s->tok[g->end + 2].kind == TK_QUOTE || s->tag[g->end + 2] == T_ADJ || s->tag[g->end + 2] == T_DET)) {
                tracef(c, "    calling a deed names it: a criticism (111)\n");
                m.code = cc;
                m.rcode = 0;
            } else if (g->participle && !g->finite) {
                tracef(c, "    a participle of calling, not a call: no event\n");
                m.code = d->null_code;
                m.rcode = 0;
            }
        }
        /* "shelled the town, killing 39 people": the toll of the attack (or the
           repression) just coded, counted by a participle after a comma, is that
           attack, not one more ("killing the commander of ..." names a target of
           its own) */
        static const uint16_t casualty_verb[] = {W_kill, W_wound, W_injure};
        if (!ellipsis && g->participle && !g->passive && !g->finite && gi > 0 && g->start > 0 &&
            is(s, g->start - 1, W_COMMA) && lemma_in(s, g->main, casualty_verb, DY_ARRAY_LEN(casualty_verb)) &&
            sent_count_at(s, g->end) &&
            m.code != d->null_code && vg_match[gi - 1] && vg_match[gi - 1] != d->null_code &&
            root_of(code_str(d, vg_match[gi - 1])) >= 17) {
            tracef(c, "    the casualties of \"%s\": no event of their own\n",
                   span_text(c, s, s->vg[gi - 1].start, s->vg[gi - 1].end));
            m.code = d->null_code;
            m.rcode = 0;
        }
        /* "The Turkish president called Putin \"my dear friend\"": a call followed
           by a quoted name for its object names it; it is no telephone call */
        if (!ellipsis && !m.pattern && lemma_in(s, g->main, call_verb, 1) && m.code != d->null_code &&
            streq(code_str(d, m.code), "041") && g->end < s->ntok && s->tok_mention[g->end] >= 0) {
            int e = s->m[s->tok_mention[g->end]].end;
            if (e < s->ntok && (sent_tok_w(s, e, W_QUOTE) || sent_tok_w(s, e, W_LDQUO))) {
                tracef(c, "    a name given in quotes, not a call: no event\n");
                m.code = d->null_code;
                m.rcode = 0;
            }
        }
        /* "Iran is holding three Americans", "Russia is holding two U.S. soldiers":
           holding a number of people of another country (persons, or a people),
           with no pattern, is detaining them (173) */
        {
            static const uint16_t hold_verb[] = {W_hold};
            int ob = !ellipsis && g->end < s->ntok ? s->tok_mention[g->end] : -1;
            if (ob >= 0 && s->m[ob].appos >= 0)
                ob = s->m[ob].appos;
            int sj = subj[gi];
            if (!m.pattern && m.code == d->null_code && !m.rcode && !g->passive && ob >= 0 && sj >= 0 &&
                lemma_in(s, g->main, hold_verb, 1) && !s->m[ob].weak && sent_count_at(s, s->m[ob].start) &&
                (s->m[ob].person || head_is_person(d, s, s->m[ob].end - 1) ||
                 (!s->m[ob].agent && s->m[ob].actor && D_ACTORS(d)[s->m[ob].actor].type == ATYPE_STATE &&
                  s->m[ob].end - s->m[ob].start <= 3)) &&
                strlen(s->m[ob].code) >= 3 && strlen(s->m[sj].code) >= 3 && dy_is_upper(s->m[ob].code[0]) &&
                dy_is_upper(s->m[sj].code[0]) && !starts_with(s->m[ob].code, "---") && !starts_with(s->m[sj].code, "---") &&
                strncmp(s->m[ob].code, s->m[sj].code, 3)) {
                uint32_t hc = dict_find_evcode(d, "173", 3);
                if (hc) {
                    tracef(c, "    people of another country held: 173\n");
                    m.code = hc;
                }
            }
        }
        vg_match[gi] = m.code;
        vg_last[gi] = m.pattern && !ellipsis ? m.last : -1;
        if (m.code == d->null_code && !m.rcode) {
            tracef(c, "    no event: the code is \"---\" (the dictionary says this use is not an event)\n");
            continue;
        }
        int past = ellipsis ? -1 : history_clause(s, gi);
        if (past >= 0) {
            tracef(c, "    no event: \"%s\" dates it long before the story\n", span_text(c, s, past, past + 2));
            continue;
        }
        /* "discussed the fighting in Idlib by telephone on Friday": a meeting or a
           consultation held by phone is a telephone call (041), however long the
           object before the phrase */
        if (!ellipsis && m.code != d->null_code && streq(code_str(d, m.code), "040") &&
            by_phone(s, g->end, hi)) {
            uint32_t pc = dict_find_evcode(d, "041", 3);
            if (pc) {
                tracef(c, "    by telephone: 040 becomes 041\n");
                if (m.rcode == m.code)
                    m.rcode = pc;
                m.code = pc;
            }
        }
        /* "agreed to exchange prisoners", "vowed to retaliate against the U.S.": the
           intention is coded on the complement, as 03x/13x */
        /* ... unless the intent verb's own pattern reads into the complement
           ("threatened to cut ties" 1313, "refused to release" 1243): then that
           pattern says it all, and the complement is part of this event */
        int complement = ellipsis ? 0 : intent_governor(s, gi);
        /* "Saudi Arabia and Iran agreed to restore relations": two sides agreeing
           with each other reach an agreement (05x), which is the event; what they
           agreed to do is its content. Not "agreed not to ...". */
        static const uint16_t agree_verb[] = {W_agree};
        int mutual_agree = 0;
        if (complement && !m.pattern && !g->passive && subj[gi] >= 0 && lemma_in(s, g->main, agree_verb, 1) &&
            m.code != d->null_code && root_of(code_str(d, m.code)) == 5) {
            const dy_vgroup *cg = &s->vg[complement - 1];
            int tmp[MAX_EXPAND], neg = 0;
            for (int k = g->end; k < cg->main; k++)
                if (is(s, k, W_not) || is(s, k, W_never))
                    neg = 1;
            /* ... but a concession agreed to ("agreed to exchange prisoners", 08x)
               is the intention to make it (035x) */
            dy_match cm;
            int chi = complement < s->nvg ? s->vg[complement].start : s->ntok;
            pattern_match(d, s, complement - 1, cg->start, chi, &cm, NULL);
            int croot = cm.code && cm.code != d->null_code ? root_of(code_str(d, cm.code)) : 0;
            if (!neg && croot != 8 && expand(s, subj[gi], tmp, MAX_EXPAND) >= 2 &&
                first_mention_after(s, g->end, cg->start, subj[gi], 1, gi, 0) < 0)
                mutual_agree = 1;
            /* "Maduro and Ali agreed not to use force against each other": a pair's
               promise not to fight is an intent to de-escalate (0356), each to the other */
            static const uint16_t fight_verb[] = {W_attack, W_fight, W_strike, W_invade}, use_verb[] = {W_use};
            uint32_t dc = 0;
            if (neg && expand(s, subj[gi], tmp, MAX_EXPAND) >= 2 &&
                ((lemma_in(s, cg->main, use_verb, 1) && cg->end < s->ntok &&
                  is(s, cg->end, W_force)) ||
                 lemma_in(s, cg->main, fight_verb, DY_ARRAY_LEN(fight_verb))) &&
                (dc = dict_find_evcode(d, "0356", 4)) != 0) {
                tracef(c, "    agreed not to fight: an intent to de-escalate (0356)\n");
                mutual_agree = 1;
                m.code = dc;
                m.rcode = 0;
            }
        }
        /* "Saudi Arabia agreed with Iran on Friday to restore diplomatic relations":
           one side agreeing with another named right after "with" reaches an
           agreement with it too (the pattern's code, 030), which is the event;
           not a concession ("agreed with Kyiv to exchange prisoners") or "not to" */
        int agree_with = 0;
        if (complement && !mutual_agree && m.pattern && !g->passive && subj[gi] >= 0 &&
            lemma_in(s, g->main, agree_verb, 1) && m.code != d->null_code && root_of(code_str(d, m.code)) == 3 &&
            g->end + 1 < s->ntok && is(s, g->end, W_with) && s->tok_mention[g->end + 1] >= 0) {
            const dy_vgroup *cg = &s->vg[complement - 1];
            int neg = 0;
            for (int k = g->end; k < cg->main; k++)
                if (is(s, k, W_not) || is(s, k, W_never))
                    neg = 1;
            dy_match cm;
            int chi = complement < s->nvg ? s->vg[complement].start : s->ntok;
            pattern_match(d, s, complement - 1, cg->start, chi, &cm, NULL);
            int croot = cm.code && cm.code != d->null_code ? root_of(code_str(d, cm.code)) : 0;
            agree_with = !neg && croot != 8;
        }
        /* ("pledged 500 million euros in loan guarantees to help rebuild eastern
           Ukraine": a pledge whose own pattern read its object, an intention of 03x,
           is the event, and the complement only says what the money is for) */
        int object_pledge = complement && !mutual_agree && m.pattern && m.code != d->null_code &&
                            root_of(code_str(d, m.code)) == 3 && m.last > g->end - 1 &&
                            m.last < s->vg[complement - 1].start;
        if (complement && !mutual_agree && !agree_with && !object_pledge && !(m.pattern && m.last >= s->vg[complement - 1].main)) {
            tracef(c, "    no event: the intention is coded on its complement\n");
            continue;
        }
        /* "He had come to address the U.S. Congress": who came to do something
           with a side visited it (042), as the coming is told */
        int come_visit = -1;
        if (g->infinitive && !ellipsis && m.code != d->null_code) {
            static const uint16_t come[] = {W_come};
            int gov = modality_governor(s, gi);
            uint32_t vc = dict_find_evcode(d, "042", 3), hc = dict_find_evcode(d, "043", 3);
            if (gov >= 0 && !vg_code[gov] && s->vg[gov].finite && !s->vg[gov].future && !s->vg[gov].modal &&
                lemma_in(s, s->vg[gov].main, come, 1) && s->vg[gov].end == g->start && vc && hc) {
                tracef(c, "    came to do it: a visit (042)\n");
                m.code = vc;
                m.rcode = hc;
                m.pattern = 0;
                come_visit = gov;
            }
        }
        /* "Russia refused to release 24 Ukrainian sailors": a refusal whose own
           pattern says nothing of what was refused is coded on its complement, as
           CAMEO's 12x for that act (1243 refuse to release), not as a bare 120 */
        if (!ellipsis && !m.pattern && modality_is_refusal(s, g->main) && refused_complement(c, s, tb, gi)) {
            tracef(c, "    no event: the refusal is coded on its complement\n");
            continue;
        }
        /* an infinitive under a verb of intent or refusal that made its own
           event ("vowed to retaliate") is part of that event */
        if (g->infinitive) {
            int gov = modality_governor(s, gi);
            if (gov >= 0 && vg_code[gov]) {
                int r = root_of(code_str(d, vg_code[gov]));
                /* ("signed agreements to normalise relations": what the agreement is for) */
                /* ("send troops to help Azerbaijan": aid for the purpose of aid restates
                   it; but "visit Ankara to meet Erdogan" is a second event) */
                if (r == 3 || r == 2 || r == 5 || r == 10 || r == 12 || r == 13 || r == 11 ||
                    streq(code_str(d, vg_code[gov]), "057") ||
                    (r == 7 && m.code != d->null_code && root_of(code_str(d, m.code)) == 7)) {
                    tracef(c, "    no event: part of the %s event of \"%s\"\n",
                           code_str(d, vg_code[gov]), span_text(c, s, s->vg[gov].start, s->vg[gov].end));
                    continue;
                }
            }
        }
        /* "detained a reporter on suspicion of spying for the United States",
           "accused of plotting a coup": what someone is suspected, accused or
           convicted of is the ground of another event, not one of its own */
        if (!ellipsis && g->participle && !g->passive && g->start >= 2 && is(s, g->start - 1, W_of)) {
            static const uint16_t grounds[] = {W_suspicion, W_suspected, W_charges, W_charge, W_accusations,
                                               W_accusation, W_allegations, W_accused, W_convicted, W_guilty};
            if (sent_tok_in(s, g->start - 2, grounds, DY_ARRAY_LEN(grounds))) {
                tracef(c, "    no event: what \"%s\" names is only alleged\n", span_text(c, s, g->start - 2, g->start));
                continue;
            }
        }
        /* "approved Sweden's bid to join NATO", "in retaliation for Britain's
           decision to expel Russian diplomats": the infinitive of a possessed noun
           of will is that noun's content, no event of its own (nouns are not coded) */
        if (!ellipsis && g->infinitive && g->start >= 2 && s->tok_mention[g->start - 1] >= 0) {
            static const uint16_t will[] = {W_bid, W_bids, W_attempt, W_attempts, W_request, W_requests,
                                            W_application, W_plan, W_plans, W_decision, W_offer, W_proposal,
                                            W_effort, W_efforts, W_push, W_drive, W_ambition, W_ambitions};
            int wm = s->tok_mention[g->start - 1];
            int owned = 0;
            for (int i = s->m[wm].start; i < s->m[wm].end; i++)
                if (s->tag[i] == T_SPOSS)
                    owned = 1;
            if (owned && s->m[wm].weak && s->m[wm].end == g->start &&
                sent_tok_in(s, g->start - 1, will, DY_ARRAY_LEN(will))) {
                tracef(c, "    no event: the content of the noun \"%s\"\n", span_text(c, s, s->m[wm].start, s->m[wm].end));
                continue;
            }
        }
        /* ("Ukraine accused Russia of attacking Kyiv", "blamed Hamas for firing
           rockets": the accused act is the accusation's content, not asserted) */
        if (!ellipsis && g->participle && !g->passive && gi >= 1 && g->start >= 3 &&
            (is(s, g->start - 1, W_of) || is(s, g->start - 1, W_for))) {
            static const uint16_t accuse_of[] = {W_accuse, W_suspect}, blame_for[] = {W_blame};
            const dy_vgroup *pg = &s->vg[gi - 1];
            int of = is(s, g->start - 1, W_of);
            if (!pg->passive && pg->end < g->start && g->start - pg->end <= 12 &&
                lemma_in(s, pg->main, of ? accuse_of : blame_for, of ? 2 : 1)) {
                int clean = 1;
                for (int k = pg->end; k < g->start - 1 && clean; k++)
                    if (s->tok_vgroup[k] >= 0 || is(s, k, W_SEMI) || s->tag[k] == T_SCONJ || s->tag[k] == T_WH)
                        clean = 0;
                if (clean) {
                    tracef(c, "    no event: the content of the accusation \"%s\"\n",
                           span_text(c, s, pg->start, pg->end));
                    continue;
                }
            }
        }
        /* ... and so is what the attack the accused is blamed for did: "blamed
           ETA for the bombing of four commuter trains that killed nearly 200
           people", "accused Iran of the attack that killed two sailors" (the
           attack has no asserted agent; its accused one is not its source) */
        if (!ellipsis && !g->passive && gi >= 1 && g->start >= 3 && s->tag[g->start - 1] == T_WH &&
            !(d->flags & DICT_PETRARCH_STYLE)) {
            static const uint16_t accuse_of[] = {W_accuse, W_suspect}, blame_for[] = {W_blame};
            int pk = -1;
            for (int k = gi - 1; k >= 0 && pk < 0; k--) {
                const dy_vgroup *pg = &s->vg[k];
                if (pg->passive || g->start - pg->end > 20)
                    break;
                if (lemma_in(s, pg->main, accuse_of, 2) || lemma_in(s, pg->main, blame_for, 1))
                    pk = k;
                else if (pg->finite && pg->verb) /* (not "packed", a participle adjective) */
                    break;
            }
            if (pk >= 0) {
                const dy_vgroup *pg = &s->vg[pk];
                int of = !lemma_in(s, pg->main, blame_for, 1), prep = 0, clean = 1;
                for (int k = pg->end; k < g->start - 1 && clean; k++) {
                    if (sent_tok_w(s, k, of ? W_of : W_for))
                        prep = 1;
                    if ((s->tok_vgroup[k] >= 0 && s->vg[s->tok_vgroup[k]].finite && s->vg[s->tok_vgroup[k]].verb) ||
                        is(s, k, W_SEMI) ||
                        s->tag[k] == T_SCONJ || s->tag[k] == T_WH)
                        clean = 0;
                }
                if (prep && clean) {
                    tracef(c, "    no event: what the act blamed in \"%s\" did (only alleged)\n",
                           span_text(c, s, pg->start, pg->end));
                    continue;
                }
            }
        }
        /* "talks ... aimed at ending the war in Ukraine": a purpose, not an act */
        if (!ellipsis && g->participle && !g->passive && g->start >= 2 && is(s, g->start - 1, W_at) &&
            (is(s, g->start - 2, W_aimed) || is(s, g->start - 2, W_aiming) || is(s, g->start - 2, W_aim))) {
            tracef(c, "    no event: a purpose (\"aimed at\")\n");
            continue;
        }
        /* "voted to demand that Russia withdraw its forces", pattern "* THAT +
           WITHDRAW": what an earlier event's pattern read as its content (not
           stated as done: "filed a case accusing Israel" accuses) is part of
           that event, not one of its own */
        if (!ellipsis) {
            int part = -1, pcue;
            for (int k = 0; k < gi && part < 0; k++)
                if (vg_code[k] && vg_last[k] >= g->main && s->vg[k].main < g->start)
                    part = k;
            /* (and so is what an earlier demand or appeal, which made its event,
               asks for: "demanded that Israel increase humanitarian aid deliveries
               into Gaza") */
            if (part < 0 && modality_of(s, gi, &pcue) == DYAD_HYPOTHETICAL && pcue >= 0)
                for (int k = 0; k < gi && part < 0; k++)
                    if (vg_code[k] && s->vg[k].main == pcue &&
                        (root_of(code_str(d, vg_code[k])) == 10 || root_of(code_str(d, vg_code[k])) == 2))
                        part = k;
            if (part >= 0 && modality_of(s, gi, &pcue) != DYAD_ASSERTED) {
                tracef(c, "    no event: read by the pattern of the %s event of \"%s\"\n",
                       code_str(d, vg_code[part]), span_text(c, s, s->vg[part].start, s->vg[part].end));
                continue;
            }
            /* "warned North Korea that ... if it kept threatening the United
               States": the condition of a threat or a warning is what it says,
               not an event */
            int threat = -1;
            for (int k = 0; k < gi && threat < 0; k++)
                if (vg_code[k] && root_of(code_str(d, vg_code[k])) == 13)
                    threat = k;
            if (threat >= 0 && modality_of(s, gi, &pcue) == DYAD_HYPOTHETICAL && pcue > s->vg[threat].main &&
                (is(s, pcue, W_if) || is(s, pcue, W_unless))) {
                tracef(c, "    no event: the condition of the %s event of \"%s\"\n", code_str(d, vg_code[threat]),
                       span_text(c, s, s->vg[threat].start, s->vg[threat].end));
                continue;
            }
        }
        /* source and target */
        int src = m.source, tgt = m.target;
        int passive = g->passive && !ellipsis;
        /* "Falastur noted that Cirith Ungol regretted ...", pattern "NOTED + *": the
           pattern reads the target before the verb, as the subject, and the source
           is the subject of the verb its first word belongs to */
        if (src < 0 && !passive && m.pattern && m.first < g->start && tgt >= 0 && tgt == subj[gi]) {
            int pv = s->tok_vgroup[m.first];
            if (pv >= 0 && pv != gi && subj[pv] >= 0 && subj[pv] != tgt)
                src = subj[pv];
        }
        if (src < 0) {
            if (passive) {
                src = passive_agent(s, g, hi > g->end + 8 ? hi : (g->end + 8 < s->ntok ? g->end + 8 : s->ntok));
                /* "was killed in an Israeli strike": with no "by", the side whose
                   attack it was */
                if (src < 0)
                    src = attack_agent(s, g->end, hi);
            } else
                src = subj[gi];
        }
        /* "intercept a North Korean missile fired toward Guam": a weapon fired or
           launched, with no agent, is its side's act on where it is aimed, in the
           mode of the clause it is the object of */
        int fired_weapon = 0;
        if (src < 0 && tgt < 0 && passive && g->participle && gi > 0) {
            static const uint16_t fire_verbs[] = {W_fire, W_launch};
            int wm = modified_np_mention(s, g);
            if (wm >= 0 && lemma_in(s, g->main, fire_verbs, DY_ARRAY_LEN(fire_verbs)) && s->m[wm].agent &&
                sector_is(s->m[wm].code, "MIL") && !starts_with(s->m[wm].code, "---")) {
                int aim = first_mention_after(s, g->end, hi, wm, 0, gi, 0);
                if (aim >= 0 && s->m[aim].start > 0 &&
                    (is(s, s->m[aim].start - 1, W_toward) || is(s, s->m[aim].start - 1, W_towards) ||
                     is(s, s->m[aim].start - 1, W_at) || is(s, s->m[aim].start - 1, W_into))) {
                    src = wm;
                    tgt = aim;
                    fired_weapon = 1;
                    /* (not the "&WEAPON *" of a bomb that went off, 183: a missile
                       fired at a place is an aerial attack, 195) */
                    static const uint16_t aerial[] = {W_missile, W_rocket, W_drone};
                    uint32_t fc = lemma_in(s, s->m[wm].end - 1, aerial, DY_ARRAY_LEN(aerial))
                                      ? dict_find_evcode(d, "195", 3)
                                      : dict_find_evcode(d, "190", 3);
                    if (fc) {
                        m.code = fc;
                        m.rcode = 0;
                        m.pattern = 0;
                        tracef(c, "    a weapon fired at %s: %s\n", span_text(c, s, s->m[aim].start, s->m[aim].end),
                               code_str(d, fc));
                    }
                }
            }
        }
        /* "carried out Monday's strike on the Iranian consulate in Damascus that
           killed a senior commander": a relative clause after the place of an
           attack just coded tells what the attack did; its attacker did it, then */
        int attack_of = -1;
        if (!ellipsis && !passive && src >= 0 && src == subj[gi] && s->m[src].locative && g->start > 0 &&
            s->tag[g->start - 1] == T_WH && m.code != d->null_code && root_of(code_str(d, m.code)) >= 18) {
            for (int k = gi - 1; k >= 0; k--)
                if (vg_code[k] && root_of(code_str(d, vg_code[k])) >= 18 && subj[k] >= 0 && !s->m[subj[k]].locative) {
                    tracef(c, "    after the place of the attack of \"%s\": its attacker\n",
                           span_text(c, s, s->vg[k].start, s->vg[k].end));
                    src = subj[k];
                    attack_of = k;
                    break;
                }
        }
        if (tgt < 0) {
            if (passive)
                tgt = g->participle ? modified_np_mention(s, g) : subj[gi];
            else if (ellipsis) {
                tgt = first_mention_after(s, g->end, hi, src, 0, gi, 0);
            } else {
                int kind = lemma_in(s, g->main, motion_verbs, DY_ARRAY_LEN(motion_verbs))   ? 1
                           : lemma_in(s, g->main, giving_verbs, DY_ARRAY_LEN(giving_verbs)) ? 2
                                                                                               : 0;
                /* "will restore, Iranian officials said, full ties with": not the
                   speaker of the comment */
                int ce = comment_clause_end(s, g->end);
                tgt = first_mention_after(s, ce > 0 ? ce + 1 : g->end, hi, src, 1, gi, kind);
                /* "he would step down as U.N.-Arab League envoy", "served as
                   ambassador to Moscow": a role after "as" right after the verb is
                   the capacity one acts in, no side acted on */
                if (tgt >= 0 && !(d->flags & DICT_PETRARCH_STYLE) && s->m[tgt].agent && s->m[tgt].start >= 1 &&
                    is(s, s->m[tgt].start - 1, W_as) && s->m[tgt].start - 1 <= g->end + 1 &&
                    !is(s, s->m[tgt].start, W_the) && s->m[tgt].appos < 0) {
                    tracef(c, "    \"%s\" is the capacity after \"as\", not a target\n",
                           span_text(c, s, s->m[tgt].start, s->m[tgt].end));
                    tgt = -1;
                }
                /* "hand over Osama bin Laden to the United States": what a verb of
                   giving hands over is a person; the one it goes to is the target */
                if (tgt >= 0 && kind == 2 && s->m[tgt].person && s->m[tgt].actor &&
                    D_ACTORS(d)[s->m[tgt].actor].type == ATYPE_PERSON) {
                    for (int k = s->m[tgt].end; k + 1 < hi; k++)
                        if (is(s, k, W_to) && s->tok_mention[k + 1] >= 0) {
                            int rm = s->tok_mention[k + 1];
                            if (s->m[rm].appos >= 0)
                                rm = s->m[rm].appos;
                            if (rm != src && s->m[rm].code[0] && !s->m[rm].weak) {
                                tracef(c, "    a person handed over: the target is the recipient\n");
                                tgt = rm;
                            }
                            break;
                        }
                }
                /* an infinitive right after a refusal, demand, appeal or threat that
                   the dictionary does not know makes no event: the verb reads on
                   through it ("refused to let two U.S. military planes land"; not an
                   intention, "never wanted to own the Syrian crisis") */
                int rr = m.code != d->null_code ? root_of(code_str(d, m.code)) : 0;
                if (tgt < 0 && !(d->flags & DICT_PETRARCH_STYLE) && gi + 1 < s->nvg && s->vg[gi + 1].infinitive &&
                    !s->vg[gi + 1].verb && s->vg[gi + 1].start == g->end && (rr == 2 || rr == 10 || rr == 12 || rr == 13))
                    tgt = first_mention_after(s, s->vg[gi + 1].end, hi, src, 1, gi, kind);
                /* "to force a Ryanair flight from Athens to Vilnius to land": the
                   one made to act names nobody, and the places of its way are no
                   target */
                if (tgt >= 0 && syntax_object_control(s, g->main) && g->end < s->ntok && s->tok_np[g->end] >= 0 &&
                    s->np[s->tok_np[g->end]].prep < 0 && s->np[s->tok_np[g->end]].mention < 0 &&
                    s->tag[s->np[s->tok_np[g->end]].end - 1] == T_NOUN && s->m[tgt].start > g->end) {
                    int np = s->m[tgt].np, pr = np >= 0 ? s->np[np].prep : -1;
                    if (pr >= 0 && (is(s, pr, W_from) || is(s, pr, W_to)))
                        tgt = -1;
                }
                /* "denied that Indian troops had crossed", "allowed that Mordor isn't a
                   pleasant place": with no object, the that-clause's subject is the
                   target, except for mere statements ("said that Russia ...") */
                if (tgt < 0 && hi < s->ntok && is(s, hi, W_that) &&
                    ((d->flags & DICT_PETRARCH_STYLE) || m.pattern ||
                     root_of(code_str(d, m.code)) > 2)) {
                    int e2 = hi + 1;
                    while (e2 < s->ntok && s->tok_vgroup[e2] < 0)
                        e2++;
                    tgt = first_mention_after(s, hi + 1, e2, src, 1, gi, 0);
                }
                /* "questioned whether it has a future with the Morgul Orcs", "doubts
                   whether Russia will comply": with no object, the actor the whether-
                   clause is about is the target (not a statement's: "said whether") */
                if (tgt < 0 && hi < s->ntok && is(s, hi, W_whether) && (m.pattern || root_of(code_str(d, m.code)) > 2)) {
                    int e2 = hi + 1;
                    while (e2 < s->ntok && !syntax_is_boundary(s, e2))
                        e2++;
                    for (int i = hi + 1; i < e2 && tgt < 0; i++) {
                        int k = s->tok_mention[i];
                        if (k >= 0 && s->m[k].appos >= 0)
                            k = s->m[k].appos;
                        if (k >= 0 && k != src && s->m[k].code[0] && (src < 0 || strcmp(s->m[k].code, s->m[src].code)))
                            tgt = k;
                    }
                }
                /* "Japan has never apologised for ..., the leader of South Korea's ruling
                   party said": the speaker of a trailing attribution is no target */
                if (tgt >= 0 && !m.pattern)
                    for (int k = gi + 1; k < s->nvg; k++) {
                        int sk = subj[k];
                        if (sk < 0 || !(s->tok[s->vg[k].main].pos & POS_REPORT) || s->vg[k].start < s->m[tgt].end)
                            continue;
                        if (sk != tgt && s->m[sk].appos != tgt && s->m[tgt].appos != sk)
                            continue;
                        int comma = 0;
                        for (int j = g->end; j < s->m[tgt].start; j++)
                            comma |= is(s, j, W_COMMA);
                        if (comma)
                            tgt = -1;
                        break;
                    }
                /* the by-phrase of a passive is not a target */
                if (tgt >= 0 && s->m[tgt].start > 0 && is(s, s->m[tgt].start - 1, W_by) && passive)
                    tgt = -1;
                /* "said Iran was sending rescue teams": the subject of the reported
                   clause is not what a statement is addressed to */
                if (tgt >= 0 && !m.pattern && (s->tok[g->main].pos & POS_REPORT) && !(d->flags & DICT_PETRARCH_STYLE) &&
                    starts_finite_clause(s, s->m[tgt].end))
                    tgt = -1;
            }
        }
        /* "Juan Guaido, whom Washington recognised as the country's interim
           president": an object relative clause acts on the phrase it modifies */
        if (!passive && !ellipsis && src >= 0 && s->m[src].start >= 2 && is(s, s->m[src].start - 1, W_whom) &&
            s->m[src].end <= g->start) {
            int a = s->m[src].start - 2;
            if (a > 0 && is(s, a, W_COMMA))
                a--;
            int am = a >= 0 ? s->tok_mention[a] : -1;
            if (am >= 0 && am != src && (m.target < 0 || m.target != am)) {
                tgt = s->m[am].appos >= 0 ? s->m[am].appos : am;
                tracef(c, "    \"whom\": the target is the phrase the clause modifies\n");
                /* ("Fethullah Gulen, the cleric whom Ankara blames": a bare role set off
                   by a comma after a named person is that person) */
                int rs = s->m[tgt].start;
                if (!s->m[tgt].actor && s->m[tgt].agent && rs >= 2 && is(s, rs - 1, W_COMMA) &&
                    s->tok_mention[rs - 2] >= 0) {
                    int pm = s->tok_mention[rs - 2];
                    if (s->m[pm].appos >= 0)
                        pm = s->m[pm].appos;
                    if (pm != src && s->m[pm].actor && s->m[pm].person && s->m[pm].code[0]) {
                        tgt = pm;
                        tracef(c, "    ... the role after a comma is the person named before it\n");
                    }
                }
            }
        }
        /* "Iran launched drones at Israel, but Hezbollah did not join the attack":
           an attack joined has the target of the attack the sentence has told */
        int joined = -1;
        if (tgt < 0 && !passive && !ellipsis && m.pattern && m.code != d->null_code &&
            root_of(code_str(d, m.code)) == 19 && is(s, m.last - 1, W_the)) {
            static const uint16_t join_verb[] = {W_join};
            const dyad_event *all = c->events.p;
            if (lemma_in(s, g->main, join_verb, 1))
                for (size_t k = c->events.n; k-- > 0 && all[k].sentence == index;)
                    if (!all[k].paired && root_of(all[k].code) >= 18 && all[k].target[0]) {
                        joined = (int)k;
                        break;
                    }
        }
        /* "Israel carried out an air strike on Hamas leaders ..., and Qatar condemned
           the attack": an attack denounced with no actor of its own is the one the
           sentence has told, and its attacker is the target of the denunciation */
        int denounced = -1;
        if (tgt < 0 && joined < 0 && src >= 0 && !passive && !ellipsis && m.code != d->null_code &&
            root_of(code_str(d, m.code)) == 11 && g->end + 1 < s->ntok &&
            (is(s, g->end, W_the) || is(s, g->end, W_this) || is(s, g->end, W_that))) {
            static const uint16_t denounce_verbs[] = {W_condemn, W_denounce, W_decry, W_deplore, W_criticize,
                                                      W_criticise, W_slam};
            static const uint16_t attack_nouns[] = {W_attack, W_strike, W_airstrike, W_raid, W_bombing, W_assault,
                                                    W_shelling, W_incursion, W_invasion, W_killing, W_shootdown};
            int k = g->end + 1;
            while (k + 1 < s->ntok && s->tag[k] == T_ADJ)
                k++;
            if (lemma_in(s, g->main, denounce_verbs, DY_ARRAY_LEN(denounce_verbs)) && s->tok_mention[k] < 0 &&
                lemma_in(s, k, attack_nouns, DY_ARRAY_LEN(attack_nouns))) {
                const dyad_event *all = c->events.p;
                for (size_t q = c->events.n; q-- > 0 && all[q].sentence == index;)
                    if (!all[q].paired && root_of(all[q].code) >= 18 && all[q].source[0] &&
                        strncmp(all[q].source, s->m[src].code, 3)) {
                        denounced = (int)q;
                        break;
                    }
            }
        }
        /* "refused to release 24 Ukrainian sailors seized near the Kerch Strait":
           who holds the people it is asked to release took them; a reduced passive
           with no agent on the object of a release has its subject as the agent */
        if (src < 0 && passive && g->participle && tgt >= 0 && gi > 0 && subj[gi - 1] >= 0 &&
            subj[gi - 1] != tgt && s->vg[gi - 1].end <= s->m[tgt].start && m.code != d->null_code &&
            root_of(code_str(d, m.code)) >= 17 && root_of(code_str(d, m.code)) <= 18 &&
            (s->m[tgt].person || s->m[tgt].head_sem == NSEM_PERSON ||
             (s->m[tgt].agent && s->m[tgt].plural && !s->m[tgt].weak))) {
            static const uint16_t release_verbs[] = {W_release, W_free, W_hand, W_return, W_repatriate, W_swap,
                                                     W_exchange};
            if (lemma_in(s, s->vg[gi - 1].main, release_verbs, DY_ARRAY_LEN(release_verbs))) {
                src = subj[gi - 1];
                tracef(c, "    taken by whom releases them: %s\n", span_text(c, s, s->m[src].start, s->m[src].end));
            }
        }
        /* "recognised Israeli sovereignty over the occupied Golan Heights": what is
           recognised is the sovereign's claim, over whatever territory */
        if (tgt >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "054")) {
            static const uint16_t claims[] = {W_sovereignty, W_independence, W_statehood};
            for (int k = g->end; k < s->m[tgt].start; k++) {
                int wm = s->tok_mention[k];
                if (wm >= 0 && wm != src && s->m[wm].weak && s->m[wm].code[0] &&
                    sent_tok_in(s, s->m[wm].end - 1, claims, DY_ARRAY_LEN(claims))) {
                    tgt = wm;
                    tracef(c, "    recognised: %s's claim\n", s->m[wm].code);
                    break;
                }
            }
        }
        /* "unveil his Middle East peace plan": a region that only modifies a noun
           names what the thing is about, not a side */
        if (tgt >= 0 && m.target < 0 && s->m[tgt].weak && is_region(s->m[tgt].code)) {
            tracef(c, "    no target: the region only modifies \"%s\"\n", span_text(c, s, s->m[tgt].start, s->m[tgt].end));
            tgt = -1;
        }
        /* "approve Sweden's NATO membership": a membership, accession or bid is
           its possessor's, not the body's it would join */
        if (tgt >= 0 && s->m[tgt].weak) {
            static const uint16_t joins[] = {W_membership, W_accession, W_bid, W_candidacy};
            const dy_mention *x = &s->m[tgt];
            if (lemma_in(s, x->end - 1, joins, DY_ARRAY_LEN(joins)))
                for (int k = x->start + 1; k < x->end - 1; k++)
                    if (s->tag[k] == T_SPOSS && s->tok_unit[k - 1] >= 0 && s->units[s->tok_unit[k - 1]].actor &&
                        s->units[s->tok_unit[k - 1]].actor != x->actor) {
                        s->m[tgt].actor = s->units[s->tok_unit[k - 1]].actor;
                        s->m[tgt].agent = 0;
                        mention_code(d, &s->m[tgt], c->date, s->m[tgt].code, sizeof s->m[tgt].code, NULL);
                        tracef(c, "    the %s is %s's\n", span_text(c, s, x->end - 1, x->end), s->m[tgt].code);
                        break;
                    }
        }
        /* "Israel might launch a ground invasion of Gaza ..., as tens of thousands
           of Israeli troops massed near the border": a show of force with no target
           faces the side's foe the sentence has named */
        /* (and so does an incursion: "more than 1,000 Russian soldiers had crossed the
           border") */
        if (tgt < 0 && joined < 0 && src >= 0 && !passive && !ellipsis && m.code != d->null_code &&
            (root_of(code_str(d, m.code)) == 15 || streq(code_str(d, m.code), "192")) &&
            strlen(s->m[src].code) >= 3) {
            const dyad_event *all = c->events.p;
            for (size_t k = c->events.n; k-- > 0 && all[k].sentence == index;)
                if (!all[k].paired && root_of(all[k].code) >= 15 && all[k].target[0] &&
                    !strncmp(all[k].source, s->m[src].code, 3)) {
                    joined = (int)k;
                    break;
                }
        }
        /* a mutual agreement's sides are each other's targets, not what the
           agreement is about */
        if (mutual_agree)
            tgt = -1;
        /* "agreed with Iran on Friday to restore relations": the partner named by
           "with" after an intention verb is its complement's target */
        if (tgt < 0 && !ellipsis && g->infinitive && modality_governor(s, gi) >= 0) {
            const dy_vgroup *G = &s->vg[modality_governor(s, gi)];
            if (lemma_in(s, G->main, intent_verbs, DY_ARRAY_LEN(intent_verbs)) && G->end + 1 < g->start &&
                is(s, G->end, W_with) && s->tok_mention[G->end + 1] >= 0 && s->tok_mention[G->end + 1] != src)
                tgt = mention_of_np(s, s->tok_np[G->end + 1]);
        }
        /* "declined to comment on the killing of Iranian nuclear scientist Mohsen
           Fakhrizadeh": what a comment is on is its topic, and the victim of the
           topic's event is not addressed */
        if (tgt >= 0 && !m.pattern && m.code != d->null_code && root_of(code_str(d, m.code)) == 1 &&
            s->m[tgt].start >= g->end + 3 && is(s, s->m[tgt].start - 1, W_of)) {
            int onp = s->tok_np[s->m[tgt].start - 2];
            int b = onp >= 0 ? s->np[onp].start : -1;
            int topic = b > g->end && is(s, b - 1, W_on) && s->tok_mention[b] < 0;
            for (int k = g->end; topic && k < b; k++)
                if (s->tok_vgroup[k] >= 0)
                    topic = 0;
            if (topic) {
                tracef(c, "    the topic of a comment: no target\n");
                tgt = -1;
            }
        }
        /* "to unveil his Middle East peace plan": a region that only modifies a noun
           says what the thing is about; no one there is acted on */
        if (tgt >= 0 && s->m[tgt].weak && s->m[tgt].actor && !s->m[tgt].ref_text) {
            const char *f = dict_s(d, D_FILES(d)[D_ACTORS(d)[s->m[tgt].actor].file]);
            size_t fl = strlen(f);
            if (fl >= 11 && streq(f + fl - 11, "regions.txt")) {
                tracef(c, "    a region that only modifies its noun: no target\n");
                tgt = -1;
            }
        }
        /* "France will withdraw its troops from Mali": a side pulling back its own
           forces acts through them; the retreat (087x) is theirs */
        if (src >= 0 && !passive && !ellipsis && m.code != d->null_code && starts_with(code_str(d, m.code), "087") &&
            g->end < s->ntok && s->tok_mention[g->end] >= 0 && s->tag[g->end] == T_POSS) {
            int own = s->tok_mention[g->end];
            size_t n = strlen(s->m[src].code);
            if (own != src && n == 3 && strlen(s->m[own].code) == 6 && !strncmp(s->m[own].code, s->m[src].code, 3) &&
                streq(s->m[own].code + 3, "MIL")) {
                tracef(c, "    its own forces withdraw: the source is %s\n", s->m[own].code);
                src = own;
            }
        }
        /* "Cuba released American contractor Alan Gross", "handed back the Indian
           pilot": a release of persons is 0841, not the general 084 */
        /* (a head whose first sense is a person counts though it also names an
           instrument: "pilot", whose head class is an artifact's; and so is
           "released the captain of a Chinese fishing boat": the people of the
           vessel or country named after "of") */
        static const uint16_t crew[] = {W_captain, W_crew, W_crews, W_skipper, W_sailors, W_pilot, W_pilots,
                                        W_fishermen, W_passengers, W_hostages, W_prisoners, W_detainees};
        if (tgt >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "084") &&
            (s->m[tgt].person ||
             (s->m[tgt].weak && (s->m[tgt].head_sem == NSEM_PERSON || head_is_person(d, s, s->m[tgt].end - 1))) ||
             (s->m[tgt].start >= 2 && is(s, s->m[tgt].start - 1, W_of) &&
              sent_tok_in(s, s->m[tgt].start - 2, crew, DY_ARRAY_LEN(crew))))) {
            uint32_t rc = dict_find_evcode(d, "0841", 4);
            if (rc) {
                tracef(c, "    persons released: 084 becomes 0841\n");
                m.code = rc;
            }
        }
        /* "sailors seized", "seized two journalists": persons taken are detained
           (173), not property (171) */
        /* (a head whose first sense is a person too: "the Indian pilot captured") */
        if (!m.pattern && tgt >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "171") &&
            (s->m[tgt].person || s->m[tgt].head_sem == NSEM_PERSON || head_is_person(d, s, s->m[tgt].end - 1) ||
             (s->m[tgt].agent && s->m[tgt].plural && !s->m[tgt].weak))) {
            uint32_t dc = dict_find_evcode(d, "173", 3);
            if (dc) {
                tracef(c, "    persons taken: 171 becomes 173\n");
                m.code = dc;
            }
        }
        /* "Syrian rebels seized Damascus", "captured Kherson": a place taken is
           territory occupied (192), not property (171) */
        if (!m.pattern && tgt >= 0 && m.code != d->null_code &&
            streq(code_str(d, m.code), "171") && s->m[tgt].actor && !s->m[tgt].weak &&
            !s->m[tgt].agent) {
            uint32_t ty = D_ACTORS(d)[s->m[tgt].actor].type;
            uint32_t oc = ty == ATYPE_PLACE || ty == ATYPE_METONYM || ty == ATYPE_STATE ? dict_find_evcode(d, "192", 3) : 0;
            if (oc) {
                tracef(c, "    a place taken: 171 becomes 192\n");
                m.code = oc;
            }
        }
        /* "Iraqi forces recaptured Mosul from Islamic State fighters": territory of
           the source's own country is taken from whoever held it */
        if (tgt >= 0 && src >= 0 && m.code != d->null_code &&
            streq(code_str(d, m.code), "192") && strlen(s->m[tgt].code) == 3 &&
            !strncmp(s->m[tgt].code, s->m[src].code, 3)) {
            for (int i = s->m[tgt].end; i + 1 < hi; i++)
                if (is(s, i, W_from) && s->tok_mention[i + 1] >= 0) {
                    int fm = s->tok_mention[i + 1];
                    if (s->m[fm].code[0] && strncmp(s->m[fm].code, s->m[src].code, 3)) {
                        tgt = fm;
                        tracef(c, "    taken from: %s\n", s->m[fm].code);
                    }
                    break;
                }
        }
        /* "Taliban fighters entered Kabul": an armed group that takes a place of its
           own country acts on that country, even on the day it comes to govern it */
        int taken_place = 0;
        if (!ellipsis && !passive && src >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "192") &&
            s->m[src].actor && D_ACTORS(d)[s->m[src].actor].type == ATYPE_GROUP && g->end < s->ntok &&
            s->tok_mention[g->end] >= 0) {
            int mo = s->tok_mention[g->end];
            uint32_t ty = s->m[mo].actor ? D_ACTORS(d)[s->m[mo].actor].type : 0;
            if (s->m[mo].start == g->end && !s->m[mo].agent && (ty == ATYPE_PLACE || ty == ATYPE_METONYM) &&
                strlen(s->m[src].code) >= 3 && !strncmp(s->m[mo].code, s->m[src].code, 3)) {
                tgt = mo;
                taken_place = 1;
                tracef(c, "    an armed group takes a place of its own country\n");
            }
        }
        /* a denial answers the accuser, not the subject of what it denies
           ("denied that its troops were fighting") */
        int deny_country = 0;
        if (m.target < 0 && src >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "016") &&
            (tgt < 0 || !strncmp(s->m[tgt].code, s->m[src].code, 3))) {
            int acc = denial_accuser(s, gi, src, subj, 2);
            if (acc >= 0)
                tgt = acc;
            /* ("denied that its hackers had stolen the personal data of millions of
               U.S. federal employees": with no accuser and the denier's own people
               as the subject, the other country the denied clause is about) */
            else if (tgt < 0 || s->m[tgt].start > g->end) {
                int o = denied_other(s, g->end, src);
                if (o >= 0) {
                    tgt = o;
                    deny_country = 1;
                    tracef(c, "    no accuser: the other side of what is denied (its country)\n");
                }
            }
        }
        /* ... and so is one that denies what another side is said to have done, when
           the sentence names who claimed it: "denied that Indian troops had crossed
           the Line of Control, as New Delhi had claimed" */
        else if (m.target < 0 && src >= 0 && tgt >= 0 && m.code != d->null_code &&
                 streq(code_str(d, m.code), "016") && s->m[tgt].start > 0 && that_before(s, s->m[tgt].start, g->end)) {
            int acc = denial_accuser(s, gi, src, subj, 1);
            if (acc >= 0)
                tgt = acc;
            /* ("denied that Moscow had interfered in the 2016 U.S. election": with
               no accuser, the other country the denied clause is about) */
            int o = acc < 0 ? denied_other(s, g->end, src) : -1;
            if (o >= 0) {
                tgt = o;
                deny_country = 1;
                tracef(c, "    no accuser: the other side of what is denied (its country)\n");
            }
        }
        /* "claimed responsibility for drone attacks on Saturday that set ablaze two
           Saudi Aramco oil plants": a claimed attack that names no country is
           aimed at the country of the first actor the claim's clause names after
           it (its country only) */
        /* (and so is one with no target where the sentence names no place: "claimed
           responsibility for a suicide bombing that killed 20 Afghan soldiers") */
        char claim_place[4];
        place_country(s, claim_place);
        if (m.target < 0 && src >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "015") &&
            (tgt >= 0 ? starts_with(s->m[tgt].code, "---") : !claim_place[0])) {
            for (int i = tgt >= 0 ? s->m[tgt].end : g->end; i < s->ntok; i++) {
                if (sent_tok_w(s, i, W_SEMI) || (sent_tok_w(s, i, W_COMMA) && i + 1 < s->ntok &&
                                               (sent_tok_w(s, i + 1, W_but) || sent_tok_w(s, i + 1, W_and) ||
                                                sent_tok_w(s, i + 1, W_while))))
                    break;
                int k = s->tok_mention[i];
                if (k < 0)
                    continue;
                if (s->m[k].appos >= 0)
                    k = s->m[k].appos;
                const char *oc = s->m[k].code;
                if (k == src || strlen(oc) < 3 || starts_with(oc, "---") || !dy_is_upper(oc[0]) || is_region(oc) ||
                    starts_with(oc, "IGO") || starts_with(oc, "NGO") || !strncmp(oc, s->m[src].code, 3))
                    continue;
                tgt = k;
                deny_country = 1;
                tracef(c, "    a claimed attack on no named country: the country of \"%s\"\n",
                       span_text(c, s, s->m[k].start, s->m[k].end));
                break;
            }
        }
        /* "at a news conference with visiting German Chancellor Olaf Scholz": the
           adjective names the visitor; the host is the clause's subject */
        {
            static const uint16_t visit_verb[] = {W_visit};
            if (!ellipsis && src >= 0 && tgt >= 0 && g->participle && !g->passive && g->start > 0 &&
                (s->tag[g->start - 1] == T_PREP || s->tag[g->start - 1] == T_DET) && g->end < s->ntok &&
                s->tok_mention[g->end] == tgt && lemma_in(s, g->main, visit_verb, 1)) {
                int x = src;
                src = tgt;
                tgt = x;
                tracef(c, "    \"visiting\" before a name: the visitor is %s\n",
                       span_text(c, s, s->m[src].start, s->m[src].end));
            }
        }
        /* "X will not meet Y, an adviser said on Saturday, in protest at Z": the
           attribution's bare statement (01x) is addressed to no one past its comma */
        if (attribution && !m.pattern && tgt >= 0 && s->m[tgt].start > attribution && m.code != d->null_code &&
            starts_with(code_str(d, m.code), "01"))
            tgt = -1;
        int warned_after = 0;
        /* "Any use of nuclear weapons ... would have severe consequences for
           Moscow, Stoltenberg warned": a warning after what it says is aimed at
           whom that says it is for, or at the object of its first verb */
        if (tgt < 0 && src >= 0 && !ellipsis && m.code != d->null_code &&
            starts_with(code_str(d, m.code), "13") && s->m[src].start >= 2 &&
            is(s, s->m[src].start - 1, W_COMMA) && s->m[src].end <= g->start && strlen(s->m[src].code) >= 3)
        {
            tgt = warned_party(s, src, s->m[src].start - 1);
            warned_after = tgt >= 0;
        }
        if (passive && src == tgt)
            tgt = -1;
        /* "suspended cooperation with Washington and cancelled talks between military
           commanders": a cut in relations (16x) coordinated by "and" with no actor of
           its own as target aims at the target of the finite verb before */
        int pf = gi - 1;
        char coord_country[4] = "";
        while (pf >= 0 && !s->vg[pf].finite)
            pf--;
        if (!ellipsis && !passive && pf >= 0 && g->finite && !g->infinitive && g->start > 0 &&
            is(s, g->start - 1, W_and) && src >= 0 && subj[pf] == src && vg_tgt[pf] >= 0 && vg_tgt[pf] != src &&
            (tgt < 0 || starts_with(s->m[tgt].code, "---")) && m.code != d->null_code) {
            int r = root_of(code_str(d, m.code));
            int pr = vg_match[pf] ? root_of(code_str(d, vg_match[pf])) : 0;
            /* ("accused Israel of sabotage and vowed revenge": a threat after an accusation) */
            /* ("has massed troops near its border with Ukraine and could attack":
               force after a show of force, at the same side) */
            if (r == 16 || (r == 13 && pr == 11) || (r >= 18 && r <= 20 && pr == 15)) {
                tgt = vg_tgt[pf];
                tracef(c, "    coordinated with the verb before: its target\n");
            }
            /* "struck Iran's nuclear facilities and killed several senior military
               commanders": a second attack on people of no named country hits the
               country the first one hit (IRNMIL) */
            else if (r >= 18 && r <= 20 && pr >= 18 && pr <= 20 && tgt >= 0) {
                const char *pc = s->m[vg_tgt[pf]].code;
                if (names_state(pc)) {
                    memcpy(coord_country, pc, 3);
                    coord_country[3] = 0;
                }
            }
        }
        /* (the pledge's recipient may be named in what the money is for:
           "pledged 500 million euros to help rebuild eastern Ukraine") */
        if (object_pledge && tgt < 0 && src >= 0) {
            int cs = s->vg[complement - 1].start, ce2 = s->ntok;
            for (int k = complement; k < s->nvg; k++)
                if (s->vg[k].finite && s->vg[k].start > 0 && s->tok_vgroup[s->vg[k].start - 1] < 0 &&
                    !tag_is_verb(s->tag[s->vg[k].start - 1])) {
                    /* (a clause of its own, not "help rebuild") */
                    ce2 = s->vg[k].start;
                    break;
                }
            tgt = first_mention_after(s, cs, ce2, src, 0, gi, 0);
            if (tgt >= 0 && (s->m[tgt].locative || tb[cs] & TB_BOUND))
                tgt = -1;
        }
        /* "stormed into southern Israel ..., killing hundreds of people and taking
           scores of hostages": a violent act in a participle clause of the main
           verb, with no object that names anyone, is done to the main verb's target */
        if (!ellipsis && !passive && tgt < 0 && src >= 0 && g->participle && !g->finite && pf >= 0 &&
            subj[pf] == src && vg_tgt[pf] >= 0 && vg_tgt[pf] != src && vg_code[pf] && m.code != d->null_code) {
            int r = root_of(code_str(d, m.code)), comma = 0;
            for (int k = s->vg[pf].end; k < g->start; k++)
                if (is(s, k, W_COMMA))
                    comma = 1;
            if (comma && r >= 18 && r <= 20 && root_of(code_str(d, vg_code[pf])) >= 18) {
                tgt = vg_tgt[pf];
                tracef(c, "    a participle clause of the attack: its target\n");
            }
        }
        /* "telephoned President Barack Obama on Wednesday to demand an
           explanation after receiving information that U.S. intelligence ...":
           what a call is made to do is said to the one called, unless the
           infinitive names someone before its clause ends */
        /* "troops opened fire on crowds of protesters led by Buddhist monks": a
           repression pattern (17x) that ends on the people it names ("* FIRE ON
           PROTESTERS") aims at them, not at the next actor after it */
        if (!passive && !ellipsis && m.pattern && m.target < 0 && m.code != d->null_code &&
            root_of(code_str(d, m.code)) == 17 && m.last >= g->end && m.last < s->ntok && s->tok_mention[m.last] >= 0) {
            int pm = s->tok_mention[m.last];
            const char *pc = s->m[pm].code;
            if (pm != src && pm != tgt && s->m[pm].end == m.last + 1 && !s->m[pm].weak &&
                (sector_is(pc, "OPP") || sector_is(pc, "CVL"))) {
                tgt = pm;
                tracef(c, "    the people the pattern names: the target\n");
            }
        }
        int call_purpose = 0;
        {
            int gv = g->infinitive ? modality_governor(s, gi) : -1;
            static const uint16_t phone_verbs[] = {W_telephone, W_phone};
            if (gv >= 0 && gv < gi && !passive && !ellipsis && src >= 0 && subj[gv] == src && vg_tgt[gv] >= 0 &&
                vg_tgt[gv] != src && m.target < 0 && lemma_in(s, s->vg[gv].main, phone_verbs, DY_ARRAY_LEN(phone_verbs))) {
                int far = tgt < 0;
                for (int k = g->end; tgt >= 0 && k < s->m[tgt].start && !far; k++)
                    far = (s->tok_vgroup[k] >= 0 && s->tok_vgroup[k] != gi) || s->tag[k] == T_SCONJ ||
                          is(s, k, W_after) || is(s, k, W_before) || is(s, k, W_while);
                if (far) {
                    tgt = vg_tgt[gv];
                    tracef(c, "    the purpose of a call: said to the one called\n");
                }
                call_purpose = m.code != d->null_code && root_of(code_str(d, m.code)) != 4;
            }
        }
        vg_tgt[gi] = tgt;
        int cue;
        dyad_mode mode = modality_of(s, ellipsis ? ellipsis - 1 : gi, &cue);
        if (ellipsis)
            mode = modality_of(s, gi, &cue);
        if (come_visit >= 0)
            mode = modality_of(s, come_visit, &cue);
        if (fired_weapon && mode == DYAD_ASSERTED) {
            dyad_mode gm = modality_of(s, gi - 1, &cue);
            if (gm == DYAD_HYPOTHETICAL || gm == DYAD_FUTURE)
                mode = gm;
        }
        /* the warning itself is stated: an "if" before it belongs to what it
           says; and what its own side says it will do by force is a threat of
           force (138) */
        if (warned_after) {
            if (mode == DYAD_HYPOTHETICAL && cue >= 0 && cue < s->m[src].start)
                mode = DYAD_ASSERTED;
            for (int k = 0; k < gi; k++) {
                int r = vg_match[k] ? root_of(code_str(d, vg_match[k])) : 0;
                if (s->vg[k].start < s->m[src].start && r >= 18 && r <= 20 && s->tok_mention[0] >= 0 &&
                    !strncmp(s->m[s->tok_mention[0]].code, s->m[src].code, 3)) {
                    uint32_t tc138 = dict_find_evcode(d, "138", 3);
                    if (tc138) {
                        m.code = tc138;
                        /* ... whose content ("Israel will strike Iran if Iran attacks")
                           is what the threat says, not an event of its own */
                        size_t e0 = vg_ev[k], e1 = vg_ev[k + 1];
                        if (e1 > e0 && e1 <= c->events.n) {
                            dyad_event *all = c->events.p;
                            tracef(c, "    the threat's content, \"%s\", is no event of its own\n",
                                   span_text(c, s, s->vg[k].start, s->vg[k].end));
                            memmove(all + e0, all + e1, (c->events.n - e1) * sizeof *all);
                            c->events.n -= e1 - e0;
                            for (int q = k + 1; q <= gi; q++)
                                vg_ev[q] -= e1 - e0;
                            vg_code[k] = 0;
                        }
                    }
                    break;
                }
            }
        }
        /* "Putin warned that Russia could aim its missiles at targets in Europe if
           the United States built its missile shield", "threatened to strike if the
           United States continued its drills": a threat that names no other side
           is aimed at the side of another country whose act its condition names */
        {
            static const uint16_t threat_verbs[] = {W_threaten, W_warn, W_vow};
            int gv = g->infinitive ? modality_governor(s, gi) : -1;
            if (!ellipsis && src >= 0 && m.code != d->null_code && strlen(s->m[src].code) >= 3 &&
                !starts_with(s->m[src].code, "---") &&
                (root_of(code_str(d, m.code)) == 13 ||
                 (gv >= 0 && lemma_in(s, s->vg[gv].main, threat_verbs, DY_ARRAY_LEN(threat_verbs)))) &&
                (tgt < 0 || !strncmp(s->m[tgt].code, s->m[src].code, 3))) {
                for (int i = g->end; i < s->ntok; i++) {
                    if (sent_tok_w(s, i, W_SEMI) || sent_tok_w(s, i, W_DOT))
                        break;
                    if (!sent_tok_w(s, i, W_if) && !sent_tok_w(s, i, W_unless))
                        continue;
                    int k = -1;
                    for (int j = i + 1; j < s->ntok && k < 0; j++)
                        if (s->tok_vgroup[j] >= 0)
                            k = s->tok_vgroup[j];
                    int o = k >= 0 && s->vg[k].finite ? subj[k] : -1;
                    if (o >= 0 && s->m[o].appos >= 0)
                        o = s->m[o].appos;
                    const char *oc = o >= 0 ? s->m[o].code : "";
                    if (o >= 0 && o != src && strlen(oc) >= 3 && !starts_with(oc, "---") && dy_is_upper(oc[0]) &&
                        !is_region(oc) && strncmp(oc, s->m[src].code, 3)) {
                        tgt = o;
                        tracef(c, "    a threat on a condition: aimed at \"%s\"\n", span_text(c, s, s->m[o].start, s->m[o].end));
                    }
                    break;
                }
            }
        }
        /* "About 1,000 Saudi soldiers crossed the causeway into Bahrain on Monday at
           the request of its Sunni rulers": troops moving into a country at the
           request or invitation of someone bring military aid (074), not an
           incursion (190, 192) */
        if (!ellipsis && !passive && src >= 0 && tgt >= 0 && m.pattern && m.code != d->null_code &&
            (streq(code_str(d, m.code), "190") || streq(code_str(d, m.code), "192")) &&
            sector_is(s->m[src].code, "MIL")) {
            int asked = 0;
            for (int k = g->end; k + 4 < s->ntok && !asked; k++) {
                if (s->tok_vgroup[k] >= 0 && s->tok_vgroup[k] != gi && s->vg[s->tok_vgroup[k]].finite)
                    break;
                asked = sent_tok_w(s, k, W_at) && sent_tok_w(s, k + 1, W_the) &&
                        (sent_tok_w(s, k + 2, W_request) || sent_tok_w(s, k + 2, W_invitation)) &&
                        sent_tok_w(s, k + 3, W_of);
            }
            if (asked)
                recode(c, &m, "074", "troops sent at a request, military aid");
        }
        /* "warned North Korea that it would be met with fire and fury": a warning
           whose that-clause, about the warned side or the speaker's own, speaks of
           force is a threat of force (138) */
        if (!ellipsis && !m.pattern && src >= 0 && tgt >= 0 && m.code != d->null_code &&
            streq(code_str(d, m.code), "130") && force_warning(s, g->end, src, tgt)) {
            uint32_t tc138 = dict_find_evcode(d, "138", 3);
            if (tc138) {
                tracef(c, "    a warning of force: 130 becomes 138\n");
                m.code = tc138;
            }
        }
        /* "Fighting broke out on Saturday between Sudan's army and the RSF": with no
           source, a pair after "between" are the two sides, each acting on the other */
        int between = 0;
        if (src < 0 && tgt >= 0 && !passive && s->m[tgt].group && m.code != d->null_code) {
            int first = -1, n = 0;
            for (int k = 0; k < s->nm; k++)
                if (s->m[k].group == s->m[tgt].group && s->m[k].appos < 0 && n++ == 0)
                    first = k;
            if (n == 2 && s->m[first].start > 0 && is(s, s->m[first].start - 1, W_between)) {
                tracef(c, "    no source, a pair after \"between\": the two sides\n");
                src = tgt;
                tgt = -1;
                between = 1;
            }
        }
        /* "Could Turkey send troops to help Azerbaijan?": an infinitive of purpose
           aimed at the very actor its verb's event is aimed at says what that event
           is for (074 military aid), not a second event */
        /* (but what a phone call is made to say other than consult is said in
           it: "telephoned Obama to demand an explanation" 041 and 101) */
        if (!ellipsis && g->infinitive && tgt >= 0 && src >= 0 && !call_purpose) {
            int gov = modality_governor(s, gi);
            /* (and a demand a protest is held to make is made: "marched through
               Minsk to demand that Lukashenko step down" 141 and 1041) */
            int protest_demand = gov >= 0 && vg_code[gov] && root_of(code_str(d, vg_code[gov])) == 14 &&
                                 m.code != d->null_code && root_of(code_str(d, m.code)) == 10;
            if (gov >= 0 && gov < gi && vg_code[gov] && vg_tgt[gov] == tgt && subj[gov] == src && !protest_demand) {
                tracef(c, "    no event: the purpose of the %s event of \"%s\"\n", code_str(d, vg_code[gov]),
                       span_text(c, s, s->vg[gov].start, s->vg[gov].end));
                continue;
            }
        }
        /* ... and so is one in the subject: "A ceasefire between Israel and
           Hezbollah took effect" */
        if (src < 0 && tgt < 0 && !passive && !ellipsis && m.code != d->null_code) {
            for (int k = 0; k < s->nm && s->m[k].start < g->start; k++) {
                if (!s->m[k].group || s->m[k].appos >= 0 || s->m[k].start < 1 || !is(s, s->m[k].start - 1, W_between))
                    continue;
                int n = 0, last = -1;
                for (int j = 0; j < s->nm; j++)
                    if (s->m[j].group == s->m[k].group && s->m[j].appos < 0) {
                        n++;
                        last = j;
                    }
                int e = s->m[last].end;
                while (e < g->start && (s->tag[e] == T_ADV || (s->tok[e].pos & POS_TIME)))
                    e++;
                if (n == 2 && e == g->start && s->m[k].start >= 2 && s->tag[s->m[k].start - 2] == T_NOUN) {
                    tracef(c, "    no source, a pair after \"between\" in the subject: the two sides\n");
                    src = k;
                    between = 1;
                }
                break;
            }
        }
        /* "..., with each side accusing the other of starting the clashes": the
           pair named before in the sentence, each acting on the other */
        if (!ellipsis && !passive && m.code != d->null_code && g->start >= 2 && is(s, g->start - 2, W_each) &&
            s->tag[g->start - 1] == T_NOUN && g->end + 1 < s->ntok && is(s, g->end + 1, W_other) &&
            (is(s, g->end, W_the) || is(s, g->end, W_each)) && (src < 0 || !s->m[src].actor)) {
            int first = -1;
            for (int k = s->nm - 1; k >= 0; k--) {
                if (s->m[k].start >= g->start || !s->m[k].group || s->m[k].appos >= 0)
                    continue;
                int n = 0, f = -1;
                for (int j = 0; j < s->nm; j++)
                    if (s->m[j].group == s->m[k].group && s->m[j].appos < 0 && n++ == 0)
                        f = j;
                if (n == 2)
                    first = f;
                break;
            }
            if (first >= 0) {
                tracef(c, "    each side on the other: the pair before\n");
                src = first;
                tgt = -1;
                between = 1;
            }
        }
        tracef(c, "    source: %s; target: %s; mode: %s%s%s%s\n",
               src >= 0 ? span_text(c, s, s->m[src].start, s->m[src].end) : "(none)",
               tgt >= 0 ? span_text(c, s, s->m[tgt].start, s->m[tgt].end) : "(none)", dyad_mode_name(mode),
               cue >= 0 ? " (\"" : "", cue >= 0 ? span_text(c, s, cue, cue + 1) : "", cue >= 0 ? "\")" : "");
        /* "Soleimani's death may force ...": an actor that only modifies an abstract
           head noun does not act */
        /* ... unless the verb's pattern reads that head: "Eriador's death toll has
           risen", pattern "DEATH TOLL *" */
        int head_in_pattern = src >= 0 && m.pattern && m.first < g->start && m.first > s->m[src].start &&
                              m.first < s->m[src].end;
        if (src >= 0 && s->m[src].weak && !weak_can_act(s->m[src].head_sem) && !head_in_pattern) {
            tracef(c, "    no event: the source \"%s\" only modifies an abstract noun\n",
                   span_text(c, s, s->m[src].start, s->m[src].end));
            continue;
        }
        /* "Shinzo Abe was shot dead on Friday", "Haniyeh was killed in Tehran": a
           violent act (CAMEO 18x-20x) on a named side, stated in the passive with no
           agent, is coded with no source, as CAMEO codes an unknown attacker */
        /* "Islamic State militants released 49 Turkish hostages on Saturday who had
           been seized at the consulate": hostages or prisoners seized or held (17x,
           18x) with no agent named, whom a verb before freed, were taken by who
           freed them */
        static const uint16_t held[] = {W_prisoner, W_prisoners, W_hostage, W_hostages,
                                        W_detainee, W_detainees, W_captive, W_captives};
        if (src < 0 && passive && mode == DYAD_ASSERTED && !(d->flags & DICT_PETRARCH_STYLE) && tgt >= 0 &&
            sent_tok_in(s, s->m[tgt].end - 1, held, DY_ARRAY_LEN(held)) && m.code != d->null_code &&
            (root_of(code_str(d, m.code)) == 17 || root_of(code_str(d, m.code)) == 18)) {
            for (int k = gi - 1; k >= 0; k--)
                if (vg_code[k] && streq(code_str(d, vg_code[k]), "0841") && vg_tgt[k] == tgt && subj[k] >= 0 &&
                    subj[k] != tgt) {
                    src = subj[k];
                    tracef(c, "    captives freed by \"%s\": their captor\n", span_text(c, s, s->m[src].start, s->m[src].end));
                    break;
                }
        }
        int no_source = 0;
        if (src < 0 && passive && mode == DYAD_ASSERTED && !(d->flags & DICT_PETRARCH_STYLE) && tgt >= 0 && !s->m[tgt].weak &&
            s->m[tgt].code[0] && !starts_with(s->m[tgt].code, "---") && m.code != d->null_code) {
            int r = root_of(code_str(d, m.code));
            no_source = r >= 18 && r <= 20;
            if (no_source)
                tracef(c, "    a violent act in the passive with no agent: no source\n");
        }
        if (src < 0 && !no_source) {
            tracef(c, "    no event: no source actor\n");
            continue;
        }
        /* "voted to readmit Syria": the decision is the event, asserted; and so is
           what a past event caused ("prompting Mexico to break off relations") */
        if (mode == DYAD_FUTURE && g->infinitive && modality_governor(s, gi) >= 0 &&
            (lemma_in(s, s->vg[modality_governor(s, gi)].main, decision_verbs, DY_ARRAY_LEN(decision_verbs)) ||
             (lemma_in(s, s->vg[modality_governor(s, gi)].main, causative_verbs, DY_ARRAY_LEN(causative_verbs)) &&
              !s->vg[modality_governor(s, gi)].future && !s->vg[modality_governor(s, gi)].modal)) &&
            (cue < 0 || cue == s->vg[modality_governor(s, gi)].main || is(s, cue, W_to)))
            mode = DYAD_ASSERTED;
        /* date */
        evinfo ei = evinfo_of(c, index, mode, 0, NULL);
        /* an infinitive without a time of its own takes its governor's: "will visit
           Ankara on Wednesday to meet Erdogan" meets on Wednesday too */
        int dated = gi;
        for (int hop = 0; hop < 3 && !time_of(times, ntimes, dated); hop++) {
            int donor = time_donor(s, dated);
            if (donor < 0)
                break;
            dated = donor;
        }
        if (!time_of(times, ntimes, dated) && attack_of >= 0 && time_of(times, ntimes, attack_of))
            dated = attack_of;
        if (!time_of(times, ntimes, dated) && !(d->flags & DICT_PETRARCH_STYLE) && time_of(times, ntimes, 0) &&
            and_clause_after_report(s, gi))
            dated = 0;
        /* "were shot down or jammed ... on Tuesday": a verb coordinated right
           after this one shares its time */
        /* (over the first verb's adverbial and the second's adverbs: "was shot
           several times and seriously wounded on Wednesday") */
        if (!time_of(times, ntimes, dated) && gi + 1 < s->nvg && !s->vg[gi + 1].infinitive &&
            time_of(times, ntimes, gi + 1)) {
            int k = s->vg[gi + 1].start - 1;
            while (k > g->end && s->tag[k] == T_ADV)
                k--;
            int conj = k >= g->end && k <= g->end + 3 && (is(s, k, W_or) || is(s, k, W_and));
            for (int j = g->end; conj && j < k; j++)
                if (s->tok_mention[j] >= 0 || s->tok_vgroup[j] >= 0 || s->tag[j] == T_PUNCT || s->tag[j] == T_PREP)
                    conj = 0;
            if (conj)
                dated = gi + 1;
        }
        /* "Putin praised North Korean troops ..., the Kremlin said on Monday": a
           statement (praise, blame, appeals, threats) with no time of its own is
           dated by the report that makes it public */
        if (!time_of(times, ntimes, dated) && m.code != d->null_code) {
            int r = root_of(code_str(d, m.code));
            if ((r == 1 || r == 2 || r == 3 || r == 5 || (r >= 10 && r <= 13)) &&
                !streq(code_str(d, m.code), "057"))
                for (int k = gi + 1; k < s->nvg; k++)
                    if ((s->tok[s->vg[k].main].pos & POS_REPORT) && s->vg[k].finite) {
                        if (time_of(times, ntimes, k))
                            dated = k;
                        break;
                    }
        }
        /* what a side says it could do is dated when it says so */
        if (!time_of(times, ntimes, dated) && mode == DYAD_HYPOTHETICAL)
            for (int k = gi - 1; k >= 0; k--)
                if ((s->tok[s->vg[k].main].pos & POS_REPORT) && time_of(times, ntimes, k)) {
                    if (src >= 0 && said_by_own_side(s, gi, src, subj))
                        dated = k;
                    break;
                }
        int tk = -1; /* the time that dates the event */
        for (int k = 0; k < ntimes; k++) {
            if (times[k].vg != dated)
                continue;
            tk = k;
            /* "Will Putin travel ... in August?", "might strike within days": a
               possibility ahead (a base verb; "would have invaded" looks back) */
            int future = mode == DYAD_FUTURE || times[k].relation > 0 ||
                         (mode == DYAD_HYPOTHETICAL && s->tag[s->vg[gi].main] == T_VERB);
            /* (the time of the report that dates it, "said on Monday", is read as
               the report's: past) */
            if (dated != gi && times[k].relation == 0 && (s->tok[s->vg[dated].main].pos & POS_REPORT) &&
                s->vg[dated].finite && !s->vg[dated].future)
                future = 0;
            ei.date = times[k].relation == 0 && future ? times[k].date_future : times[k].date;
            if (times[k].relation > 0)
                ei.date = times[k].date_future;
            ei.date_text = span_text(c, s, times[k].start, times[k].end);
            ei.precision = times[k].precision;
            /* "persuaded Putin to intervene in 2015": a time wholly before the story
               says the infinitive's event took place */
            if (ei.mode == DYAD_FUTURE && before_story(ei.date, ei.precision, c->date))
                ei.mode = mode = DYAD_ASSERTED;
            break;
        }
        /* "next month, when its ministers are to visit Manila": a clause opened by
           ", when" after a time happens at that time */
        if (tk < 0 && !time_of(times, ntimes, gi)) {
            int w = g->start - 1;
            while (w > 0 && s->tok_vgroup[w] < 0 && !is(s, w, W_when) && !is(s, w, W_COMMA))
                w--;
            for (int k = 0; w >= 2 && is(s, w, W_when) && is(s, w - 1, W_COMMA) && k < ntimes; k++)
                if (times[k].end == w - 1) {
                    tk = k;
                    int future = mode == DYAD_FUTURE || times[k].relation > 0;
                    ei.date = future ? times[k].date_future : times[k].date;
                    ei.date_text = span_text(c, s, times[k].start, times[k].end);
                    ei.precision = times[k].precision;
                    break;
                }
        }
        /* "..., a day after Pompeo blamed Tehran": with no time of its own, the
           clause's event is dated from the event it is measured against */
        /* (an infinitive's clause is its governor's: "hours before the Security
           Council voted to tighten sanctions" tightens them on the day it voted) */
        int cgov, cdays, cst, cen;
        if (tk < 0 && (dates_clause_offset(s, gi, &cgov, &cdays, &cst, &cen) ||
                       (g->infinitive && modality_governor(s, gi) >= 0 &&
                        dates_clause_offset(s, modality_governor(s, gi), &cgov, &cdays, &cst, &cen)))) {
            int32_t base = c->date;
            int gd = cgov;
            for (int hop = 0; hop < 3 && gd >= 0 && !time_of(times, ntimes, gd); hop++)
                gd = time_donor(s, gd);
            for (int k = 0; gd >= 0 && k < ntimes; k++)
                if (times[k].vg == gd && times[k].precision == PREC_DAY) {
                    base = times[k].relation > 0 ? times[k].date_future : times[k].date;
                    break;
                }
            ei.date = dy_days_to_ymd(dy_ymd_to_days(base) + cdays);
            ei.date_text = span_text(c, s, cst, cen);
            ei.precision = PREC_DAY;
        }
        ei.verb = span_text(c, s, m.first < g->start ? m.first : (g->vstart >= 0 ? g->vstart : g->main),
                            (m.last + 1 > g->end ? m.last + 1 : (g->vend >= 0 ? g->vend : g->main + 1)));
        if (ellipsis) {
            const dy_vgroup *pg = &s->vg[ellipsis - 1];
            ei.verb = span_text(c, s, m.first < pg->start ? m.first : pg->vstart >= 0 ? pg->vstart : pg->main,
                                m.last + 1 > pg->end ? m.last + 1 : pg->end);
        }
        int symmetric = m.rcode && m.rcode == m.code; /* before an intention drops rcode */
        /* "India and China agreed to pull back troops from the border": what two
           sides agree to do, they agree with each other */
        {
            static const uint16_t agree_verb[] = {W_agree};
            int av = g->infinitive ? modality_governor(s, gi) : -1;
            if (!symmetric && av >= 0 && lemma_in(s, s->vg[av].main, agree_verb, 1))
                symmetric = 1;
        }
        /* "ready to send troops", "agreed to release prisoners": an intention, which
           CAMEO codes as 03x/13x, asserted */
        int gov_intent = g->infinitive && modality_governor(s, gi) >= 0 &&
                         lemma_in(s, s->vg[modality_governor(s, gi)].main, intent_verbs, DY_ARRAY_LEN(intent_verbs));
        /* "Erdogan said Ankara could suspend relations with the UAE": a side that
           says what it could do states an intention (a threat, CAMEO 13x) */
        int said_could = !ellipsis && mode == DYAD_HYPOTHETICAL && cue >= 0 &&
                         (is(s, cue, W_could) || is(s, cue, W_may) || is(s, cue, W_might)) && src >= 0 &&
                         said_by_own_side(s, gi, src, subj);
        if (!ellipsis && ((mode == DYAD_FUTURE && (modality_intent(s, gi) || gov_intent)) || said_could) &&
            m.code != d->null_code) {
            char ic[8];
            if (modality_intent_code(code_str(d, m.code), ic)) {
                /* "told Putin on Sunday that Turkey was ready to host talks": an
                   intention with no time of its own is dated when it was stated */
                int sk = tk;
                for (int k = gi - 1; sk < 0 && k >= 0; k--)
                    if (s->tok[s->vg[k].main].pos & POS_REPORT) {
                        for (int q = 0; q < ntimes; q++)
                            if (times[q].vg == k)
                                sk = q;
                        break;
                    }
                restate(c, &m, &ei, &mode, sk >= 0 ? &times[sk] : NULL, "an intention", ic);
            }
        }
        /* "abandoned efforts to stop the parade": what a verb that made its own
           event gave up is part of that event, not a negated one of its own (a
           refusal is restated below instead) */
        if (!ellipsis && mode == DYAD_NEGATED && cue >= 0 && g->infinitive && modality_governor(s, gi) >= 0 &&
            cue == s->vg[modality_governor(s, gi)].main && vg_code[modality_governor(s, gi)] &&
            !modality_is_refusal(s, cue)) {
            tracef(c, "    no event: given up in the %s event of \"%s\"\n", code_str(d, vg_code[modality_governor(s, gi)]),
                   span_text(c, s, s->vg[modality_governor(s, gi)].start, s->vg[modality_governor(s, gi)].end));
            continue;
        }
        /* "refused to release the hostages", "declined to meet": a refusal, which
           CAMEO codes as 12x, asserted */
        if (!ellipsis && mode == DYAD_NEGATED && cue >= 0 && g->infinitive && m.code != d->null_code &&
            modality_is_refusal(s, cue)) {
            char rc[8];
            /* (CAMEO 127 rejects a plan or agreement to settle a dispute; refusing
               to sign any other deal, "refused to sign an association agreement
               with the EU", is a plain rejection, 120) */
            static const uint16_t settle[] = {W_peace, W_ceasefire, W_cease_fire, W_truce, W_settlement,
                                              W_armistice, W_accord};
            if (modality_refusal_code(code_str(d, m.code), rc)) {
                if (streq(rc, "127")) {
                    int found = 0;
                    for (int k = g->end; k < hi && k < g->end + 10 && !found; k++)
                        found = sent_tok_in(s, k, settle, DY_ARRAY_LEN(settle));
                    if (!found)
                        snprintf(rc, sizeof rc, "120");
                }
                restate(c, &m, &ei, &mode, tk >= 0 ? &times[tk] : NULL, "a refusal", rc);
            }
        }
        ei.pattern = m.pattern;
        ei.verb_entry = verb_entry;
        ei.issues = issues;
        int srcs[MAX_EXPAND], tgts[MAX_EXPAND];
        int ns = no_source ? 1 : expand(s, src, srcs, MAX_EXPAND), nt = expand(s, tgt, tgts, MAX_EXPAND);
        /* a target that names nobody ("met ... for talks between the two countries"
           with no pair to refer to) is no target: the compound subject may still
           act on itself */
        if (nt == 1 && tgts[0] >= 0 && !s->m[tgts[0]].code[0])
            nt = 0;
        /* "Both leaders agreed to exchange all remaining prisoners": a pair doing
           what the pattern codes the same both ways, to people of no country, does
           it to each other */
        if (nt == 1 && ns >= 2 && tgts[0] >= 0 && symmetric && !s->m[tgts[0]].actor &&
            !s->m[tgts[0]].pronoun && starts_with(s->m[tgts[0]].code, "---"))
            nt = 0;
        /* "Mali, Burkina Faso and Niger announced that they were withdrawing": a
           "they" that stands for the subject's own members is no other side */
        /* ("delayed their meeting" is each one's with the other: a possessive
           keeps them) */
        if (nt >= 2 && tgts[0] <= -2 && ns >= 1 && srcs[0] >= 0 && s->tag[s->m[tgt].start] == T_PRON) {
            const dy_mention *t = &s->m[tgt];
            int own = 0;
            for (int k = 0; k < t->npair && !own; k++)
                own = t->pair_actor[k] == s->m[srcs[0]].actor;
            if (own)
                nt = 0;
        }
        /* "Trump and Putin met ... at a military base in Anchorage": a place of no
           country is where a compound subject met, not whom */
        if (nt == 1 && ns >= 2 && tgts[0] >= 0 && starts_with(s->m[tgts[0]].code, "---") &&
            s->m[tgts[0]].start > 0 && (is(s, s->m[tgts[0]].start - 1, W_at) || is(s, s->m[tgts[0]].start - 1, W_in)) &&
            lemma_in(s, g->main, reciprocal_verbs, DY_ARRAY_LEN(reciprocal_verbs)))
            nt = 0;
        /* "talks in Doha mediated by Qatar and Turkey": the place of the talks
           is where the mediators act, not on whom; they act on the sides of the
           event the sentence told (below) */
        if (nt == 1 && tgts[0] >= 0 && m.code != d->null_code && streq(code_str(d, m.code), "045") &&
            (s->m[tgts[0]].locative ||
             (s->m[tgts[0]].start > 0 && (is(s, s->m[tgts[0]].start - 1, W_in) || is(s, s->m[tgts[0]].start - 1, W_at)))) &&
            mediated_event(c)) {
            tracef(c, "    the place of the mediated talks is no side\n");
            nt = 0;
        }
        char place[4];
        place_country(s, place);
        /* "Putin and Erdogan met": with no target, each actor of a compound subject
           is the other's target */
        /* ... and so does a pattern whose code is the same both ways ("began joint
           naval exercises" [062:062]) */
        int reciprocal = nt == 0 && ns >= 2 &&
                         (lemma_in(s, g->main, reciprocal_verbs, DY_ARRAY_LEN(reciprocal_verbs)) || symmetric ||
                          between);
        /* a target the sentence implies without naming it as the object: the place
           of a claimed attack, the other side of the sentence before */
        int one_sided = 0, implied = 0;
        char implied_tc[MAX_CODE], implied_tc2[MAX_CODE];
        const char *implied_ref = NULL, *implied_ref2 = NULL;
        /* "claimed responsibility for the bombings ... in the Iranian city of
           Kerman": a claim's target is where the attack took place */
        /* (and so is the target of a chemical or nuclear attack: "used chemical
           weapons in Mariupol") */
        /* (and the target of an attack on no one named, in another country than
           the attacker's: "al-Shabaab militants attacked the Westgate shopping mall
           in Nairobi" KEN) */
        /* (a place in a clause that follows, "if the United States built its
           shield in Poland", is not where the attack is) */
        int attack_there = 0;
        char here[4];
        {
            int ce = g->end;
            while (ce < s->ntok && s->tag[ce] != T_SCONJ && !sent_tok_w(s, ce, W_SEMI))
                ce++;
            place_country_before(s, ce, here);
        }
        if (nt == 0 && !reciprocal && place[0] && here[0] && m.code != d->null_code && ns >= 1 && srcs[0] >= 0 &&
            (root_of(code_str(d, m.code)) == 18 || root_of(code_str(d, m.code)) == 19) && !passive && g->finite) {
            const char *sc0 = s->m[srcs[0]].code;
            attack_there = strlen(sc0) >= 3 && !starts_with(sc0, "---") && strncmp(sc0, place, 3) && dy_is_upper(sc0[0]);
        }
        static const uint16_t resign_verb[] = {W_resign};
        int claim = nt == 0 && !reciprocal && place[0] && m.code != d->null_code &&
                    (streq(code_str(d, m.code), "015") || attack_there ||
                     starts_with(code_str(d, m.code), "204"));
        if (nt == 0 && !reciprocal && joined >= 0) {
            const dyad_event *je = &((const dyad_event *)c->events.p)[joined];
            dy_strlcpy(implied_tc, je->target, sizeof implied_tc);
            implied_ref = je->target_ref ? je->target_ref : je->target_text;
            tracef(c, "    the target of the side's %s before: %s\n", je->code, implied_tc);
            implied = 1;
        } else if (nt == 0 && !reciprocal && ns >= 1 && srcs[0] >= 0 && m.code != d->null_code &&
                   (streq(code_str(d, m.code), "0831") ||
                    (streq(code_str(d, m.code), "083") && lemma_in(s, g->main, resign_verb, 1))) &&
                   protest_before(c, index, s->m[srcs[0]].code) >= 0 && dict_find_evcode(d, "0831", 4)) {
            /* "Protesters set fire to Nepal's parliament ..., hours after Prime
               Minister Oli resigned": a leader who resigns as his country's
               protesters rise accedes to their demand for a change of leader
               (0831 on them; "Rajapaksa would resign" too) */
            m.code = dict_find_evcode(d, "0831", 4);
            const dyad_event *pe = &((const dyad_event *)c->events.p)[protest_before(c, index, s->m[srcs[0]].code)];
            dy_strlcpy(implied_tc, pe->source, sizeof implied_tc);
            implied_ref = pe->source_ref ? pe->source_ref : pe->source_text;
            tracef(c, "    a resignation as the protesters rise: its target is %s\n", implied_tc);
            implied = 1;
        } else if (nt == 0 && !reciprocal && denounced >= 0) {
            const dyad_event *de = &((const dyad_event *)c->events.p)[denounced];
            dy_strlcpy(implied_tc, de->source, sizeof implied_tc);
            if (sector_is(implied_tc, "MIL") && dy_is_upper(implied_tc[0]) &&
                !starts_with(implied_tc, "---"))
                implied_tc[3] = 0; /* a state's forces' attack is denounced on the state */
            implied_ref = de->source_ref ? de->source_ref : de->source_text;
            tracef(c, "    the attack denounced is the %s before: its attacker %s\n", de->code, implied_tc);
            implied = 1;
        } else if (claim) {
            dy_strlcpy(implied_tc, place, sizeof implied_tc);
            tracef(c, "    a claim of responsibility: its target is the place, %s\n", place);
            implied = 1;
        } else if (nt == 0 && !reciprocal) {
            /* "a prisoner exchange mediated by Qatar", "a deal brokered by China":
               the mediator acts on both sides of the event it mediated */
            const dyad_event *me = m.code != d->null_code && streq(code_str(d, m.code), "045")
                                       ? mediated_event(c)
                                       : NULL;
            if (me) {
                dy_strlcpy(implied_tc, me->source, sizeof implied_tc);
                dy_strlcpy(implied_tc2, me->target, sizeof implied_tc2);
                implied_ref = me->source_ref ? me->source_ref : me->source_text;
                implied_ref2 = me->target_ref ? me->target_ref : me->target_text;
                tracef(c, "    mediation: its targets are the two sides, %s and %s\n", implied_tc, implied_tc2);
                implied = 2;
            } else if (ns >= 1 && !no_source && prior_partner(c, s, src, srcs[0], &ei, m.code, implied_tc, sizeof implied_tc, &implied_ref)) {
                tracef(c, "    no target in the sentence: %s, the other side of the sentence before\n", implied_tc);
                implied = 1;
            } else if (ns >= 1 && !no_source && domestic_measure(code_str(d, m.code)) &&
                       strlen(s->m[src].code) >= 3 && dy_is_upper(s->m[src].code[0]) &&
                       !starts_with(s->m[src].code, "---") && !starts_with(s->m[src].code, "IGO") &&
                       !is_region(s->m[src].code)) {
                /* "Yoon declared martial law": a curfew, a state of emergency or
                   martial law, imposed or lifted, is on the source's own country */
                snprintf(implied_tc, sizeof implied_tc, "%.3s", s->m[src].code);
                tracef(c, "    a measure at home: its target is %s\n", implied_tc);
                implied = 1;
            } else if (!c->one_sided) {
                tracef(c, "    no event: no target actor\n");
                continue;
            } else
                one_sided = 1;
        }
        for (int i = 0; i < ns; i++) {
            char sc[MAX_CODE];
            const char *st, *sref;
            if (no_source) {
                sc[0] = 0;
                st = "";
                sref = NULL;
            } else
                code_of(d, s, src, srcs[i], ei.date, sc, sizeof sc, &st, &sref, c);
            if (!sc[0] && !no_source)
                continue;
            int n2 = reciprocal ? ns : implied ? implied : one_sided ? 1 : nt;
            for (int j = 0; j < n2; j++) {
                char tc[MAX_CODE];
                const char *tt = "", *tref = NULL;
                if (one_sided)
                    tc[0] = 0;
                else if (implied) {
                    dy_strlcpy(tc, j ? implied_tc2 : implied_tc, sizeof tc);
                    tref = j ? implied_ref2 : implied_ref;
                }
                else if (reciprocal) {
                    if (j == i)
                        continue;
                    /* (the members of a nested list act with the outer member, not
                       with each other: "Netanyahu and the foreign ministers of the
                       UAE and Bahrain signed agreements") */
                    if (srcs[i] >= 0 && srcs[j] >= 0 && s->m[srcs[i]].nest &&
                        s->m[srcs[i]].nest == s->m[srcs[j]].nest)
                        continue;
                    code_of(d, s, src, srcs[j], ei.date, tc, sizeof tc, &tt, &tref, c);
                } else
                    code_of(d, s, tgt, tgts[j], ei.date, tc, sizeof tc, &tt, &tref, c);
                if (taken_place && strlen(tc) > 3)
                    tc[3] = 0; /* the place, not its government */
                if (deny_country && strlen(tc) > 3 && dy_is_upper(tc[0]))
                    tc[3] = 0;
                /* "Israel began releasing 1,027 Palestinian prisoners", "released 49
                   Turkish hostages": captives a foreign side frees are freed to their
                   country, as "released five detained Americans" (USA); and so are
                   those it holds or takes (173, 181) */
                {
                    static const uint16_t captives[] = {W_prisoner, W_prisoners, W_hostage, W_hostages,
                                                        W_detainee, W_detainees, W_captive, W_captives};
                    if (!(d->flags & DICT_PETRARCH_STYLE) && !implied && !reciprocal && !one_sided && m.code != d->null_code &&
                        (streq(code_str(d, m.code), "0841") || streq(code_str(d, m.code), "181") ||
                         streq(code_str(d, m.code), "173")) &&
                        tgts[j] >= 0 && sector_is(tc, "CVL") &&
                        dy_is_upper(tc[0]) && !starts_with(tc, "---") && !is_region(tc) && strlen(sc) >= 3 &&
                        strncmp(sc, tc, 3) && sent_tok_in(s, s->m[tgts[j]].end - 1, captives, DY_ARRAY_LEN(captives))) {
                        tc[3] = 0;
                        tracef(c, "    %s: captives freed by a foreign side, to their country\n", tc);
                    }
                }
                if ((!tc[0] && !one_sided) || !strcmp(sc, tc))
                    continue;
                /* "Iran's morality police and several senior officials": a role with
                   no country, listed with an actor of one, shares it */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided) {
                    if (starts_with(tc, "---") && tc[3] && coord_country[0] && !implied) {
                        memcpy(tc, coord_country, 3);
                        tracef(c, "    %s: the country the attack before hit\n", tc);
                    }
                    /* ("Taliban fighters attacked the city of Ghazni. They overran the
                       police headquarters": and so does the same side's next attack,
                       told in the next sentence) */
                    int rr = m.code != d->null_code ? root_of(code_str(d, m.code)) : 0;
                    if (starts_with(tc, "---") && tc[3] && !implied && rr >= 18 && rr <= 20 && index > 0) {
                        const dyad_event *all = c->events.p;
                        for (size_t q = c->events.n; q-- > 0 && all[q].sentence >= index - 1;) {
                            const dyad_event *o = &all[q];
                            int orr = root_of(o->code);
                            if (o->sentence != index - 1 || strcmp(o->source, sc) || orr < 18 || orr > 20 ||
                                strlen(o->target) < 3 || starts_with(o->target, "---") || !dy_is_upper(o->target[0]) ||
                                is_region(o->target) || starts_with(o->target, "IGO") || starts_with(o->target, "NGO"))
                                continue;
                            memcpy(tc, o->target, 3);
                            tracef(c, "    %s: the country the same side's attack in the sentence before hit\n", tc);
                            break;
                        }
                    }
                    if (starts_with(tc, "---") && tc[3])
                        share_country(d, s, tgt, tgts, nt, j, ei.date, tc, c);
                    if (starts_with(sc, "---") && sc[3])
                        share_country(d, s, src, srcs, ns, i, ei.date, sc, c);
                    if (!strcmp(sc, tc))
                        continue;
                }
                /* "Ukrainian drones struck an oil refinery in Russia's Volgograd
                   region": a role with no country, placed by the phrase that follows
                   it, is of that place's country, whoever acts on it */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && !implied && tgt >= 0 &&
                    tgts[j] >= 0 && starts_with(tc, "---") && tc[3]) {
                    const dy_mention *tm = &s->m[tgts[j]];
                    int pe = tm->end;
                    if (pe + 1 < s->ntok && (is(s, pe, W_in) || is(s, pe, W_near)) && s->tok_mention[pe + 1] >= 0) {
                        const dy_mention *pm = &s->m[s->tok_mention[pe + 1]];
                        uint32_t pty = pm->actor ? D_ACTORS(d)[pm->actor].type : 0;
                        if (pm->start == pe + 1 && !pm->agent && pm->actor &&
                            (pty == ATYPE_STATE || pty == ATYPE_PLACE || pty == ATYPE_METONYM) && strlen(pm->code) >= 3 &&
                            dy_is_upper(pm->code[0]) && !starts_with(pm->code, "---") && !is_region(pm->code) &&
                            !starts_with(pm->code, "IGO")) {
                            memcpy(tc, pm->code, 3);
                            tracef(c, "    %s: the country of the place it is in\n", tc);
                        }
                    }
                }
                /* "police arrested dozens of protesters in Tbilisi": a role with no
                   country belongs to the country the sentence places it in */
                /* ... when the other side is of that country too, or has none: a
                   domestic event ("gunmen assassinated the Haitian president") */
                if (!(d->flags & DICT_PETRARCH_STYLE) && place[0]) {
                    int sb = starts_with(sc, "---") && sc[3], tb = starts_with(tc, "---") && tc[3];
                    if ((sb && (tb || !strncmp(tc, place, 3))) || (tb && !strncmp(sc, place, 3))) {
                        if (sb)
                            memcpy(sc, place, 3);
                        if (tb)
                            memcpy(tc, place, 3);
                    }
                    if (!strcmp(sc, tc))
                        continue;
                }
                /* "France will withdraw its troops from Mali": the troops withdraw
                   (FRAMIL), as "French troops will withdraw" would */
                if (!(d->flags & DICT_PETRARCH_STYLE) && strlen(sc) == 3 && m.code != d->null_code &&
                    (streq(code_str(d, m.code), "0874") || streq(code_str(d, m.code), "0873")) &&
                    g->end < s->ntok && s->tok_mention[g->end] >= 0) {
                    const char *oc = s->m[s->tok_mention[g->end]].code;
                    if (!strncmp(oc, sc, 3) && sector_is(oc, "MIL")) {
                        memcpy(sc + 3, "MIL", 4);
                        tracef(c, "    %s: its own forces withdraw\n", sc);
                    }
                }
                /* "Mali, Burkina Faso and Niger are withdrawing from ECOWAS", "the
                   US withdrew from the WHO": a state that leaves an organisation
                   (an IGO named right after "from") cuts its ties to it (161), it
                   does not retreat militarily (0874); its forces still do */
                if (!(d->flags & DICT_PETRARCH_STYLE) && m.code != d->null_code &&
                    streq(code_str(d, m.code), "0874") && starts_with(tc, "IGO") && j < nt && tgts[j] >= 0 &&
                    s->m[tgts[j]].start > 0 && is(s, s->m[tgts[j]].start - 1, W_from) &&
                    !(sector_is(sc, "MIL"))) {
                    recode(c, &m, "161", "leaving an organisation");
                }
                /* "India banned TikTok and 58 other Chinese mobile apps": a ban on
                   the goods, apps or firms of another country (a country named only
                   as a modifier of the thing banned) is an embargo or boycott (163),
                   not the administrative sanctions of 172, which restrict people's
                   political freedoms */
                if (!(d->flags & DICT_PETRARCH_STYLE) && m.code != d->null_code && !m.pattern &&
                    streq(code_str(d, m.code), "172") && j < nt && tgts[j] >= 0 && s->m[tgts[j]].weak &&
                    strlen(tc) >= 3 && strlen(sc) >= 3 && dy_is_upper(tc[0]) && dy_is_upper(sc[0]) &&
                    !starts_with(tc, "---") && !starts_with(tc, "IGO") && strncmp(sc, tc, 3)) {
                    static const uint16_t ban_verbs[] = {W_ban, W_prohibit, W_forbid, W_outlaw, W_bar};
                    if (lemma_in(s, g->main, ban_verbs, DY_ARRAY_LEN(ban_verbs)))
                        recode(c, &m, "163", "a ban on another country's goods");
                }
                /* "Venezuela did not allow the aid in, and security forces fired tear
                   gas at protesters": a state's forces of no named country, acting on
                   its people, are those of the state the sentence opens with */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && starts_with(sc, "---") &&
                    (sector_is(sc, "MIL") || sector_is(sc, "COP")) && starts_with(tc, "---") &&
                    (sector_is(tc, "OPP") || sector_is(tc, "CVL")) && s->nvg > 0 && subj[0] >= 0 && subj[0] != src) {
                    const dy_mention *o = &s->m[subj[0]];
                    if (o->actor && !o->agent && D_ACTORS(d)[o->actor].type == ATYPE_STATE && strlen(o->code) == 3 &&
                        dy_is_upper(o->code[0]) && !is_region(o->code)) {
                        memcpy(sc, o->code, 3);
                        tracef(c, "    %s: the forces of the state the sentence opens with\n", sc);
                    }
                }
                /* "Omar al-Bashir was ousted and arrested by the army": forces of no
                   named country that arrest (173) a country's politician are that
                   country's, as arrests are made at home */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && starts_with(sc, "---") &&
                    (sector_is(sc, "MIL") || sector_is(sc, "COP")) && strlen(tc) == 6 && !starts_with(tc, "---") &&
                    dy_is_upper(tc[0]) && !is_region(tc) && !starts_with(tc, "IGO") &&
                    (streq(tc + 3, "GOV") || streq(tc + 3, "OPP") || streq(tc + 3, "LEG") ||
                     streq(tc + 3, "JUD")) &&
                    m.code != d->null_code && streq(code_str(d, m.code), "173")) {
                    memcpy(sc, tc, 3);
                    tracef(c, "    %s: forces arresting a politician of their own country\n", sc);
                }
                /* "Myanmar security forces opened fire on protesters": the forces of
                   a state act on the people of their own country, when no other
                   is named */
                /* (and so do its police, courts, security services and government
                   on its journalists, businesses, parties and unions: "Hong Kong
                   police arrested media tycoon Jimmy Lai", "Thailand's court
                   dissolved the opposition party") */
                /* (not a place taken: "its forces had captured the village of
                   Krasnohorivka" is territory occupied, 192, most often another's) */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && starts_with(tc, "---") &&
                    domestic_role(tc + 3) && strlen(sc) == 6 && !starts_with(sc, "---") && state_force(sc + 3) &&
                    dy_is_upper(sc[0]) && !is_region(sc) &&
                    !(m.code != d->null_code && streq(code_str(d, m.code), "192"))) {
                    memcpy(tc, sc, 3);
                    tracef(c, "    %s: the people of the forces' own country\n", tc);
                }
                /* ... and the people of a country act at home on its government,
                   parliament, courts or police when these name no country ("Hong Kong
                   residents marched against the government"; soldiers may be
                   foreign: "Serb protesters ... injuring 30 soldiers" of NATO) */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && starts_with(tc, "---") &&
                    (streq(tc + 3, "GOV") || streq(tc + 3, "LEG") || streq(tc + 3, "JUD") ||
                     streq(tc + 3, "COP")) && strlen(sc) == 6 && !starts_with(sc, "---") &&
                    (domestic_role(sc + 3) || (streq(sc + 3, "LEG") && streq(tc + 3, "GOV"))) &&
                    dy_is_upper(sc[0]) && !is_region(sc)) {
                    /* (and so does its parliament on its government: "British lawmakers
                       rejected a government motion" GBRLEG GBRGOV) */
                    memcpy(tc, sc, 3);
                    tracef(c, "    %s: the state of the people's own country\n", tc);
                }
                /* ... and people of no named country who act on a country's
                   parliament, courts or police are its people ("protesters stormed
                   the Kenyan parliament"); on its government only in a place of
                   that country ("protesters packed Cairo's Tahrir Square, demanding
                   that President Hosni Mubarak step down"), and never on its
                   embassy ("protesters stormed the U.S. embassy in Baghdad") */
                static const uint16_t missions[] = {W_embassy, W_embassies, W_consulate, W_consulates, W_mission};
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && !implied &&
                    starts_with(sc, "---") && (sector_is(sc, "OPP") || sector_is(sc, "CVL")) && strlen(tc) == 6 &&
                    !starts_with(tc, "---") &&
                    (streq(tc + 3, "LEG") || streq(tc + 3, "JUD") || streq(tc + 3, "COP") ||
                     (streq(tc + 3, "GOV") && placed_in(d, s, tc) && tgts[j] >= 0 &&
                      !sent_tok_in(s, s->m[tgts[j]].end - 1, missions, DY_ARRAY_LEN(missions)))) &&
                    dy_is_upper(tc[0]) && !is_region(tc)) {
                    memcpy(sc, tc, 3);
                    tracef(c, "    %s: the people of the country of the state they act on\n", sc);
                }
                /* ... and those who act on a foreign mission are the people of the
                   country it stands in ("protesters set fire to the Swedish embassy
                   in Baghdad" IRQOPP) */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && !implied &&
                    starts_with(sc, "---") && (sector_is(sc, "OPP") || sector_is(sc, "CVL")) && strlen(tc) >= 3 &&
                    !starts_with(tc, "---") && dy_is_upper(tc[0]) && tgts[j] >= 0 &&
                    sent_tok_in(s, s->m[tgts[j]].end - 1, missions, DY_ARRAY_LEN(missions)) && place[0] &&
                    strncmp(place, tc, 3) && !is_region(place)) {
                    memcpy(sc, place, 3);
                    tracef(c, "    %s: the people of the country the mission stands in\n", sc);
                }
                /* "Putin led Russia", "Iraqi forces recaptured Mosul", "blew up the
                   office in Kaesong": the source's own country, named as a state or
                   a place, is where it acts, not whom it acts on */
                /* (its rebels and insurgents do act on it: "M23 rebels seized Goma") */
                /* (but a state's chemical attack on its own country is one) */
                if (!(d->flags & DICT_PETRARCH_STYLE) && strlen(tc) == 3 && strlen(sc) > 3 && !strncmp(sc, tc, 3) &&
                    dy_is_upper(tc[0]) && state_role(sc + 3) && !taken_place &&
                    !(implied && (starts_with(code_str(d, m.code), "204") || domestic_measure(code_str(d, m.code))))) {
                    tracef(c, "    no event: %s is the source's own country\n", tc);
                    continue;
                }
                /* "talks in Doha mediated by Qatar": a city of the source's own
                   country named as a place is where it acts */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !one_sided && !implied && j < nt &&
                    tgts[j] >= 0 && s->m[tgts[j]].locative && strlen(sc) >= 3 && !strncmp(sc, tc, 3) &&
                    dy_is_upper(sc[0]) && !starts_with(sc, "---") && (strlen(sc) == 3 || state_role(sc + 3))) {
                    /* (the state acting there; its people rallying in their capital do act on it) */
                    tracef(c, "    no event: %s is a place of the source's own country\n", tc);
                    continue;
                }
                /* "Suicide bombers in a small boat rammed the U.S. Navy destroyer USS
                   Cole": armed attackers of no known country (rebels, militants,
                   gunmen, criminals) who commit violence (18x-20x) on a named side
                   are coded with no source, as CAMEO codes an unknown attacker and
                   dyad the passive with no agent */
                if (!(d->flags & DICT_PETRARCH_STYLE) && starts_with(sc, "---") && !starts_with(tc, "---") &&
                    dy_is_upper(tc[0]) && !reciprocal && !implied && mode == DYAD_ASSERTED && m.code != d->null_code &&
                    (streq(sc + 3, "REB") || streq(sc + 3, "CRM") || streq(sc + 3, "UAF") ||
                     streq(sc + 3, "INS")) &&
                    root_of(code_str(d, m.code)) >= 18 && root_of(code_str(d, m.code)) <= 20) {
                    tracef(c, "    %s: attackers of no known country, no source\n", sc);
                    sc[0] = 0;
                    st = "";
                    sref = NULL;
                }
                /* "told senators", "sent rescue teams": a role with no country names
                   no actor, and an event needs two */
                if (!(d->flags & DICT_PETRARCH_STYLE) && ((sc[0] && starts_with(sc, "---")) || starts_with(tc, "---"))) {
                    tracef(c, "    no event: %s is a role with no known country\n", starts_with(sc, "---") ? sc : tc);
                    continue;
                }
                /* "Modi and Xi held an informal summit in Wuhan": a meeting in one
                   side's own country is not at a third location (044), but a
                   meeting (040) */
                uint32_t keep_code = m.code, keep_rcode = m.rcode;
                /* ... but one who travels there to attend it ("the Qatari emir is to
                   attend a Gulf summit in the kingdom") makes a visit (042), which
                   CAMEO codes for all travels */
                static const uint16_t attend_verb[] = {W_attend};
                int travel = lemma_in(s, g->main, attend_verb, 1) ||
                             lemma_in(s, g->main, motion_verbs, DY_ARRAY_LEN(motion_verbs));
                /* "Protesters stormed the official residence", "rioters set fire to
                   the parliament": a crowd's violence is a violent protest, a riot
                   (CAMEO 145), not an armed attack */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !no_source && m.code != d->null_code && srcs[i] >= 0) {
                    static const uint16_t crowd[] = {W_protester, W_demonstrator, W_rioter, W_mob, W_crowd,
                                                     W_marcher};
                    const char *mc = code_str(d, m.code);
                    int rr = root_of(mc);
                    const dy_mention *sm = &s->m[srcs[i]];
                    if ((rr == 18 || (rr == 19 && !streq(mc, "195") && !streq(mc, "196")) || streq(mc, "1712")) &&
                        sm->end > sm->start && lemma_in(s, sm->end - 1, crowd, DY_ARRAY_LEN(crowd)))
                        recode(c, &m, "145", "a crowd's violence");
                }
                /* "Duterte called Obama a son of a whore", "called the attack an act of
                   terror": calling someone a name is no phone call but a denunciation
                   (111), or praise (051) when the name is a kind one */
                if (!(d->flags & DICT_PETRARCH_STYLE) && m.code != d->null_code && !m.pattern && j < nt &&
                    tgts[j] >= 0 && streq(code_str(d, m.code), "041") && (is(s, g->main, W_called) || is(s, g->main, W_calls) ||
                    is(s, g->main, W_calling) || is(s, g->main, W_call))) {
                    int e = s->m[tgts[j]].end;
                    static const uint16_t kind_names[] = {W_friend, W_partner, W_ally, W_hero, W_brother, W_success,
                                                          W_breakthrough, W_model, W_leader, W_champion, W_step};
                    int n1 = e + 1 < s->ntok && s->tok[e + 1].kind == TK_QUOTE ? e + 2 : e + 1; /* a "son of ..." */
                    if (n1 < s->ntok && (is(s, e, W_a) || is(s, e, W_an)) &&
                        (s->tok[n1].pos & (POS_NOUN | POS_ADJ)) && s->tok_mention[n1] < 0) {
                        int k = n1;
                        while (k + 1 < s->ntok && s->tag[k] == T_ADJ)
                            k++;
                        recode(c, &m, sent_tok_in(s, k, kind_names, DY_ARRAY_LEN(kind_names)) ? "051" : "111",
                               "calling a name");
                    }
                }
                /* "French fighter jets fired the first shots of the intervention in
                   Libya ..., destroying several tanks of Muammar Gaddafi's forces": what
                   an attack on a bare country destroyed, told by a participle after a
                   comma, names whom in that country it hit (LBYMIL), and is that
                   attack, not one more */
                {
                    static const uint16_t result_verb[] = {W_destroy, W_damage}; /* (a killing is listed apart: "killing the commander of ...") */
                    if (!(d->flags & DICT_PETRARCH_STYLE) && g->participle && !passive && !g->finite && gi > 0 &&
                        g->start > 0 && is(s, g->start - 1, W_COMMA) && m.code != d->null_code &&
                        root_of(code_str(d, m.code)) >= 17 && strlen(tc) > 3 && dy_is_upper(tc[0]) &&
                        !starts_with(tc, "---") && lemma_in(s, g->main, result_verb, DY_ARRAY_LEN(result_verb))) {
                        dyad_event *all = c->events.p;
                        size_t q = c->events.n;
                        while (q-- > 0 && all[q].sentence == index)
                            if (!all[q].paired && root_of(all[q].code) == 19 && !strcmp(all[q].source, sc) &&
                                strlen(all[q].target) == 3 && !strncmp(all[q].target, tc, 3))
                                break;
                        if (q < c->events.n && all[q].sentence == index) {
                            tracef(c, "    what the attack on %s hit: its target becomes %s, no event of its own\n",
                                   all[q].target, tc);
                            all[q].target = arena_str(c, tc);
                            all[q].target_text = tt;
                            all[q].target_ref = tref;
                            continue;
                        }
                    }
                }
                /* "voted to impose sanctions on North Korea ..., banning the sale of
                   heavy weapons to Pyongyang": a participle that spells out the
                   sanctions just told, by the same side on the same country, is
                   those sanctions, not a second event */
                if (!(d->flags & DICT_PETRARCH_STYLE) && g->participle && !passive && m.code != d->null_code &&
                    (root_of(code_str(d, m.code)) == 16 || starts_with(code_str(d, m.code), "172")) &&
                    strlen(tc) >= 3 && strlen(sc) >= 3) {
                    const dyad_event *all = c->events.p;
                    int same = 0;
                    for (size_t q = c->events.n; q-- > 0 && all[q].sentence == index && !same;)
                        same = !all[q].paired && streq(all[q].code, "163") && !strcmp(all[q].source, sc) &&
                               !strncmp(all[q].target, tc, 3);
                    if (same) {
                        tracef(c, "    no event: the sanctions on %.3s just told, spelt out\n", tc);
                        continue;
                    }
                }
                /* "Turkish F-16s shot down a Russian warplane ..., and Putin called it a
                   stab in the back": "it" denounced after an attack the sentence told
                   is that attack, and its attacker is the target */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !reciprocal && !implied && m.code != d->null_code &&
                    j < nt && tgts[j] >= 0 && root_of(code_str(d, m.code)) == 11 &&
                    s->m[tgts[j]].end - s->m[tgts[j]].start == 1 && is(s, s->m[tgts[j]].start, W_it)) {
                    const dyad_event *all = c->events.p;
                    for (size_t q = c->events.n; q-- > 0 && all[q].sentence == index;)
                        if (!all[q].paired && root_of(all[q].code) >= 18 && all[q].source[0] &&
                            strncmp(all[q].source, sc, 3)) {
                            dy_strlcpy(tc, all[q].source, sizeof tc);
                            if (sector_is(tc, "MIL") && dy_is_upper(tc[0]) && !starts_with(tc, "---"))
                                tc[3] = 0; /* a state's forces' act is denounced on the state */
                            tt = all[q].source_text;
                            tref = all[q].source_ref;
                            tracef(c, "    \"it\" denounced is the %s before: its attacker %s\n", all[q].code, tc);
                            break;
                        }
                }
                /* "Israeli warplanes pounded roads and bridges": fighting from the air
                   is employing aerial weapons, 195 */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !no_source && m.code != d->null_code && srcs[i] >= 0 &&
                    s->m[srcs[i]].agent && streq(code_str(d, m.code), "190")) {
                    const char *an = dict_s(d, D_AGENTS(d)[s->m[srcs[i]].agent].name);
                    if (streq(an, "warplane") || streq(an, "drone") || streq(an, "airstrike") ||
                        streq(an, "military helicopter"))
                        recode(c, &m, "195", "an attack from the air");
                }
                /* "Spanish riot police charged crowds of voters": police charging people
                   (not with a crime) disperse them by force, 175 */
                if (!(d->flags & DICT_PETRARCH_STYLE) && m.code != d->null_code && !m.pattern && j < nt &&
                    tgts[j] >= 0 && (sector_is(sc, "COP") || sector_is(sc, "MIL")) &&
                    (sector_is(tc, "CVL") || sector_is(tc, "OPP")) &&
                    (is(s, g->main, W_charged) || is(s, g->main, W_charging) || is(s, g->main, W_charge))) {
                    int e = s->m[tgts[j]].end;
                    if (!(e < s->ntok && (is(s, e, W_with) || is(s, e, W_for))))
                        recode(c, &m, "175", "police charging people");
                }
                /* "American troops captured Saddam Hussein": people captured are
                   detained (173), not territory occupied (192); "Hezbollah
                   guerrillas captured two Israeli soldiers": taken by an armed group
                   that is no authority, they are abducted (181) */
                if (!(d->flags & DICT_PETRARCH_STYLE) && !no_source && !one_sided && !implied && !reciprocal &&
                    m.code != d->null_code && j < nt && tgts[j] >= 0) {
                    const char *mc = code_str(d, m.code);
                    const dy_mention *tm = &s->m[tgts[j]];
                    size_t sl = strlen(sc);
                    int armed_group = sl == 6 && (streq(sc + 3, "REB") || streq(sc + 3, "INS") ||
                                                  streq(sc + 3, "SEP") || streq(sc + 3, "CRM"));
                    static const uint16_t folk[] = {W_soldier, W_troop, W_civilian, W_journalist, W_reporter,
                                                    W_worker, W_tourist, W_hostage, W_activist, W_sailor, W_marine,
                                                    W_officer, W_policeman, W_diplomat, W_citizen, W_national,
                                                    W_people, W_child, W_student, W_crew, W_fisherman, W_pilot};
                    /* (not "recaptured the city from Islamic State fighters": whom it was taken from) */
                    int people = ((tm->actor && D_ACTORS(d)[tm->actor].type == ATYPE_PERSON) ||
                                  (tm->end > tm->start && lemma_in(s, tm->end - 1, folk, DY_ARRAY_LEN(folk)))) &&
                                 !(tm->start > 0 && is(s, tm->start - 1, W_from));
                    const char *to = NULL;
                    if (streq(mc, "192") && people)
                        to = armed_group ? "181" : "173";
                    else if (streq(mc, "173") && armed_group)
                        to = "181";
                    if (to)
                        recode(c, &m, to, armed_group ? "people taken by an armed group" : "people captured");
                }
                if (place[0] && m.code != d->null_code && streq(code_str(d, m.code), "044") &&
                    (!strncmp(sc, place, 3) || !strncmp(tc, place, 3))) {
                    int visit = travel && !strncmp(tc, place, 3) && strncmp(sc, place, 3);
                    uint32_t mc = dict_find_evcode(d, visit ? "042" : "040", 3);
                    if (mc) {
                        tracef(c, "    in %s, one side's own country: 044 becomes %s\n", place, visit ? "042" : "040");
                        if (m.rcode == m.code)
                            m.rcode = visit ? dict_find_evcode(d, "043", 3) : mc;
                        m.code = mc;
                    }
                }
                if (m.code != d->null_code) {
                    ei.code = m.code;
                    if (emit_split(c, &ei, sc, tc, st, tt, sref, tref))
                        return;
                    vg_code[gi] = m.code;
                }
                if (m.rcode && !reciprocal && tc[0] && sc[0]) {
                    ei.code = m.rcode;
                    ei.paired = 1;
                    int rc2 = emit_split(c, &ei, tc, sc, tt, st, tref, sref);
                    ei.paired = 0;
                    if (rc2)
                        return;
                }
                m.code = keep_code;
                m.rcode = keep_rcode;
            }
            /* "will hold talks with Putin during a visit to Russia": a meeting held
               on a visit names the visit too (042), with the same source, mode and
               date */
            int vt = m.code != d->null_code && root_of(code_str(d, m.code)) == 4 && !is_visit(d, m.code)
                         ? visit_during(s, g->end, hi)
                         : -1;
            uint32_t v42 = vt >= 0 ? dict_find_evcode(d, "042", 3) : 0;
            if (v42 && s->m[vt].code[0]) {
                char tc[MAX_CODE];
                const char *tt = "", *tref = NULL;
                code_of(d, s, vt, vt, ei.date, tc, sizeof tc, &tt, &tref, c);
                if (tc[0] && strcmp(sc, tc) && strncmp(sc, tc, 3) && !starts_with(tc, "---") && sc[0]) {
                    uint32_t keep = ei.code;
                    ei.code = v42;
                    tracef(c, "    held on a visit: the visit is an event too\n");
                    if (emit_split(c, &ei, sc, tc, st, tt, sref, tref))
                        return;
                    ei.code = keep;
                }
            }
            /* "will visit Ankara on Monday for talks with Erdogan": the purpose
               names a second event, with the same source, mode and date */
            const char *ncode = NULL;
            int with = m.code != d->null_code && is_visit(d, m.code) ? purpose_talks(s, g->end, hi, &ncode) : -1;
            uint32_t nid = with >= 0 ? dict_find_evcode(d, ncode, strlen(ncode)) : 0;
            if (nid) {
                int wt[MAX_EXPAND];
                int nw = expand(s, with, wt, MAX_EXPAND);
                /* "arrive in Shanghai on Wednesday before talks with Xi in Beijing on
                   Friday": the talks have a time of their own */
                evinfo pe = ei;
                for (int k = 0; k < ntimes; k++) {
                    int w_end = s->m[with].end;
                    if (times[k].start < w_end || times[k].start > w_end + 3)
                        continue;
                    int cut = 0;
                    for (int j = w_end; j < times[k].start; j++)
                        cut |= s->tok_vgroup[j] >= 0 || s->tag[j] == T_PUNCT;
                    if (!cut && times[k].precision == PREC_DAY) {
                        pe.date = mode == DYAD_FUTURE ? times[k].date_future : times[k].date;
                        pe.date_text = span_text(c, s, times[k].start, times[k].end);
                    }
                    break;
                }
                for (int j = 0; j < nw; j++) {
                    char tc[MAX_CODE];
                    const char *tt = "", *tref = NULL;
                    code_of(d, s, with, wt[j], ei.date, tc, sizeof tc, &tt, &tref, c);
                    if (!tc[0] || !strcmp(sc, tc) || starts_with(tc, "---") || starts_with(sc, "---"))
                        continue;
                    pe.code = nid;
                    pe.paired = 0;
                    tracef(c, "    the purpose \"%s\" is an event too\n", ncode);
                    if (emit_split(c, &pe, sc, tc, st, tt, sref, tref))
                        return;
                }
            }
            /* "Egypt and Ethiopia failed to reach an agreement ... at talks in
               Kinshasa": the talks the pair held are an event of their own,
               whatever came of them (046 each way, asserted) */
            uint32_t tid = ns >= 2 && m.code != d->null_code && root_of(code_str(d, m.code)) <= 5 && talks_held(s, g->end, hi)
                               ? dict_find_evcode(d, "046", 3)
                               : 0;
            for (int j = 0; tid && j < ns; j++) {
                char tc[MAX_CODE];
                const char *tt = "", *tref = NULL;
                if (j == i)
                    continue;
                code_of(d, s, src, srcs[j], ei.date, tc, sizeof tc, &tt, &tref, c);
                if (!tc[0] || !strcmp(sc, tc) || starts_with(tc, "---") || starts_with(sc, "---"))
                    continue;
                evinfo te = ei;
                te.code = tid;
                te.mode = DYAD_ASSERTED;
                te.paired = 0;
                tracef(c, "    the talks they held are an event too\n");
                if (emit_split(c, &te, sc, tc, st, tt, sref, tref))
                    return;
            }
        }
    }
    if (noun_events(c, s, index, times, ntimes, issues, subj) || nominal_events(c, s, index))
        return;
    if (!any_verb)
        tracef(c, "  no event: no verb of the dictionary in this sentence\n");
    sr->nevents = (int)(c->events.n - events_before);
}

/* "in protest at Israel's bombardment of Gaza", "in response to London's expulsion
   of Russian diplomats": an actor's deed named by a noun, after a preposition
   that gives a reason or a time, with its target after "of" or "on", happened
   (asserted, undated). Not the object of a verb ("condemned Russia's invasion of
   Ukraine" is what was condemned, "join Israel's strikes" a hypothesis). */
static int nominal_events(struct dyad_coder *c, const dy_sent *s, int index)
{
    static const struct {
        uint16_t noun;
        const char *code;
    } deed[] = {{W_bombardment, "195"}, {W_bombing, "195"},     {W_airstrikes, "195"}, {W_strikes, "195"},
                {W_shelling, "194"},    {W_expulsion, "174"},  {W_expulsions, "174"}, {W_blockade, "191"}};
    static const uint16_t preps[] = {W_at, W_to, W_over, W_after, W_against, W_amid, W_following, W_for};
    const dy_dict *d = c->d;
    for (int k = 0; k < s->nm; k++) {
        const dy_mention *x = &s->m[k];
        int np = x->np, last = x->end - 1;
        if (!x->weak || !x->actor || x->appos >= 0 || np < 0 || s->np[np].prep < 0 ||
            !sent_tok_in(s, s->np[np].prep, preps, DY_ARRAY_LEN(preps)) || last < 1 || s->tag[last - 1] != T_SPOSS ||
            x->end + 1 >= s->ntok || !(is(s, x->end, W_of) || is(s, x->end, W_on)))
            continue;
        const char *code = NULL;
        for (size_t j = 0; j < DY_ARRAY_LEN(deed) && !code; j++)
            if (sent_tok_w(s, last, deed[j].noun))
                code = deed[j].code;
        int y = s->tok_mention[x->end + 1];
        if (!code || y < 0 || y == k)
            continue;
        if (s->m[y].appos >= 0)
            y = s->m[y].appos;
        /* expelling diplomats reduces relations (CAMEO 174's note: 161) */
        static const uint16_t envoy[] = {W_diplomats, W_diplomat, W_ambassador, W_ambassadors, W_envoy, W_envoys};
        if (streq(code, "174") && sent_tok_in(s, s->m[y].end - 1, envoy, DY_ARRAY_LEN(envoy)))
            code = "161";
        char sc[MAX_CODE], tc[MAX_CODE];
        const char *st = "", *tt = "", *sref = NULL, *tref = NULL;
        code_of(d, s, k, k, c->date, sc, sizeof sc, &st, &sref, c);
        code_of(d, s, y, y, c->date, tc, sizeof tc, &tt, &tref, c);
        if (!sc[0] || !tc[0] || !strcmp(sc, tc) || starts_with(sc, "---") || starts_with(tc, "---"))
            continue;
        evinfo ei = evinfo_of(c, index, DYAD_ASSERTED, dict_find_evcode(d, code, strlen(code)), NULL);
        ei.verb = span_text(c, s, x->start, x->end);
        if (!ei.code)
            continue;
        tracef(c, "  the deed \"%s\" of \"%s\" is an event (%s)\n", ei.verb, span_text(c, s, s->m[y].start, s->m[y].end),
               code);
        if (emit_split(c, &ei, sc, tc, st, tt, sref, tref))
            return -1;
    }
    return 0;
}

/* ==== the story ============================================================================ */

#define PIECE_MAX (64 * 1024) /* bytes of a paragraph tokenized at once */

/* How much of a paragraph to read at once: all of it, or up to PIECE_MAX bytes
   ending after a sentence end (else a space, else a whole UTF-8 character). */
static size_t piece_of_paragraph(const char *s, size_t n)
{
    if (n <= PIECE_MAX)
        return n;
    size_t space = 0, before_cap = 0;
    for (size_t k = PIECE_MAX; k > PIECE_MAX / 2; k--) {
        if (s[k] != ' ')
            continue;
        if (s[k - 1] == '.' || s[k - 1] == '?' || s[k - 1] == '!')
            return k + 1;
        if (!before_cap && dy_is_upper(s[k + 1]))
            before_cap = k + 1;
        if (!space)
            space = k + 1;
    }
    if (before_cap)
        return before_cap;
    if (space)
        return space;
    size_t k = PIECE_MAX;
    while (k > 1 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    return k;
}

/* The coreference history keeps a few dozen names, but every sentence adds
   words to its arena: past a megabyte, the live ones move to a fresh arena. */
static int coref_compact(struct dyad_coder *c)
{
    if (c->coref_arena.total < (1u << 20))
        return 0;
    dy_arena fresh;
    dy_arena_init(&fresh);
    const char **texts[COREF_HISTORY + 3];
    int n = 0;
    for (int i = 0; i < c->coref.n; i++)
        texts[n++] = &c->coref.h[i].text;
    texts[n++] = &c->coref.pair[0].text;
    texts[n++] = &c->coref.pair[1].text;
    texts[n++] = &c->coref.speaker.text;
    for (int i = 0; i < n; i++)
        if (*texts[i]) {
            const char *t = dy_arena_strndup(&fresh, *texts[i], strlen(*texts[i]));
            if (!t) {
                dy_arena_free(&fresh);
                return -1;
            }
            *texts[i] = t;
        }
    dy_arena_free(&c->coref_arena);
    c->coref_arena = fresh;
    return 0;
}

/* dyad_code_stream: hands the results so far to the sink and forgets them. */
static int flush_piece(struct dyad_coder *c)
{
    c->res.nsentences = c->sentences.n;
    c->res.sentences = c->sentences.p;
    c->res.nevents = c->events.n;
    c->res.events = c->events.p;
    if (c->res.nsentences || c->res.nevents)
        c->sink_rc = c->sink(c->sink_ctx, &c->res);
    c->res.first_sentence += c->sentences.n;
    c->events.n = 0;
    c->sentences.n = 0;
    dy_arena_reset(&c->arena);
    if (coref_compact(c))
        return DYAD_ENOMEM;
    return c->sink_rc;
}

static void reset(struct dyad_coder *c)
{
    dy_arena_reset(&c->arena);
    dy_arena_reset(&c->coref_arena);
    c->sink_rc = 0;
    c->events.n = 0;
    c->sentences.n = 0;
    coref_reset(&c->coref);
    c->quote_depth = 0;
    c->story_discard = NULL;
    memset(&c->res, 0, sizeof c->res);
    if (c->trace)
        dy_buf_clear(c->trace);
}

/* Cuts a long run of tokens into pieces, preferring commas and semicolons. */
static int piece_end(const char *text, const dy_token *t, int from, int to)
{
    if (to - from <= DYAD_MAX_SENTENCE_TOKENS)
        return to;
    int lim = from + DYAD_MAX_SENTENCE_TOKENS;
    for (int i = lim - 1; i > from + DYAD_MAX_SENTENCE_TOKENS / 2; i--)
        if (t[i].kind == TK_PUNCT && t[i].len == 1 && (text[t[i].off] == ',' || text[t[i].off] == ';'))
            return i + 1;
    /* else before a capitalised word, which more often starts a clause than
       continues one */
    for (int i = lim - 1; i > from + DYAD_MAX_SENTENCE_TOKENS / 2; i--)
        if ((t[i].flags & TF_CAP) && !(t[i - 1].flags & TF_CAP))
            return i;
    return lim;
}

int coder_story(struct dyad_coder *c, int32_t date, const char *text, size_t len)
{
    reset(c);
    c->date = date;
    if (len > DYAD_MAX_STORY) {
        len = DYAD_MAX_STORY;
        /* do not cut inside a UTF-8 sequence */
        while (len && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
        c->res.truncated = 1;
    }
    dy_clean_stats cst;
    if (dy_clean(text, len, &c->scratch, &c->clean, &c->paras, &cst))
        return DYAD_ENOMEM;
    c->res.invalid_utf8 = cst.invalid_utf8;
    int index = 0;
    for (size_t p = 0, off = 0; p < c->paras.n;) {
        const dy_para *para = &DY_VEC_AT(&c->paras, dy_para, p);
        if (off == 0)
            c->quote_depth = 0;
        /* a "paragraph" of megabytes (a PDF's text, a feed without newlines) is read
           in pieces cut after a sentence end, so its tokens take bounded memory */
        const char *ptext = c->clean.p + para->off + off;
        size_t plen = piece_of_paragraph(ptext, para->len - off);
        off += plen;
        if (off >= para->len) {
            p++;
            off = 0;
        }
        dy_arena_reset(&c->para);
        dy_token *toks;
        long nt = dy_tokenize(ptext, plen, &c->para, &toks);
        if (nt < 0)
            return DYAD_ENOMEM;
        if (nt == 0)
            continue;
        lex_tag_tokens(c->d, &c->lexcache, ptext, toks, (size_t)nt);
        dy_split_sentences(ptext, toks, (size_t)nt);
        int st = 0;
        for (int i = 0; i < nt; i++) {
            if (!(toks[i].flags & TF_SENT_END) && i != nt - 1)
                continue;
            int en = i + 1;
            while (st < en) {
                int pe = piece_end(ptext, toks, st, en);
                c->sentence = index;
                code_sentence(c, ptext, toks + st, pe - st, index);
                if (c->arena.oom || c->work.oom || c->events.oom || c->sentences.oom)
                    return DYAD_ENOMEM;
                index++;
                st = pe;
            }
            st = en;
        }
        if (c->sink) {
            /* a story discard phrase drops what follows it */
            if (c->story_discard) {
                c->events.n = 0;
                for (size_t i = 0; i < c->sentences.n; i++)
                    DY_VEC_AT(&c->sentences, dyad_sentence, i).nevents = 0;
                c->res.discard = c->story_discard;
            }
            int rc = flush_piece(c);
            if (rc)
                return rc;
        }
    }
    if (c->story_discard) {
        c->events.n = 0;
        for (size_t i = 0; i < c->sentences.n; i++)
            DY_VEC_AT(&c->sentences, dyad_sentence, i).nevents = 0;
        c->res.discard = c->story_discard;
        tracef(c, "story discarded: \"%s\" is a story discard phrase\n", c->story_discard);
    }
    c->res.nsentences = c->sentences.n;
    c->res.sentences = c->sentences.p;
    c->res.nevents = c->events.n;
    c->res.events = c->events.p;
    return 0;
}

/* ==== lookup ================================================================================ */

static void date_str(int32_t v, char *b, size_t cap)
{
    if (!v)
        snprintf(b, cap, "(open)");
    else
        snprintf(b, cap, "%04d-%02d-%02d", v / 10000, v / 100 % 100, v % 100);
}

int dyad_lookup(struct dyad_coder *c, int32_t date, const char *name, size_t len, const char **report)
{
    reset(c);
    c->date = date;
    dy_buf *out = &c->trace_buf;
    dy_buf_clear(out);
    *report = "";
    dy_clean_stats cst;
    if (dy_clean(name, len, &c->scratch, &c->clean, &c->paras, &cst))
        return DYAD_ENOMEM;
    const dy_dict *d = c->d;
    int found = 0;
    for (size_t p = 0; p < c->paras.n; p++) {
        const dy_para *para = &DY_VEC_AT(&c->paras, dy_para, p);
        const char *ptext = c->clean.p + para->off;
        dy_token *toks;
        long nt = dy_tokenize(ptext, para->len, &c->arena, &toks);
        if (nt <= 0)
            continue;
        if (nt > DYAD_MAX_SENTENCE_TOKENS)
            nt = DYAD_MAX_SENTENCE_TOKENS;
        lex_tag_tokens(d, &c->lexcache, ptext, toks, (size_t)nt);
        dy_sent S;
        memset(&S, 0, sizeof S);
        S.text = ptext;
        S.tok = toks;
        S.ntok = (int)nt;
        S.tag = dy_arena_zalloc(&c->arena, (size_t)nt + 1);
        if (!S.tag)
            return DYAD_ENOMEM;
        mention_units(d, &S, &c->arena, &c->lexcache);
        syntax_tag(d, &S);
        syntax_chunk(&S, &c->arena);
        syntax_verb_groups(d, &S, &c->arena);
        mention_build(d, &S, date, &c->arena);
        if (c->arena.oom)
            return DYAD_ENOMEM;
        for (int k = 0; k < S.nm; k++) {
            const dy_mention *m = &S.m[k];
            if (m->appos >= 0)
                continue;
            found++;
            dy_buf_printf(out, "\"%s\" -> %s\n", span_text(c, &S, m->start, m->end), m->code[0] ? m->code : "(no code)");
            if (m->actor) {
                const dy_actor *a = &D_ACTORS(d)[m->actor];
                const dy_actor_code *which = NULL;
                dict_actor_code_at(d, m->actor, date, &which);
                dy_buf_printf(out, "  entry: %s (%s) %s:%u\n", dict_s(d, a->name), dy_atype_name((int)a->type),
                              dict_s(d, D_FILES(d)[a->file]), a->line);
                if (a->src)
                    dy_buf_printf(out, "  source: %s\n", dict_str(d, a->src));
                const dy_actor_code *ac = D_ACODES(d) + a->codes;
                for (uint32_t j = 0; j < a->ncodes; j++) {
                    char f[16], t[16];
                    date_str(ac[j].from, f, sizeof f);
                    date_str(ac[j].to, t, sizeof t);
                    if (ac[j].from || ac[j].to)
                        dy_buf_printf(out, "  code %s %s..%s%s\n", dict_str(d, ac[j].code), f, t,
                                      which == &ac[j] ? "   <- on this date" : "");
                    else
                        dy_buf_printf(out, "  code %s (any other date)%s\n", dict_str(d, ac[j].code),
                                      which == &ac[j] ? "   <- on this date" : "");
                }
            }
            if (m->agent) {
                const dy_agent *ag = &D_AGENTS(d)[m->agent];
                dy_buf_printf(out, "  role: %s %s%s %s:%u\n", dict_s(d, ag->name), dict_str(d, ag->code),
                              ag->prefix ? " (before the actor's code)" : "", dict_s(d, D_FILES(d)[ag->file]), ag->line);
            }
        }
    }
    if (!found)
        dy_buf_adds(out, "no actor or role found\n");
    if (out->oom)
        return DYAD_ENOMEM;
    *report = out->p ? out->p : "";
    return found;
}
