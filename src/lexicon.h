/*
 * lexicon.h - word classes and base forms.
 *
 * At dictionary-compile time the lexicon is built from WordNet's index and
 * exception files (Debian package wordnet-base) plus dyad's own list of
 * function words; regular inflections are generated so that a token is looked
 * up with one hash probe. Words not found are analysed at run time by suffix
 * rules against the same table.
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "dict.h"
#include "text.h"

/* Adds WordNet's nouns, verbs, adjectives and adverbs with their inflected forms.
   Returns 0, or -1 with a message (missing or unreadable files). */
int lex_build_wordnet(dy_dict *d, const char *wordnet_dir, char *err, size_t errlen);

/* Adds dyad's function words (determiners, pronouns, prepositions, auxiliaries...). */
int lex_build_closed_class(dy_dict *d);

/* The lexicon's answers for recently seen words, by their text: news repeats
   its words, and a hit costs one cache line where the lookup costs several
   (the word hash, the word, its text; up to eight for an unknown word's
   suffix rules). One per coder, for one dictionary; zeroed means empty. Two
   ways a set (slots 2k and 2k + 1), the newer first: in the same memory as
   one way a slot, the benchmark corpus misses 77,000 words where it missed
   180,000, and 128,000 trie steps where it missed 201,000. */
#define LEX_CACHE_SLOTS 8192
#define LEX_CACHE_KEY 23
typedef struct dy_lexcache_slot {
    uint64_t hash;
    uint32_t word, lemma, pos;
    uint16_t rw, rl; /* words.h ids of the key and of the base form */
    uint8_t len;     /* 0: empty */
    char key[LEX_CACHE_KEY];
} dy_lexcache_slot;
/* The same for steps in the phrase trie, (node, word) -> child: every token
   tries to start a phrase, and the edge table is too large to stay in cache. */
#define TRIE_CACHE_SLOTS 4096
typedef struct dy_triecache_slot {
    uint32_t node, word, child; /* word 0: empty */
    uint64_t kids;              /* dict_node_kids of child: the next step's filter, at hand */
} dy_triecache_slot;
typedef struct dy_lexcache {
    const dy_dict *d;
    dy_lexcache_slot slot[LEX_CACHE_SLOTS];
    uint32_t punct[256]; /* a one-byte punctuation token's word id + 1; 0 = not yet */
    uint16_t punct_rw[256]; /* and its words.h id */
    dy_triecache_slot trie[TRIE_CACHE_SLOTS];
} dy_lexcache;

/* dict_trie_next through the cache (which may be NULL); *kids gets the
   child's dict_node_kids, the filter of the step after it. */
uint32_t lex_trie_next(const dy_dict *d, dy_lexcache *cache, uint32_t node, uint32_t word, uint64_t *kids);

/* Fills word, lemma and pos of each token from the dictionary; cache may be NULL. */
void lex_tag_tokens(const dy_dict *d, dy_lexcache *cache, const char *text, dy_token *toks, size_t n);

/* Base form of an unknown lower-case word by suffix rules; returns the word id of
   the base and its POS bits through *pos, or 0. */
uint32_t lex_analyze(const dy_dict *d, const char *w, size_t n, uint32_t *pos);

/* Regular inflections of an English verb, used when reading verb dictionaries:
   writes the 3sg, past and -ing forms into the buffers (each up to cap bytes). */
void lex_verb_forms(const char *base, size_t n, char *s3, char *past, char *ing, size_t cap);

#endif
