/*
 * mention.c - dictionary units and actor mentions (see mention.h).
 */
#include "mention.h"

#include <stdio.h>

/* ==== units ======================================================================== */

#define CLOSED_CLASS (POS_DET | POS_PRON | POS_PREP | POS_CONJ | POS_SCONJ | POS_AUX | POS_MODAL | POS_NEG | POS_WH | POS_POSS)

/* Names are written with capitals: an actor phrase needs one capitalised token,
   and a one-word actor that is also a function word ("US", "IS", "WHO") must be
   all capitals, so that "us", "is" and "who" never name an actor. */
static int actor_case_ok(const dy_dict *d, const dy_sent *s, int i, int end)
{
    int cap = 0;
    for (int k = i; k < end; k++)
        if ((s->tok[k].flags & TF_CAP) || s->tok[k].kind == TK_NUM)
            cap = 1;
    if (!cap)
        return 0;
    if (end - i == 1) {
        const dy_token *t = &s->tok[i];
        uint32_t pos = t->word ? D_WORDS(d)[t->word].pos : 0;
        if ((pos & CLOSED_CLASS) && !(t->flags & TF_ALLCAP))
            return 0;
    }
    return 1;
}

/* A child of `node` whose word is a proper prefix (3 letters or more) of the
   token and is marked as a stem. */
static uint32_t stem_match(const dy_dict *d, uint32_t node, const dy_token *t)
{
    if (!t->key || t->keylen < 4 || t->keylen > 40)
        return 0;
    for (uint32_t len = t->keylen - 1; len >= 3; len--) {
        uint32_t w = dict_lookup(d, t->key, len);
        if (!w)
            continue;
        uint32_t child = dict_trie_next(d, node, w);
        if (child && (D_NODES(d)[child].flags & NODE_STEM))
            return child;
    }
    return 0;
}

/* Every word of [i, end) written in capitals ("SADR", "WHO", "U.N."). */
static int all_caps(const dy_sent *s, int i, int end)
{
    for (int k = i; k < end; k++) {
        const dy_token *t = &s->tok[k];
        if (t->kind == TK_PUNCT)
            continue;
        if (!(t->flags & TF_ALLCAP) && !(t->len <= 2 && (t->flags & TF_CAP) && (t->flags & TF_ABBR)))
            return 0;
    }
    return 1;
}

static void add_issue(dy_sent *s, uint32_t issue)
{
    for (int k = 0; k < s->nissues; k++)
        if (s->issues[k] == issue)
            return;
    s->issues[s->nissues++] = issue;
}

/* "state-run", "state-owned", "government-controlled", "official", "state": who
   runs a news outlet, said between a name and the outlet ("Ithilen state-run
   television", "Syria's official news agency"). The number of tokens, when the
   word after them is an outlet's, else 0. */
static int outlet_modifier(const dy_sent *s, int j)
{
    static const uint16_t outlets[] = {W_television, W_tv, W_radio, W_media, W_broadcaster, W_newspaper,
                                       W_news, W_agency, W_channel, W_daily};
    static const uint16_t runs[] = {W_run, W_owned, W_controlled, W_backed};
    int k = 0;
    if ((sent_tok_w(s, j, W_state) || sent_tok_w(s, j, W_government)) && sent_tok_w(s, j + 1, W_HYPHEN) &&
        sent_tok_in(s, j + 2, runs, DY_ARRAY_LEN(runs)))
        k = 3;
    else if (sent_tok_w(s, j, W_semi) && sent_tok_w(s, j + 1, W_HYPHEN) && sent_tok_w(s, j + 2, W_official))
        k = 3;
    else if (sent_tok_w(s, j, W_state) || sent_tok_w(s, j, W_official))
        k = 1;
    return k && sent_tok_in(s, j + k, outlets, DY_ARRAY_LEN(outlets)) ? k : 0;
}

void mention_units(const dy_dict *d, dy_sent *s, dy_arena *a, dy_lexcache *cache)
{
    int n = s->ntok;
    s->units = dy_arena_alloc(a, sizeof(dy_unit) * (size_t)(n + 1));
    s->tok_unit = dy_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    s->issues = dy_arena_alloc(a, sizeof(uint32_t) * (size_t)(n + 1));
    s->nunits = s->nissues = 0;
    s->discard = 0;
    s->discard_start = s->discard_end = -1;
    if (!s->units || !s->tok_unit || !s->issues)
        return;
    for (int i = 0; i < n; i++)
        s->tok_unit[i] = -1;
    const dy_node *nodes = D_NODES(d);
    for (int i = 0; i < n;) {
        uint32_t node = d->root;
        uint64_t kids = 0; /* dict_node_kids(node) past the root, from the step that reached it */
        int best_end = -1;
        uint32_t best_actor = 0, best_agent = 0;
        for (int j = i; j < n && j - i < 24; j++) {
            uint32_t w = s->tok[j].word;
            uint32_t next = w && (node == d->root ? dict_may_start_phrase(d, w) : (kids & dict_kid_bit(w)) != 0)
                                ? lex_trie_next(d, cache, node, w, &kids)
                                : 0;
            /* "Ithilen state-run television" is the entry ITHILEN TELEVISION: who
               runs the outlet may stand inside its name */
            int om = !next && node != d->root ? outlet_modifier(s, j) : 0;
            if (om && j + om < n && s->tok[j + om].word) {
                uint64_t after_kids;
                uint32_t after = lex_trie_next(d, cache, node, s->tok[j + om].word, &after_kids);
                if (after) {
                    j += om;
                    next = after;
                    kids = after_kids;
                }
            }
            if (!next && (d->flags & DICT_HAS_STEMS)) {
                /* "Rohans", "Eriadori": a longer form of a stem */
                uint32_t stem = stem_match(d, node, &s->tok[j]);
                if (stem) {
                    if (nodes[stem].actor && actor_case_ok(d, s, i, j + 1)) {
                        best_end = j + 1;
                        best_actor = nodes[stem].actor;
                        best_agent = 0;
                    }
                }
                break;
            }
            node = next;
            if (!node)
                break;
            if (!(kids & 1)) /* carries nothing */
                continue;
            const dy_node *nd = &nodes[node];
            if (nd->discard && nd->discard > s->discard) {
                s->discard = nd->discard;
                s->discard_start = i;
                s->discard_end = j + 1;
            }
            if (nd->issue)
                add_issue(s, nd->issue);
            uint32_t actor = nd->actor && actor_case_ok(d, s, i, j + 1) ? nd->actor : 0;
            if (nd->actor_caps && all_caps(s, i, j + 1))
                actor = nd->actor_caps;
            if (actor || nd->agent) {
                best_end = j + 1;
                best_actor = actor;
                best_agent = actor ? 0 : nd->agent;
            }
        }
        if (best_end < 0) {
            i++;
            continue;
        }
        dy_unit *u = &s->units[s->nunits];
        u->start = i;
        u->end = best_end;
        u->actor = best_actor;
        u->agent = best_agent;
        for (int k = i; k < best_end; k++)
            s->tok_unit[k] = s->nunits;
        s->nunits++;
        i = best_end;
    }
}

