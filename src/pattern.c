/*
 * pattern.c - verb patterns on token sequences (see pattern.h).
 */
#include "pattern.h"

#define SYNREF 0x80000000u /* a synset member that is itself a synset (dictread.c) */
#define MAX_GAP 12         /* tokens that may separate two non-adjacent elements */
#define MAX_ELEMS 64
#define FIRST_GAP 6        /* ... but the first post-verb element at most this many */
#define MAX_PRE 24         /* a pattern reads at most this many tokens before the verb */
#define MAX_POST 40        /* and after it */
#define MAX_STEPS 4000     /* backtracking budget per pattern: bounded time on any input */

int pattern_word_match(const dy_dict *d, const dy_token *t, uint32_t w)
{
    if (!w)
        return 0;
    if (t->word == w)
        return 1;
    uint32_t tl = t->lemma ? t->lemma : t->word;
    if (!tl)
        return 0;
    const dy_word *dw = &D_WORDS(d)[w];
    uint32_t wl = dw->lemma ? dw->lemma : w;
    return tl == wl;
}

#define MAX_CANDIDATES 1024 /* patterns a window may try through the index; more: all */

/* Adds w to the set; 1 when it was already there. */
static int have_add(uint32_t *set, uint32_t w)
{
    for (uint32_t h = (uint32_t)dy_hash_u64(w) & (PATWORDS_SLOTS - 1);; h = (h + 1) & (PATWORDS_SLOTS - 1)) {
        if (set[h] == w)
            return 1;
        if (!set[h]) {
            set[h] = w;
            return 0;
        }
    }
}

static int have_has(const uint32_t *set, uint32_t w)
{
    for (uint32_t h = (uint32_t)dy_hash_u64(w) & (PATWORDS_SLOTS - 1);; h = (h + 1) & (PATWORDS_SLOTS - 1)) {
        if (set[h] == w)
            return 1;
        if (!set[h])
            return 0;
    }
}

/* Adds a word of the window to its set, its list (the first PATWORDS_SLOTS / 2) and
   its filter bits; the list's new length. */
static inline int window_add(uint32_t *have, uint32_t *list, int n, uint64_t *bits, uint32_t w)
{
    *bits |= dict_filter_bit(w);
    if (n < PATWORDS_SLOTS / 2 && !have_add(have, w))
        list[n++] = w;
    return n;
}

typedef struct mstate {
    const dy_dict *d;
    const dy_sent *s;
    const dy_pelem *el;
    int nel;
    int lo, hi;        /* window */
    int target, source;
    int first, last;   /* span of matched words */
    int steps;         /* elements tried so far */
    int vg;            /* the verb group whose patterns these are */
} mstate;

static int synset_at(const mstate *M, uint32_t syn, int p, int limit, int depth);

/* Length of the match of one synset member at token p (0 when none). */
static int member_at(const mstate *M, const dy_synmember *m, int p, int limit, int depth)
{
    const uint32_t *seq = D_SEQ(M->d);
    int len = 0;
    for (uint32_t j = 0; j < m->nseq; j++) {
        uint32_t w = seq[m->seq + j];
        if (p + len >= limit)
            return 0;
        if (w & SYNREF) {
            int l = synset_at(M, w & ~SYNREF, p + len, limit, depth + 1);
            if (!l)
                return 0;
            len += l;
        } else if (pattern_word_match(M->d, &M->s->tok[p + len], w))
            len++;
        else
            return 0;
    }
    return len;
}

/* Length of a synset member match at token p (0 when none). */
static int synset_at(const mstate *M, uint32_t syn, int p, int limit, int depth)
{
    const dy_dict *d = M->d;
    if (depth > 4 || syn == 0 || syn >= DICT_N(d, DT_SYNSET))
        return 0;
    if (d->syn_filter) {
        const dy_token *t = &M->s->tok[p];
        uint64_t f = d->syn_filter[syn];
        if (!(f & dict_filter_bit(t->word)) && !(t->lemma && (f & dict_filter_bit(t->lemma))))
            return 0;
        if (!d->syn_keys && !dict_synset_may_start(d, syn, t->word) &&
            !(t->lemma && dict_synset_may_start(d, syn, t->lemma)))
            return 0;
    }
    const dy_synset *ss = &D_SYNSETS(d)[syn];
    const dy_synmember *sm = D_SYNMEMBERS(d) + ss->members;
    int best = 0;
    if (!d->syn_keys) {
        for (uint32_t k = 0; k < ss->nmembers; k++) {
            int len = member_at(M, &sm[k], p, limit, depth);
            if (len > best)
                best = len;
        }
        return best;
    }
    /* only the members whose first word is the token's word or lemma, and those
       that start with a synset (only the longest match counts, so the order of
       the runs does not matter) */
    const dy_token *t = &M->s->tok[p];
    uint32_t keys[3] = {t->word, t->lemma && t->lemma != t->word ? t->lemma : 0, 0};
    const uint32_t(*kv)[2] = d->syn_keys;
    /* the third run, members that start with a synset, only where there are some */
    int nq = d->syn_maxlen && (d->syn_nested[syn >> 6] >> (syn & 63) & 1) ? 3 : 2;
    for (int q = 0; q < nq; q++) {
        if (!keys[q] && q < 2)
            continue;
        uint32_t n, off = dict_syn_run(d, syn, keys[q], &n);
        for (uint32_t j = off; j < off + n; j++) {
            int len = member_at(M, &sm[kv[j][1]], p, limit, depth);
            if (len > best)
                best = len;
        }
    }
    return best;
}

