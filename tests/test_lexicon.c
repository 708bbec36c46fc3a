/* test_lexicon.c - word classes and base forms from WordNet and dyad's lists,
   and the tags they give in context. */
#include "check.h"
#include "coder.h"
#include "lexicon.h"
#include "testlib.h"

/* One token of text w, as the lexicon tags it. */
static dy_token tag_one(const dy_dict *d, dy_lexcache *cache, const char *w, uint8_t kind)
{
    dy_token t;
    memset(&t, 0, sizeof t);
    t.key = w;
    t.keylen = (uint32_t)strlen(w);
    t.kind = kind;
    lex_tag_tokens(d, cache, w, &t, 1);
    return t;
}

static const char *lemma_of(const dy_dict *d, const char *w)
{
    dy_token t = tag_one(d, NULL, w, TK_WORD);
    return t.lemma ? dict_s(d, D_WORDS(d)[t.lemma].s) : "(none)";
}

/* The words.h ids the lexicon gives a token: of its key, and of its base form. */
static void rule_words_of(const dy_dict *d, dy_lexcache *cache, const char *w, uint8_t kind, unsigned *rw, unsigned *rl)
{
    dy_token t = tag_one(d, cache, w, kind);
    *rw = t.rw;
    *rl = t.rl;
}

int main(void)
{
    code_at("2020-01-07", "warm up");
    const dy_dict *d = &test_dict->d;
    /* irregular verbs, regular verbs, plural nouns */
    CHECK_STR(lemma_of(d, "met"), "meet");
    CHECK_STR(lemma_of(d, "seized"), "seize");
    CHECK_STR(lemma_of(d, "killed"), "kill");
    CHECK_STR(lemma_of(d, "fled"), "flee");
    CHECK_STR(lemma_of(d, "struck"), "strike");
    CHECK_STR(lemma_of(d, "underwent"), "undergo");
    CHECK_STR(lemma_of(d, "visits"), "visit");
    CHECK_STR(lemma_of(d, "shelling"), "shell");
    CHECK_STR(lemma_of(d, "forces"), "force");
    CHECK_STR(lemma_of(d, "countries"), "country");
    CHECK_STR(lemma_of(d, "men"), "man");
    /* closed-class words keep their own form ("his" is not the plural of "hi") */
    CHECK_STR(lemma_of(d, "his"), "his");
    uint32_t the = dict_lookup(d, "the", 3);
    CHECK(the && (D_WORDS(d)[the].pos & POS_DET));
    uint32_t will = dict_lookup(d, "will", 4);
    CHECK(will && (D_WORDS(d)[will].pos & POS_MODAL));
    /* noun classes from WordNet's lexicographer files */
    uint32_t missile = dict_lookup(d, "missile", 7), death = dict_lookup(d, "death", 5);
    CHECK(missile && D_WORDS(d)[missile].nsem == NSEM_ARTIFACT);
    CHECK(death && D_WORDS(d)[death].nsem == NSEM_EVENT);

    /* in context: "was killed" is a passive of kill; "offer" after "is" in a pseudo-cleft is a verb */
    const char *tr;
    const dyad_result *r;
    dyad_explain(test_coder, 20200107, "Two soldiers were killed by rebels.", 35, &r, &tr);
    CHECK(strstr(tr, "killed/VPART(kill)") != NULL);
    CHECK(strstr(tr, "passive") != NULL);
    dyad_explain(test_coder, 20200107, "All it can do is offer condolences.", 35, &r, &tr);
    CHECK(strstr(tr, "offer/VERB") != NULL);
    dyad_explain(test_coder, 20200107, "Calenardhon crowds burned the embassy.", 38, &r, &tr);
    CHECK(strstr(tr, "crowds/NOUN") != NULL);

    /* the rules' word ids, with and without the cache (a second lookup is a hit) */
    static dy_lexcache cache;
    for (int pass = 0; pass < 3; pass++) {
        dy_lexcache *c = pass ? &cache : NULL;
        unsigned rw, rl;
        rule_words_of(d, c, "said", TK_WORD, &rw, &rl);
        CHECK(rw == W_said && rl == W_say);
        rule_words_of(d, c, "agreed", TK_WORD, &rw, &rl);
        CHECK(rw == W_NONE && rl == W_agree); /* no rule names "agreed"; its lemma is named */
        rule_words_of(d, c, ",", TK_PUNCT, &rw, &rl);
        CHECK(rw == W_COMMA && rl == W_COMMA);
        rule_words_of(d, c, "calenardhon", TK_WORD, &rw, &rl);
        CHECK(rw == W_NONE && rl == W_NONE);
    }
    test_cleanup();
    return check_done("test_lexicon");
}