/* ==== codes ========================================================================= */

static int is_role_suffix(const char *r)
{
    static const char *const roles[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI",
                                        "MED", "BUS", "CVL", "EDU", "HLH", "LAB", "REF", "AGR", "CRM", "UAF",
                                        "INS", "SEP", "IGO", "NGO", "MOD", "RAD", "HRI", "DEV", "ENV"};
    for (size_t i = 0; i < DY_ARRAY_LEN(roles); i++)
        if (strcmp(r, roles[i]) == 0)
            return 1;
    return 0;
}

void code_country(const char *code, char *out, size_t cap)
{
    out[0] = 0;
    size_t n = strlen(code);
    if (n < 3 || cap < 4)
        return;
    /* Organisation and group codes have no country in front. */
    if (starts_with(code, "IGO") || starts_with(code, "NGO") || starts_with(code, "IMG") || starts_with(code, "MNC") ||
        starts_with(code, "---"))
        return;
    memcpy(out, code, 3);
    out[3] = 0;
}

/* a + b into out, truncated to cap as snprintf would (hot: every mention). */
static void join2(char *out, size_t cap, const char *a, const char *b)
{
    if (!cap)
        return;
    size_t n = 0;
    for (const char *p = a ? a : ""; *p && n + 1 < cap; p++)
        out[n++] = *p;
    for (const char *p = b; *p && n + 1 < cap; p++)
        out[n++] = *p;
    out[n] = 0;
}

static int code_ends_with(const char *code, const char *suffix)
{
    size_t n = strlen(code), k = strlen(suffix);
    return k <= n && !strcmp(code + n - k, suffix);
}

void code_combine(const char *actor, int actor_type, const char *role, int prefix, char *out, size_t cap)
{
    if (!role || !role[0]) {
        join2(out, cap, actor, "");
        return;
    }
    if (!actor || !actor[0]) {
        /* A role with no actor: PETRARCH's "---GOV". */
        join2(out, cap, "---", role);
        return;
    }
    if (prefix) {
        join2(out, cap, role, actor);
        return;
    }
    size_t n = strlen(actor);
    char country[8] = "";
    code_country(actor, country, sizeof country);
    switch (actor_type) {
    case ATYPE_STATE:
    case ATYPE_PLACE:
    case ATYPE_METONYM:
        /* "Moscow" (RUSGOV) + troops = RUSMIL; "Iranian" (IRN) + forces = IRNMIL */
        if (country[0])
            join2(out, cap, country, role);
        else
            join2(out, cap, actor, role);
        return;
    case ATYPE_PERSON:
        /* A former office holder described by a title ("Iranian General X") takes
           the title's role; someone in office keeps their own code. */
        if (n == 3 || (n >= 6 && streq(actor + n - 3, "ELI"))) {
            join2(out, cap, country[0] ? country : actor, role);
            return;
        }
        /* ... but a lawmaker or party figure the text calls the opposition is it:
           "opposition leader Aung San Suu Kyi" (a member of parliament, MMRLEG)
           -> MMROPP */
        if (n == 6 && streq(role, "OPP") && (streq(actor + 3, "LEG") || streq(actor + 3, "PTY")) && country[0]) {
            join2(out, cap, country, role);
            return;
        }
        join2(out, cap, actor, "");
        return;
    case ATYPE_UNKNOWN:
        /* PETRARCH dictionaries carry no type: a bare 3-letter code is a state. */
        if (n == 3 && !streq(actor, "---")) {
            join2(out, cap, actor, role);
            return;
        }
        if (n >= 6 && is_role_suffix(actor + n - 3) && strcmp(actor + n - 3, role) != 0 && country[0] &&
            streq(actor + n - 3, "ELI")) {
            join2(out, cap, country, role);
            return;
        }
        /* PETRARCH stacks a role on a code that has one already ("West German"
           GMWGOV + world government WGO = GMWGOVWGO), unless the code already
           ends with that role (HGWGOVMED + government newspaper GOVMED). */
        if (n >= 6 && !code_ends_with(actor, role)) {
            join2(out, cap, actor, role);
            return;
        }
        join2(out, cap, actor, "");
        return;
    default:
        join2(out, cap, actor, "");
        return;
    }
}