/* A mention that starts at token p; its length through *len. */
static int mention_at(const mstate *M, int p, int *len)
{
    const dy_sent *s = M->s;
    int k = s->tok_mention[p];
    if (k < 0)
        return -1;
    const dy_mention *m = &s->m[k];
    int st = m->start;
    /* The apposition of a mention starts later than the mention itself. */
    if (st != p && !(s->m[k].end > p && p > st && s->tok_mention[p - 1] != k))
        return -1;
    int en = m->end;
    for (int j = p; j < s->ntok && s->tok_mention[j] == k; j++)
        en = j + 1;
    *len = en - p;
    return k;
}

/* Length of element e matching at token p, or 0. */
static int elem_at(mstate *M, const dy_pelem *e, int p, int limit, int *mention)
{
    const dy_sent *s = M->s;
    if (p < M->lo || p >= limit || ++M->steps > MAX_STEPS)
        return 0;
    int len = 0;
    switch (e->kind) {
    case PE_WORD:
        if (s->tok_time && s->tok_time[p])
            return 0;
        /* "left Pyongyang without meeting Kim": what follows "without" did not
           happen, and is no word of the pattern ("* MEETING [042]") */
        if (p > 0 && s->tok[p - 1].keylen == 7 && !memcmp(s->tok[p - 1].key, "without", 7))
            return 0;
        /* PETRARCH's dictionaries name word forms in patterns (CAMEO.2.0 lists
           "* EFFORT" and "* EFFORTS" apart), so there a pattern's word is that
           form only: "adopt a set of resolutions" is no "* RESOLUTION" (a
           synset's members still match their plurals, as PETRARCH makes them) */
        if (M->d->flags & DICT_PETRARCH_STYLE)
            return s->tok[p].word == e->id ? 1 : 0;
        return pattern_word_match(M->d, &s->tok[p], e->id) ? 1 : 0;
    case PE_SYN:
        return synset_at(M, e->id, p, limit, 0);
    case PE_TARGET:
    case PE_SOURCE:
    case PE_COMPOUND: {
        int k = mention_at(M, p, &len);
        if (k < 0 || (e->kind == PE_COMPOUND && !s->m[k].group))
            return 0;
        if (p + len > limit)
            len = limit - p;
        *mention = k;
        return len;
    }
    case PE_SKIP: {
        /* the rest of a noun phrase: "* THEIR ^ ABOUT +" skips "populations" of
           "their populations" */
        int np = s->tok_np[p];
        if (np < 0)
            return 0;
        len = s->np[np].end - p;
        return p + len <= limit ? len : limit - p;
    }
    default:
        return 0;
    }
}

/* Is token q the past-tense head of another finite clause ("said Russia had
   attacked"), a verb in the dictionary and not part of a compound ("Bahamas-
   flagged")? Not for PETRARCH's dictionaries, whose patterns read on. */
static int clause_verb(const mstate *M, int q)
{
    const dy_sent *s = M->s;
    if ((M->d->flags & DICT_PETRARCH_STYLE) || !s->tok_vgroup || q < 0 || q >= s->ntok)
        return 0;
    int v = s->tok_vgroup[q];
    if (v < 0 || v == M->vg || !s->vg[v].finite || s->vg[v].main != q || !s->vg[v].verb)
        return 0;
    if (q > 0 && (s->tok[q - 1].flags & TF_HYPHEN))
        return 0;
    /* (a comment set off by commas is no clause the pattern stops at: "Iran will
       restore, officials said, full diplomatic ties") */
    if (q + 1 < s->ntok && s->tag[q + 1] == T_PUNCT && s->tok[q + 1].keylen == 1 && s->tok[q + 1].key[0] == ',')
        return 0;
    return s->tag[q] == T_VPAST || s->tag[q] == T_VPART;
}