void mention_code(const dy_dict *d, const dy_mention *m, int32_t date, char *out, size_t cap,
                  const dy_actor_code **entry)
{
    const char *base = "";
    int type = ATYPE_UNKNOWN;
    if (entry)
        *entry = NULL;
    if (m->actor) {
        const char *c = dict_actor_code_at(d, m->actor, date, entry);
        if (c)
            base = c;
        type = (int)D_ACTORS(d)[m->actor].type;
    }
    /* "Taliban leader Mullah Akhtar Mansour" after his dates (killed two days
       before the story), "Hamas commander X" whom the dictionary only knows as
       an elite: a person with no office of their own at the date, titled by a
       group, an organisation or a party, acts for it (AFGREB), not for the
       country the elite code names (AFGGOV from "leader") */
    if (m->title_of && type == ATYPE_PERSON && !m->former && (!base[0] || code_ends_with(base, "ELI"))) {
        int tt = (int)D_ACTORS(d)[m->title_of].type;
        const char *c = dict_actor_code_at(d, m->title_of, date, NULL);
        if (c && c[0] && (tt == ATYPE_GROUP || tt == ATYPE_PARTY || tt == ATYPE_ORG || tt == ATYPE_NGO || tt == ATYPE_IGO)) {
            base = c;
            type = tt;
        }
    }
    const char *role = m->role;
    int prefix = 0;
    if (m->agent) {
        const dy_agent *ag = &D_AGENTS(d)[m->agent];
        role = dict_str(d, ag->code);
        prefix = (int)ag->prefix;
    }
    if (!m->actor && !role[0]) {
        dy_strlcpy(out, m->name, cap);
        return;
    }
    /* a former office holder the dictionary does not date is an elite, not the
       government ("Former U.S. Secretary of State Henry Kissinger" -> USAELI) */
    /* (and so is one the dictionary dates, past the dates: "Former Japanese Prime
       Minister Shinzo Abe" in 2022 is JPNELI, not the title's JPNGOV) */
    if (m->former && m->agent &&
        (streq(role, "GOV") || streq(role, "MIL") || streq(role, "LEG") || streq(role, "JUD")))
        role = "ELI";
    /* "Muammar Gaddafi's forces", "Assad's troops": the armed forces a leader
       owns are his country's military (LBYMIL), not the leader (LBYGOV) */
    if (type == ATYPE_PERSON && m->agent && !m->person && !prefix && streq(role, "MIL") && base[0] &&
        strlen(base) >= 3 && dy_is_upper(base[0]) && !starts_with(base, "---") && !(d->flags & DICT_PETRARCH_STYLE)) {
        char country[8] = "";
        code_country(base, country, sizeof country);
        if (strlen(country) == 3) {
            snprintf(out, cap, "%sMIL", country);
            goto pre;
        }
    }
    code_combine(base, type, role, prefix, out, cap);
pre:
    if (m->pre_agent && out[0]) {
        const char *pre = dict_str(d, D_AGENTS(d)[m->pre_agent].code);
        size_t np = strlen(pre), no = strlen(out);
        if (strncmp(out, pre, np) && np + no < cap) {
            memmove(out + np, out, no + 1);
            memcpy(out, pre, np);
        }
    }
    if (m->serves[0] && starts_with(out, "---"))
        memcpy(out, m->serves, 3);
    if (m->country_only && out[0]) {
        char cc[8];
        code_country(out, cc, sizeof cc);
        if (cc[0])
            dy_strlcpy(out, cc, cap);
    }
}

int agent_is_person(const dy_dict *d, uint32_t agent)
{
    if (!agent)
        return 0;
    const char *name = dict_s(d, D_AGENTS(d)[agent].name);
    size_t n = strlen(name);
    static const char *const body[] = {"ministry", "government", "army", "military", "forces", "force", "police",
                                       "parliament", "court", "council", "administration", "regime", "cabinet",
                                       "authorities", "authority", "agency", "office", "embassy", "navy",
                                       "troops", "media", "opposition", "party", "department", "service",
                                       "command", "militia", "legislature", "congress", "senate", "coalition",
                                       "alliance", "committee", "commission", "delegation", "junta", "guard"};
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    for (size_t i = 0; i < DY_ARRAY_LEN(body); i++)
        if (last[0] == body[i][0] && strcmp(last, body[i]) == 0)
            return 0;
    (void)n;
    return 1;
}

/* ==== mentions ========================================================================= */

static inline int is(const dy_sent *s, int i, unsigned w) { return sent_tok_w(s, i, w); }

static int locative_word(const dy_sent *s, int i)
{
    static const uint16_t p[] = {W_in, W_at, W_near, W_through, W_outside, W_inside, W_across, W_throughout, W_around,
                                 W_from, W_via, W_within};
    return sent_tok_in(s, i, p, DY_ARRAY_LEN(p));
}

static int pronoun_kind(const dy_sent *s, int i)
{
    static const uint16_t he[] = {W_he, W_him, W_his, W_she, W_her, W_hers};
    static const uint16_t they[] = {W_they, W_them, W_their, W_theirs};
    static const uint16_t it[] = {W_it, W_its};
    return sent_tok_in(s, i, he, DY_ARRAY_LEN(he))       ? PRON_HE
           : sent_tok_in(s, i, they, DY_ARRAY_LEN(they)) ? PRON_THEY
           : sent_tok_in(s, i, it, DY_ARRAY_LEN(it))     ? PRON_IT
                                                         : PRON_NONE;
}

/* WordNet lists some plurals as words of their own ("leaders"): a noun ending
   in -s whose singular is also a noun counts as plural. */
static int plural_tok(const dy_dict *d, const dy_sent *s, int i)
{
    const dy_token *t = &s->tok[i];
    if (t->pos & POS_PLURAL)
        return 1;
    size_t n = t->keylen;
    if (!t->key || n < 4 || t->key[n - 1] != 's' || t->key[n - 2] == 's' || t->key[n - 2] == 'u' || t->key[n - 2] == 'i')
        return 0;
    uint32_t w = dict_lookup(d, t->key, n - 1);
    return w && (D_WORDS(d)[w].pos & POS_NOUN);
}
#define is_plural_tok(s, i) plural_tok(d, s, i)

/* Does unit u end the phrase [.., en), or stand before a name or another unit? */
static int role_heads(const dy_sent *s, int u, int en)
{
    int e = s->units[u].end;
    if (e >= en)
        return 1;
    for (int i = e; i < en; i++)
        if (s->tag[i] != T_PROPN && s->tok_unit[i] < 0 && s->tag[i] != T_SPOSS)
            return 0;
    return 1;
}

static int head_class(const dy_dict *d, const dy_token *t)
{
    uint32_t w = t->lemma ? t->lemma : t->word;
    if (!w)
        return 0;
    /* an instrument ("drone", "missile") acts for whoever sent it */
    return D_WORDS(d)[w].nsem_artifact ? NSEM_ARTIFACT : D_WORDS(d)[w].nsem;
}

/* Fills m from the noun phrase [st, en). Returns 1 when it names an actor or a role. */
/* A country: a state entry, or (PETRARCH's untyped entries) one whose codes are
   all a bare three-letter country code ("CAL", not "IGOUNO" or "CALGOV"). */
static int actor_is_country(const dy_dict *d, uint32_t a)
{
    const dy_actor *x = &D_ACTORS(d)[a];
    if (x->type != ATYPE_UNKNOWN)
        return x->type == ATYPE_STATE;
    const dy_actor_code *c = D_ACODES(d) + x->codes;
    for (uint32_t i = 0; i < x->ncodes; i++) {
        const char *k = dict_str(d, c[i].code);
        if (strlen(k) != 3 || !dy_is_upper(k[0]) || !dy_is_upper(k[1]) || !dy_is_upper(k[2]) ||
            streq(k, "IGO") || streq(k, "NGO") || streq(k, "IMG") || streq(k, "MNC"))
            return 0;
    }
    return x->ncodes > 0;
}

static int analyse_np(const dy_dict *d, const dy_sent *s, int st, int en, dy_mention *m)
{
    memset(m, 0, sizeof *m);
    /* "Soldiers from Gondor wire tapped": a word of the verb group ends the phrase */
    for (int i = st + 1; i < en; i++)
        if (s->tok_vgroup && s->tok_vgroup[i] >= 0 && !(s->tok[i - 1].flags & TF_HYPHEN) &&
            s->tag[i] != T_VPART && s->tag[i] != T_VING) {
            en = i;
            break;
        }
    m->start = st;
    m->end = en;
    m->actor_tok = -1;
    m->appos = -1;
    m->ref_sentence = -1;
    /* a lone pronoun, or a possessive pronoun heading the phrase ("his Iranian counterpart") */
    if (en - st == 1 && (s->tag[st] == T_PRON || s->tag[st] == T_POSS)) {
        m->pronoun = pronoun_kind(s, st);
        m->plural = m->pronoun == PRON_THEY;
        return m->pronoun != PRON_NONE;
    }
    /* before any role: "the two presidents", "both leaders", "the two countries", "both sides" */
    if (((is(s, st, W_the) && is(s, st + 1, W_two) && en - st >= 3) || (is(s, st, W_both) && en - st >= 2)) &&
        is_plural_tok(s, en - 1)) {
        m->definite = 2;
        m->plural = 1;
        return 1;
    }
    /* the head part follows the last possessive 's */
    int head_st = st, poss_end = -1;
    for (int i = st; i < en; i++)
        if (s->tag[i] == T_SPOSS) {
            poss_end = i;
            head_st = i + 1;
        }
    const dy_actor *actors = D_ACTORS(d);
    int actor_unit = -1, agent_unit = -1, title_unit = -1, pre_unit = -1, mod_unit = -1, prev_actor_unit = -1;
    for (int i = head_st; i < en; i++) {
        int u = s->tok_unit[i];
        if (u < 0 || (i > head_st && s->tok_unit[i - 1] == u))
            continue;
        /* "an anti-ISIS coalition", "pro-Kremlin media": the actor only qualifies */
        if (s->units[u].actor && i >= 2 && (s->tok[i - 1].flags & TF_HYPHEN) &&
            (is(s, i - 2, W_anti) || is(s, i - 2, W_pro) || is(s, i - 2, W_non) || is(s, i - 2, W_ex) ||
             is(s, i - 2, W_post) || is(s, i - 2, W_pre)))
            continue;
        /* "a military operation": a role word that does not head the phrase, and is
           not a title before a name, says nothing about who acts */
        /* (PETRARCH's own dictionaries take a role anywhere in the phrase: "the
           official news agency" is ---GOV, as its unit tests expect) */
        if (!s->units[u].actor && s->units[u].agent && !role_heads(s, u, en) && !(d->flags & DICT_PETRARCH_STYLE)) {
            if (mod_unit < 0)
                mod_unit = u;
            continue;
        }
        if (s->units[u].actor) {
            prev_actor_unit = actor_unit;
            actor_unit = u;
        } else if (s->units[u].agent) {
            if (actor_unit >= 0 && s->units[actor_unit].start < s->units[u].start) {
                /* "an MSF Arnor diplomat": a prefix role before the actor stays */
                if (agent_unit >= 0 && s->units[agent_unit].start < s->units[actor_unit].start &&
                    D_AGENTS(d)[s->units[agent_unit].agent].prefix)
                    pre_unit = agent_unit;
                agent_unit = u; /* "Iranian forces": a role after the actor */
            }
            else if (actor_unit < 0)
                agent_unit = u;
        }
    }
    /* a title before the name ("President Vladimir Putin", "General Soleimani") */
    if (actor_unit >= 0 && agent_unit >= 0 && s->units[agent_unit].start < s->units[actor_unit].start) {
        title_unit = agent_unit;
        agent_unit = -1;
        /* "Taliban leader Mullah Akhtar Mansour": the title is the Taliban's */
        if (prev_actor_unit >= 0 && s->units[prev_actor_unit].start < s->units[title_unit].start)
            m->title_of = s->units[prev_actor_unit].actor;
    }
    /* "Ithilen's minister Calimehtar", "Ohio's Representative Jim Jordan": a
       country's name after the possessor's title names the office holder, and
       the office is the possessor's */
    if (actor_unit >= 0 && title_unit >= 0 && poss_end > st && actor_is_country(d, s->units[actor_unit].actor))
        for (int i = st; i < poss_end; i++)
            if (s->tok_unit[i] >= 0 && s->units[s->tok_unit[i]].actor) {
                agent_unit = title_unit;
                title_unit = actor_unit = -1;
                break;
            }
    for (int i = st; i < en && i < st + 3; i++)
        if (is(s, i, W_former) || (is(s, i, W_ex) && i + 1 < en && (s->tok[i + 1].flags & TF_HYPHEN)))
            m->former = 1;
    if (actor_unit >= 0) {
        const dy_unit *u = &s->units[actor_unit];
        /* "a Bahamas-flagged cargo ship", "an Israel-linked vessel": the flag (or
           the link) names the state, not the owner's company */
        if (agent_unit >= 0 && u->end + 1 < en && (s->tok[u->end].flags & TF_HYPHEN) &&
            (is(s, u->end + 1, W_flagged) || is(s, u->end + 1, W_linked)))
            agent_unit = -1;
        /* ... and so does a ship's nationality: "an Iranian tanker", "a Chinese
           fishing boat" sail under their state's flag (IRN, CHN), whoever owns them */
        static const uint16_t vessel[] = {W_tanker,  W_tankers, W_supertanker, W_freighter, W_freighters,
                                          W_boat,    W_boats,   W_trawler,     W_trawlers,  W_vessel,
                                          W_vessels, W_ship,    W_ships};
        if (agent_unit >= 0 && s->units[agent_unit].start > u->start && en - 1 >= s->units[agent_unit].start &&
            sent_tok_in(s, en - 1, vessel, DY_ARRAY_LEN(vessel)) &&
            (actors[u->actor].type == ATYPE_STATE || actors[u->actor].type == ATYPE_PLACE) &&
            (streq(dict_str(d, D_AGENTS(d)[s->units[agent_unit].agent].code), "BUS") ||
             streq(dict_str(d, D_AGENTS(d)[s->units[agent_unit].agent].code), "AGR")))
            agent_unit = -1;
        m->actor = u->actor;
        m->actor_tok = u->start;
        /* "the Russian calculus", "Iranian attempts": the actor is a modifier of
           a common noun that names no actor or role */
        if (agent_unit < 0 && u->end < en && s->tok_unit[en - 1] < 0 && s->tag[en - 1] == T_NOUN) {
            m->weak = 1;
            m->head_sem = head_class(d, &s->tok[en - 1]);
        }
        if (agent_unit >= 0) {
            m->agent = s->units[agent_unit].agent;
            if (pre_unit >= 0)
                m->pre_agent = s->units[pre_unit].agent;
        } else if (title_unit >= 0 && (actors[u->actor].type == ATYPE_PERSON || actors[u->actor].type == ATYPE_UNKNOWN))
            m->agent = s->units[title_unit].agent; /* a person in office keeps their own code (code_combine) */
        m->person = actors[u->actor].type == ATYPE_PERSON || (m->agent && agent_is_person(d, m->agent));
        if (actors[u->actor].type == ATYPE_PERSON && agent_unit < 0)
            m->person = 1;
        m->plural = is_plural_tok(s, en - 1) && (agent_unit >= 0 || actors[u->actor].type != ATYPE_PERSON);
        return 1;
    }
    /* the possessor's actor, for "Assad's troops" or, weakly, "Iran's role" */
    uint32_t poss_actor = 0, poss_agent = 0;
    int poss_tok = -1;
    if (poss_end > st) {
        for (int i = st; i < poss_end; i++) {
            int u = s->tok_unit[i];
            if (u >= 0 && s->units[u].actor) {
                poss_actor = s->units[u].actor;
                poss_tok = s->units[u].start;
            }
            /* "the Syrian government's intransigence": the role that heads the
               possessor after its actor is the possessor's (SYRGOV), as it would
               be without the 's */
            else if (u >= 0 && s->units[u].agent && poss_actor && s->units[u].end == poss_end &&
                     !(d->flags & DICT_PETRARCH_STYLE))
                poss_agent = s->units[u].agent;
        }
        if (!poss_actor && poss_end - st == 1 && (s->tag[st] == T_PROPN || s->tag[st] == T_PRON)) {
            /* "his" handled above; "Putin's" unknown name: nothing */
        }
    }
    if (agent_unit >= 0) {
        m->agent = s->units[agent_unit].agent;
        m->person = agent_is_person(d, m->agent);
        m->plural = is_plural_tok(s, en - 1);
        if (poss_actor) {
            m->actor = poss_actor;
            m->actor_tok = poss_tok;
        } else {
            /* a bare role: "the ministry", "officials", "his Iranian counterpart" */
            m->definite = is(s, st, W_the) || is(s, st, W_this) || s->tag[st] == T_POSS;
            if (s->tag[st] == T_POSS)
                m->pronoun = pronoun_kind(s, st);
        }
        return 1;
    }
    if (poss_actor) {
        m->actor = poss_actor;
        m->actor_tok = poss_tok;
        if (poss_agent)
            m->agent = poss_agent;
        m->weak = 1;
        m->head_sem = head_class(d, &s->tok[en - 1]);
        return 1;
    }
    /* "against a government bill": the government's, weakly (what it is the
       government of, the sentence may tell); other roles that only qualify
       ("a military operation") still name no one */
    if (mod_unit >= 0 && s->tok_unit[en - 1] < 0 && s->tag[en - 1] == T_NOUN &&
        streq(dict_str(d, D_AGENTS(d)[s->units[mod_unit].agent].code), "GOV")) {
        m->agent = s->units[mod_unit].agent;
        m->weak = 1;
        m->head_sem = head_class(d, &s->tok[en - 1]);
        return 1;
    }
    /* "his indisputable contribution": the possessor, weakly */
    if (s->tag[st] == T_POSS && pronoun_kind(s, st) != PRON_NONE && en - st > 1) {
        m->pronoun = pronoun_kind(s, st);
        m->plural = m->pronoun == PRON_THEY;
        m->weak = 1;
        m->head_sem = head_class(d, &s->tok[en - 1]);
        return 1;
    }
    /* "the two", "both" */
    if ((is(s, st, W_the) && st + 1 < en && is(s, st + 1, W_two) && en - st == 2) ||
        (en - st == 1 && is(s, st, W_both))) {
        m->definite = 2;
        m->plural = 1;
        return 1;
    }
    /* "the kingdom", "the country", "the new state": a state named before (coref.c) */
    if (is(s, st, W_the) &&
        ((en - st == 2 && (is(s, st + 1, W_kingdom) || is(s, st + 1, W_country))) ||
         (en - st == 3 && is(s, st + 1, W_new) &&
          (is(s, st + 2, W_state) || is(s, st + 2, W_country) || is(s, st + 2, W_nation))))) {
        m->definite = 4;
        return 1;
    }
    /* "the group", "the militant group", "the movement": an organisation named
       before (coref.c); "the bloc", "the alliance": a union of states (the EU, NATO) */
    if (is(s, st, W_the) && en - st <= 3 &&
        (is(s, en - 1, W_group) || is(s, en - 1, W_movement) || is(s, en - 1, W_organisation) ||
         is(s, en - 1, W_organization) || is(s, en - 1, W_bloc) || is(s, en - 1, W_alliance) ||
         is(s, en - 1, W_agency) || is(s, en - 1, W_watchdog))) {
        m->definite = 3;
        return 1;
    }
    return 0;
}