/* Post-verb elements k.. from token p onwards. */
static int match_post(mstate *M, int k, int p, int prev_group)
{
    if (k == M->nel)
        return 1;
    const dy_pelem *e = &M->el[k];
    int adjacent = e->adjacent || (e->group && e->group == prev_group);
    int gap = adjacent ? 0 : MAX_GAP;
    if (e->group && e->group == prev_group && !e->adjacent) {
        gap = 2;
        /* "(TO &CEASEFIRE)" reads "to a full and immediate ceasefire": coordinated
           modifiers of the phrase's noun do not count */
        for (int q = p; q + 1 < M->hi && q < p + 4; q++)
            if (q > p && M->s->tag[q] == T_CONJ && (M->s->tag[q - 1] == T_ADJ || M->s->tag[q - 1] == T_NOUN) &&
                M->s->tag[q + 1] == T_ADJ)
                gap += 2;
    }
    /* the first word after the verb belongs to its object or first phrase
       ("offered his deepest condolences"), not to a later clause ("struck ...
       sites in response to a suspected attack") */
    if (k == 0 && !adjacent && gap > FIRST_GAP) {
        gap = FIRST_GAP;
        /* hyphens of compounds are not words: "its largest-ever live-fire drills" */
        for (int q = p; q < M->hi && q <= p + gap; q++)
            if (M->s->tok[q].len == 1 && (M->s->tok[q].flags & TF_HYPHEN))
                gap++;
    }
    /* "* ON [190]" means a phrase on the verb ("fired on"), not any later "on"
       ("needs a Plan B on Iran"): a lone function word first or last stays close;
       one between ("* {POLICE OFFICERS} TO +") may follow a long object */
    /* (but "(TO LEAVE)", an infinitive after the object, may follow a longer
       one: "ordered Pakistani military advisers to leave") */
    int infinitive = k + 1 < M->nel && e->group && M->el[k + 1].group == e->group && M->el[k + 1].kind == PE_WORD &&
                     e->kind == PE_WORD && streq(dict_s(M->d, D_WORDS(M->d)[e->id].s), "to") &&
                     (D_WORDS(M->d)[M->el[k + 1].id].pos & POS_VERB);
    if (!adjacent && !infinitive && (k == 0 || k + 1 == M->nel) && e->kind == PE_WORD &&
        (D_WORDS(M->d)[e->id].pos & (POS_PREP | POS_CONJ | POS_DET)) &&
        !(D_WORDS(M->d)[e->id].pos & (POS_NOUN | POS_VERB)) && !(k + 1 < M->nel && M->el[k + 1].adjacent))
        gap = 2;
    for (int q = p; q <= p + gap && q < M->hi; q++) {
        int mention = -1;
        /* the first word after the verb is not the verb of the clause that
           follows: "said Russia had attacked energy facilities" is no "* ATTACK"
           (a reported attack, 190) of the speaker's */
        /* (nor anything after it: "said Ethiopia had blocked aid deliveries" is
           no "* AID" of the speaker's) */
        if (k == 0 && (e->kind == PE_WORD || e->kind == PE_SYN) && q > p && clause_verb(M, q - 1))
            break;
        if (k == 0 && e->kind == PE_WORD && clause_verb(M, q))
            continue;
        int len = elem_at(M, e, q, M->hi, &mention);
        if (len > 0) {
            int save_t = M->target, save_s = M->source, save_l = M->last;
            if (e->kind == PE_TARGET)
                M->target = mention;
            else if (e->kind == PE_SOURCE)
                M->source = mention;
            if (e->kind == PE_WORD || e->kind == PE_SYN)
                M->last = q + len - 1 > M->last ? q + len - 1 : M->last;
            if (match_post(M, k + 1, q + len, e->group))
                return 1;
            M->target = save_t;
            M->source = save_s;
            M->last = save_l;
        }
    }
    return 0;
}

/* Pre-verb elements k, k-1, .. 0, ending just before token p (exclusive). */
static int match_pre(mstate *M, int k, int p, int next_adjacent, int next_group)
{
    if (k < 0)
        return 1;
    const dy_pelem *e = &M->el[k];
    /* e->adjacent (after dictread's shift): e touches its right neighbour */
    int adjacent = e->adjacent || (e->group && e->group == next_group);
    (void)next_adjacent;
    int gap = adjacent ? 0 : MAX_GAP;
    for (int end = p; end >= p - gap && end > M->lo; end--) {
        /* try each start such that the element ends at end-1 */
        for (int st = end - 1; st >= M->lo && st >= end - 8; st--) {
            /* a word is one token long, a synset at most its longest member: the
               earlier starts cannot match, but each counts against the budget as
               if tried */
            if ((e->kind == PE_WORD && st < end - 1) ||
                (e->kind == PE_SYN && M->d->syn_maxlen && e->id < DICT_N(M->d, DT_SYNSET) &&
                 (uint32_t)(end - st) > M->d->syn_maxlen[e->id])) {
                M->steps++;
                continue;
            }
            int mention = -1;
            int len = elem_at(M, e, st, end, &mention);
            if (len != end - st)
                continue;
            int save_t = M->target, save_s = M->source, save_f = M->first;
            if (e->kind == PE_TARGET)
                M->target = mention;
            else if (e->kind == PE_SOURCE)
                M->source = mention;
            if (e->kind == PE_WORD || e->kind == PE_SYN)
                M->first = st < M->first ? st : M->first;
            if (match_pre(M, k - 1, st, e->adjacent, e->group))
                return 1;
            M->target = save_t;
            M->source = save_s;
            M->first = save_f;
        }
    }
    return 0;
}

void pattern_words(const dy_dict *d, const dy_sent *s, int lo, int hi, dy_patwords *w)
{
    memset(w->set, 0, sizeof w->set);
    w->n = 0;
    w->bits = 0;
    w->syns = (dy_synbits){{0, 0}};
    for (int i = lo; i < hi; i++) {
        const dy_token *t = &s->tok[i];
        if (s->tok_synbits)
            dy_synbits_or(&w->syns, s->tok_synbits[i]);
        else if (d->word_synbits) {
            dy_synbits_or(&w->syns, dict_word_synbits(d, t->word));
            dy_synbits_or(&w->syns, dict_word_synbits(d, t->lemma));
        } else
            w->syns.b[0] = w->syns.b[1] = ~0ull;
        if (t->word)
            w->n = window_add(w->set, w->list, w->n, &w->bits, t->word);
        if (t->lemma && t->lemma != t->word)
            w->n = window_add(w->set, w->list, w->n, &w->bits, t->lemma);
    }
    /* a span with more words than the set takes cannot use the exact checks */
    w->exact = w->n < PATWORDS_SLOTS / 2;
    for (int k = 0; k < w->n; k++)
        w->bloom[k] = dict_pat_bloom_hash(w->list[k]);
}