/* Tokens between two mentions that join them into one list: ",", "and", "or",
   "as well as", "and its" + an optional repeated preposition ("and with"). */
static int list_separator(const dy_sent *s, int from, int to, int *has_and)
{
    *has_and = 0;
    if (from >= to)
        return 0;
    for (int i = from; i < to; i++) {
        if (is(s, i, W_COMMA)) {
            continue;
        }
        if (is(s, i, W_and) || is(s, i, W_or) || is(s, i, W_AMP) || is(s, i, W_nor)) {
            *has_and = 1;
            continue;
        }
        if (is(s, i, W_as) && is(s, i + 1, W_well) && is(s, i + 2, W_as)) {
            *has_and = 1;
            i += 2;
            continue;
        }
        if (*has_and && s->tag[i] == T_PREP && i == to - 1)
            continue; /* "with Israel, and with Turkey" */
        if (*has_and && is(s, i, W_also))
            continue;
        /* "killed 13 U.S. service members and scores of Afghan civilians" */
        if (*has_and && i + 1 < to && is(s, i + 1, W_of) &&
            (is(s, i, W_scores) || is(s, i, W_dozens) || is(s, i, W_hundreds) ||
             is(s, i, W_thousands) || is(s, i, W_tens))) {
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* After a phrase (and an optional prepositional phrase), a comma, a semicolon, a
   closing bracket or the end of the sentence. */
static int closed_after(const dy_sent *s, int i)
{
    if (i < s->ntok && s->tag[i] == T_PREP) {
        int j = i + 1;
        while (j < s->ntok && j < i + 7 && s->tok_np[j] >= 0)
            j++;
        if (j > i + 1)
            i = j;
    }
    if (i >= s->ntok)
        return 1;
    return is(s, i, W_COMMA) || is(s, i, W_SEMI) || is(s, i, W_RPAREN) || is(s, i, W_DOT) || is(s, i, W_COLON) ||
           is(s, i, W_DASH);
}

/* A finite verb before token i in its clause: i is inside a verb phrase. */
static int verb_before(const dy_sent *s, int i)
{
    for (int j = i - 1; j >= 0; j--) {
        if (is(s, j, W_SEMI) || is(s, j, W_COLON))
            return 0;
        int v = s->tok_vgroup ? s->tok_vgroup[j] : -1;
        if (v >= 0 && s->vg[v].finite)
            return 1;
    }
    return 0;
}

/* Mention k and the list members after it end right before a finite verb. */
static int list_then_verb(const dy_sent *s, int k)
{
    int end = s->m[k].end;
    for (int j = k; j + 1 < s->nm; j++) {
        int ha;
        if (!list_separator(s, s->m[j].end, s->m[j + 1].start, &ha))
            break;
        end = s->m[j + 1].end;
    }
    while (end < s->ntok && s->tag[end] == T_ADV)
        end++;
    if (end >= s->ntok || !s->tok_vgroup)
        return 0;
    int v = s->tok_vgroup[end];
    return v >= 0 && s->vg[v].finite;
}

/* PETRARCH's new_actor_length: the noun phrase [st, en) names no actor; when it
   is a proper name ("Gryffindor's head Minerva McGonagall"), with "of" and a
   phrase after it ("the Ministry of Magic"), of at most s->new_actor_len words
   ("'s" not counted), it is an actor of its own, coded by its words in capitals
   and quotes. Common nouns alone ("meetings", "injury toll") are not names.
   Returns the end of the phrase taken, or -1. */
static int new_actor(const dy_sent *s, int k, dy_mention *m)
{
    int st = s->np[k].start, en = s->np[k].end;
    if (k + 1 < s->nnp && s->np[k + 1].start == en + 1 && is(s, en, W_of))
        en = s->np[k + 1].end;
    int words = 0, names = 0;
    for (int i = st; i < en; i++) {
        if (s->tok_unit[i] >= 0 || s->tag[i] == T_PRON || s->tag[i] == T_POSS || s->tag[i] == T_NUM)
            return -1;
        if (s->tag[i] == T_SPOSS || s->tag[i] == T_PUNCT)
            continue;
        words++;
        names += s->tag[i] == T_PROPN;
    }
    if (!names || words > s->new_actor_len)
        return -1;
    memset(m, 0, sizeof *m);
    m->start = st;
    m->end = en;
    m->actor_tok = -1;
    m->appos = -1;
    m->ref_sentence = -1;
    size_t n = 0;
    m->name[n++] = '"';
    for (int i = st; i < en; i++) {
        if (s->tag[i] == T_SPOSS || s->tag[i] == T_PUNCT)
            continue;
        if (n > 1 && n + 1 < sizeof m->name)
            m->name[n++] = ' ';
        const char *w = s->text + s->tok[i].off;
        for (uint32_t j = 0; j < s->tok[i].len && n + 1 < sizeof m->name; j++)
            m->name[n++] = (char)(w[j] >= 'a' && w[j] <= 'z' ? w[j] - 'a' + 'A' : w[j]);
    }
    if (n + 1 >= sizeof m->name)
        return -1; /* too long to be a code */
    m->name[n++] = '"';
    m->name[n] = 0;
    dy_strlcpy(m->code, m->name, sizeof m->code);
    return en;
}

void mention_build(const dy_dict *d, dy_sent *s, int32_t date, dy_arena *a)
{
    /* twice the chunks: room for the roles shared over a list ("lawmakers and
       officials in Fornost and Gondor") */
    int mcap = 2 * (s->nnp + 1);
    s->m = dy_arena_alloc(a, sizeof(dy_mention) * (size_t)mcap);
    s->tok_mention = dy_arena_alloc(a, sizeof(int) * (size_t)(s->ntok + 1));
    s->nm = 0;
    if (!s->m || !s->tok_mention)
        return;
    for (int i = 0; i < s->ntok; i++)
        s->tok_mention[i] = -1;
    for (int k = 0; k < s->nnp; k++) {
        dy_mention *m = &s->m[s->nm];
        if (!analyse_np(d, s, s->np[k].start, s->np[k].end, m)) {
            int en = s->new_actor_len > 0 ? new_actor(s, k, m) : -1;
            if (en < 0)
                continue;
            m->np = k;
            for (int j = k; j < s->nnp && s->np[j].start < en; j++)
                s->np[j].mention = s->nm;
            for (int i = m->start; i < m->end; i++)
                s->tok_mention[i] = s->nm;
            s->nm++;
            while (k + 1 < s->nnp && s->np[k + 1].start < en)
                k++;
            continue;
        }
        m->np = k;
        /* "in Riyadh", "at the White House": a place, not an actor */
        if (m->actor && !m->agent && s->np[k].prep >= 0 && locative_word(s, s->np[k].prep)) {
            int ty = (int)D_ACTORS(d)[m->actor].type;
            /* "in Riyadh", or "at a Singapore hotel" (a place named by its country) */
            m->locative = ty == ATYPE_PLACE || ty == ATYPE_METONYM ||
                          (m->weak && (m->head_sem == NSEM_ARTIFACT || m->head_sem == NSEM_LOCATION));
        }
        s->np[k].mention = s->nm;
        for (int i = m->start; i < m->end; i++)
            s->tok_mention[i] = s->nm;
        s->nm++;
    }
    /* lists and appositions */
    int next_group = 1;
    for (int k = 0; k + 1 < s->nm; k++) {
        dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        int has_and;
        if (!list_separator(s, x->end, y->start, &has_and) || x->locative || y->locative)
            continue;
        /* A comma-only pair, not continued by a list, is an apposition:
           "Alexander Zasypkin, the Russian ambassador", "Soleimani's successor,
           Esmail Ghaani", "Iran's arch-enemy, Israel". */
        int later_and = 0;
        if (!has_and) {
            for (int j = k + 1; j + 1 < s->nm; j++) {
                int ha;
                if (!list_separator(s, s->m[j].end, s->m[j + 1].start, &ha))
                    break;
                if (ha) {
                    later_and = 1;
                    break;
                }
            }
        }
        if (!has_and && !later_and) {
            /* an apposition is closed: ", the Russian ambassador to Lebanon," */
            if (!closed_after(s, y->end))
                continue;
            int y_desc = !y->actor || y->agent || is(s, y->start, W_the) || is(s, y->start, W_a);
            /* "blamed an al-Qaeda-linked militant commander, Baitullah Mehsud,":
               an indefinite description before a named person is that person's
               (the name is the more specific) */
            int indef_desc = !(d->flags & DICT_PETRARCH_STYLE) && x->actor && !x->weak && !x->pronoun &&
                             (is(s, x->start, W_a) || is(s, x->start, W_an)) && y->actor && !y_desc &&
                             D_ACTORS(d)[y->actor].type == ATYPE_PERSON;
            if (x->weak || (!x->actor && x->agent && !x->pronoun) || indef_desc) {
                /* the description comes first: take the name's actor */
                x->actor = y->actor ? y->actor : x->actor;
                x->actor_tok = y->actor ? y->actor_tok : x->actor_tok;
                if (y->actor) {
                    x->agent = y->agent;
                    x->weak = 0;
                    x->person = y->person;
                }
                y->appos = k;
            } else if (x->actor && !x->weak && y_desc) {
                if (!x->agent && y->agent && !y->actor)
                    x->role[0] = 0;
                y->appos = k;
            } else
                continue;
            for (int i = y->start; i < y->end; i++)
                s->tok_mention[i] = k;
            x->end = y->end > x->end ? x->end : x->end;
            continue;
        }
        /* "... in Libya, Putin and Erdogan have ...": a prepositional object does not
           start the list that is the next clause's subject */
        if (!x->group && s->np[x->np].prep >= 0 && s->np[y->np].prep < 0 && is(s, x->end, W_COMMA) &&
            verb_before(s, x->start) && list_then_verb(s, k + 1))
            continue;
        /* "..., killing nine activists, and Turkey recalled its ambassador": an
           object, then ", and" and a name with its own finite verb, is a new
           clause's subject, not the object's partner */
        if (has_and && is(s, x->end, W_COMMA) && verb_before(s, x->start) && s->np[y->np].prep < 0 &&
            y->end < s->ntok && s->tok_vgroup && s->tok_vgroup[y->end] >= 0 && s->vg[s->tok_vgroup[y->end]].finite)
            continue;
        /* "granted asylum to Bashar al-Assad and his family": a person's family
           (wife, children) joined to the person goes with that person, no side
           of its own */
        static const uint16_t kin[] = {W_family, W_families, W_wife, W_children, W_relatives, W_entourage};
        if (!(d->flags & DICT_PETRARCH_STYLE) && has_and && x->person && x->actor && !x->group &&
            y->end - y->start == 2 && s->tag[y->start] == T_POSS &&
            (is(s, y->start, W_his) || is(s, y->start, W_her)) && sent_tok_in(s, y->end - 1, kin, DY_ARRAY_LEN(kin))) {
            y->appos = k;
            for (int i = y->start; i < y->end; i++)
                s->tok_mention[i] = k;
            continue;
        }
        if (!x->group)
            x->group = next_group++;
        y->group = x->group;
    }
    /* "Indian and Chinese troops", "the Iranian and U.S. delegations": a bare
       country adjective coordinated before an actor's role shares the role */
    for (int k = 0; k + 1 < s->nm; k++) {
        dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        /* (not a people: "two Russians and a Ukrainian separatist") */
        if (x->group && x->group == y->group && x->actor && !x->agent && x->end - x->start <= 2 &&
            !is_plural_tok(s, x->end - 1) && y->actor &&
            y->agent && y->start == x->end + 1 && is(s, x->end, W_and) && y->actor_tok <= y->start + 1 &&
            (D_ACTORS(d)[x->actor].type == ATYPE_STATE || D_ACTORS(d)[x->actor].type == ATYPE_GROUP)) {
            x->agent = y->agent;
            x->person = y->person;
            x->plural = y->plural;
        }
    }
    /* "Danish media and government": a bare role coordinated after an actor's
       role shares the actor */
    for (int k = 0; k + 1 < s->nm; k++) {
        dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        if (x->group && x->group == y->group && x->actor && x->agent && !y->actor && y->agent && !y->pronoun &&
            !y->definite && y->start == x->end + 1 && is(s, x->end, W_and) && x->actor_tok == x->start) {
            y->actor = x->actor;
            y->actor_tok = x->actor_tok;
        }
    }
    /* "the ambassadors of Arnor, Osgiliath and Gondor", "soldiers from Gondor",
       "lawmakers in Fornost": the role belongs to each actor named after it */
    for (int k = 0; k + 1 < s->nm; k++) {
        dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        if (x->actor || !x->agent || x->pronoun || x->appos >= 0 || y->appos >= 0 || !y->actor || y->weak)
            continue;
        if (y->start != x->end + 1 || !(is(s, x->end, W_of) || is(s, x->end, W_from) || is(s, x->end, W_in)))
            continue;
        /* ... but not a role with an owner or a name: "Huawei's chief financial
           officer Meng Wanzhou in Vancouver" is where the officer was, not a
           Vancouver officer */
        int owned = 0;
        for (int i = x->start; i < x->end; i++)
            if (s->tag[i] == T_SPOSS)
                owned = 1;
        if (owned || (x->end - x->start >= 2 && s->tag[x->end - 1] == T_PROPN && s->tok_unit[x->end - 1] < 0))
            continue;
        for (int j = k + 1; j < s->nm; j++) {
            dy_mention *z = &s->m[j];
            if (j != k + 1 && (!y->group || z->group != y->group))
                continue;
            if (!z->agent && !z->role[0]) {
                z->agent = x->agent;
                z->person = x->person;
                /* "dispersed protesters in Nairobi", "stormed parliament in
                   Nairobi", "clashed with police in Tbilisi": the place now names
                   the role's people, its legislature or police, who are acted on, not where it happened (not "a
                   school in Beslan", "a tribunal in The Hague") */
                if ((x->plural && x->person) || streq(dict_str(d, D_AGENTS(d)[x->agent].code), "LEG") ||
                    streq(dict_str(d, D_AGENTS(d)[x->agent].code), "COP"))
                    z->locative = 0;
            }
        }
        x->appos = k + 1;
        /* "lawmakers and officials in Fornost and Gondor": the roles listed before
           belong to each actor too, one member per role and actor */
        int nplaces = s->nm - (k + 1);
        for (int w = k - 1; x->group && w >= 0 && s->m[w].group == x->group; w--) {
            dy_mention *r = &s->m[w];
            if (r->actor || !r->agent || r->pronoun || r->appos >= 0 || r->role[0])
                break;
            for (int j = k + 1; j < k + 1 + nplaces && s->nm < mcap; j++) {
                const dy_mention *z = &s->m[j];
                if ((j != k + 1 && (!y->group || z->group != y->group)) || z->agent != x->agent)
                    continue;
                dy_mention *n = &s->m[s->nm++];
                *n = *z;
                n->agent = r->agent;
                n->person = r->person;
                n->plural = r->plural;
                if (!n->group)
                    n->group = y->group ? y->group : next_group++;
                if (!y->group)
                    s->m[k + 1].group = n->group;
            }
            r->appos = k + 1;
            for (int i = r->start; i < r->end; i++)
                s->tok_mention[i] = k + 1;
        }
        /* "Ithilen and the government of Gondor": Gondor's government is the
           compound's second member */
        if (x->group && !y->group)
            y->group = x->group;
        /* "Netanyahu and the foreign ministers of the UAE and Bahrain signed":
           the list after "of" is the second member of the outer list (Israel
           signs with each), not a list of its own that leaves Netanyahu out */
        else if (x->group && y->group && x->group != y->group && is(s, x->end, W_of)) {
            int inner = y->group;
            for (int j = 0; j < s->nm; j++)
                if (s->m[j].group == inner) {
                    s->m[j].group = x->group;
                    s->m[j].nest = inner;
                }
        }
        for (int i = x->start; i < x->end; i++)
            s->tok_mention[i] = k + 1;
    }
    for (int k = 0; k < s->nm; k++) {
        mention_code(d, &s->m[k], date, s->m[k].code, sizeof s->m[k].code, NULL);
        /* "the Gulf of Oman": a name that only keeps a state's name from matching */
        if (streq(s->m[k].code, "---"))
            s->m[k].locative = 1;
    }
    /* "forces loyal to Alassane Ouattara", "troops loyal to Haftar": the role
       serves the country of the one it is loyal to (CIVMIL, LBYMIL), and is not
       that person */
    for (int k = 0; k + 1 < s->nm; k++) {
        dy_mention *x = &s->m[k], *y = &s->m[k + 1];
        if (x->actor || !x->agent || x->pronoun || y->start != x->end + 2 || !is(s, x->end, W_loyal) ||
            !is(s, x->end + 1, W_to) || !y->code[0] || !starts_with(x->code, "---"))
            continue;
        char cc[8];
        code_country(y->code, cc, sizeof cc);
        if (!cc[0] || !dy_is_upper(cc[0]))
            continue;
        memcpy(x->serves, cc, 3);
        x->serves[3] = 0;
        memcpy(x->code, cc, 3);
        y->appos = k;
        for (int i = x->end; i < y->end; i++)
            s->tok_mention[i] = k;
    }
}