void pattern_match(const dy_dict *d, const dy_sent *s, int vgi, int lo, int hi, dy_match *out, int *tried)
{
    const dy_vgroup *g = &s->vg[vgi];
    const dy_verb *v = &D_VERBS(d)[g->verb];
    const dy_block *b = &D_BLOCKS(d)[v->block];
    int vs = g->vstart >= 0 ? g->vstart : g->main, ve = g->vend >= 0 ? g->vend : g->main + 1;
    memset(out, 0, sizeof *out);
    out->code = v->code;
    out->rcode = v->rcode;
    out->target = out->source = -1;
    out->first = vs;
    out->last = ve - 1;
    out->score = -1;
    if (tried)
        *tried = 0;
    const dy_pattern *pats = D_PATTERNS(d);
    const dy_pelem *pel = D_PELEMS(d);
    if (lo < vs - MAX_PRE)
        lo = vs - MAX_PRE;
    if (hi > ve + MAX_POST)
        hi = ve + MAX_POST;
    /* the words and lemmas of the window, so that a pattern needing a word the
       window lacks is dropped without matching: the sentence's, when it lists
       them all */
    dy_patwords own;
    const dy_patwords *W = s->patwords;
    if (!W || !W->exact) {
        pattern_words(d, s, lo, hi, &own);
        W = &own;
    }
    const uint32_t *have = W->set, *have_list = W->list;
    int nhave = W->n, exact = W->exact;
    uint64_t have_words = W->bits;
    dy_synbits have_syns = W->syns;
    /* with at most 128 synsets, have_syns is exact (bit = synset) */
    int syns_exact = d->word_synbits && DICT_N(d, DT_SYNSET) <= 129; /* ids 1..128: one bit each */
    /* A block of many patterns tries only those whose key word is in the
       window (dy_dict.pat_key), in the block's order, so that ties go as before. */
    uint32_t cand[MAX_CANDIDATES];
    uint32_t ncand = b->npatterns;
    int indexed = 0;
    if (exact && d->pat_key && b->npatterns > 16) {
        uint32_t bi = v->block, nc = 0;
        for (uint32_t k = d->pat_free_off[bi]; k < d->pat_free_off[bi + 1] && nc < MAX_CANDIDATES; k++)
            cand[nc++] = d->pat_free[k];
        for (int j = 0; j < nhave && nc < MAX_CANDIDATES; j++) {
            if (!dict_pat_key_may_hashed(d, bi, W->bloom[j]))
                continue;
            const uint32_t(*e)[4] = dict_pat_key_slot(d, bi, have_list[j]);
            if ((*e)[0] != bi)
                continue;
            for (uint32_t k = 0; k < (*e)[3] && nc < MAX_CANDIDATES; k++)
                cand[nc++] = d->pat_keyed[(*e)[2] + k];
        }
        if (nc < MAX_CANDIDATES) {
            /* insertion sort: a few dozen ids, partly in order already */
            for (uint32_t k = 1; k < nc; k++) {
                uint32_t x = cand[k], j = k;
                for (; j > 0 && cand[j - 1] > x; j--)
                    cand[j] = cand[j - 1];
                cand[j] = x;
            }
            ncand = nc;
            indexed = 1;
        }
    }
    if (tried && indexed) /* the trace says how many the block has */
        for (uint32_t i = 0; i < b->npatterns; i++) {
            const dy_pattern *pt = &pats[b->patterns + i];
            *tried += pt->nelems > 0 && pt->nelems <= MAX_ELEMS;
        }
    for (uint32_t i = 0; i < ncand; i++) {
        uint32_t pi = indexed ? cand[i] : b->patterns + i;
        const dy_patsum *ps = &d->pat_sum[pi];
        if (ps->nelems == 0 || ps->nelems > MAX_ELEMS)
            continue;
        if (tried && !indexed)
            (*tried)++;
        if ((ps->need_words & ~have_words) || (ps->need_syns.b[0] & ~have_syns.b[0]) ||
            (ps->need_syns.b[1] & ~have_syns.b[1]))
            continue;
        /* a pattern's score is fixed by its elements: one that could not
           replace the best match so far is not matched at all. On a tie the
           first pattern wins, except that an event beats a "---" (PETRARCH's
           dictionaries disagree with themselves in places) */
        int score = ps->score;
        if (!(score > out->score || (score == out->score && out->code == d->null_code && !out->rcode && !ps->null_event)))
            continue;
        const dy_pattern *pt = &pats[pi];
        const dy_pelem *el = pel + pt->elems;
        int missing = 0;
        for (uint32_t k = 0; k < pt->nelems && !missing && exact; k++) {
            if (el[k].kind == PE_SYN && d->syn_first_off && !syns_exact) {
                /* the window's words, each once (exact: all of them are listed) */
                int found = 0;
                for (int j = 0; j < nhave && !found; j++)
                    found = dict_synset_may_start(d, el[k].id, have_list[j]);
                missing = !found;
                continue;
            }
            if (el[k].kind != PE_WORD)
                continue;
            uint32_t w = el[k].id;
            if (have_has(have, w))
                continue;
            uint32_t wl = d->pel_lemma ? d->pel_lemma[pt->elems + k] : D_WORDS(d)[w].lemma;
            missing = !wl || wl == w || !have_has(have, wl);
        }
        if (missing)
            continue;
        int npre = 0;
        while (npre < (int)pt->nelems && el[npre].side == PE_PRE)
            npre++;
        mstate M = {d, s, el, (int)pt->nelems, lo, hi, -1, -1, vs, ve - 1, 0, vgi};
        /* post side first (most patterns are "* ..."), then the pre side */
        mstate P = M;
        P.el = el + npre;
        P.nel = (int)pt->nelems - npre;
        if (!match_post(&P, 0, ve, 0))
            continue;
        mstate Q = M;
        Q.nel = npre;
        if (!match_pre(&Q, npre - 1, vs, 1, 0))
            continue;
        out->score = score;
        out->pattern = pi;
        out->code = pt->code;
        out->rcode = pt->rcode;
        out->target = P.target >= 0 ? P.target : Q.target;
        out->source = Q.source >= 0 ? Q.source : P.source;
        out->first = Q.first;
        out->last = P.last;
    }
    if (out->score < 0)
        out->score = 0;
}
