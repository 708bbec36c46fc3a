/*
 * dict.h - the dictionary model: vocabulary and lexicon, actor/agent phrase
 * trie, verb blocks and patterns, synsets, CAMEO event codes.
 *
 * Everything is stored as flat arrays of fixed-size records that refer to each
 * other by 32-bit index, never by pointer. That makes one in-memory layout serve
 * three uses: a dictionary being built (arrays are growable), a compiled file
 * mapped into memory (arrays point into the mapping, nothing is allocated per
 * entry) and the built-in dictionary linked into the binary.
 *
 * Index 0 of every table is a reserved "none" entry, so 0 means "absent".
 */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* ---- parts of speech (bit set per word form) ------------------------------ */
enum {
    POS_NOUN = 1u << 0,   /* common noun (singular or plural) */
    POS_VERB = 1u << 1,   /* base/present verb form */
    POS_VPAST = 1u << 2,  /* simple past */
    POS_VPART = 1u << 3,  /* past participle */
    POS_VING = 1u << 4,   /* gerund/present participle */
    POS_V3SG = 1u << 5,   /* third person singular present */
    POS_ADJ = 1u << 6,
    POS_ADV = 1u << 7,
    POS_DET = 1u << 8,    /* the, a, this, each, any, no */
    POS_PRON = 1u << 9,   /* he, they, it, who ... */
    POS_PREP = 1u << 10,  /* in, on, with, to ... */
    POS_CONJ = 1u << 11,  /* and, or, but, nor */
    POS_SCONJ = 1u << 12, /* if, because, although, when, that (complementizer) */
    POS_AUX = 1u << 13,   /* be, have, do in all forms */
    POS_MODAL = 1u << 14, /* will, would, can, could, may, might, must, should, shall */
    POS_NEG = 1u << 15,   /* not, n't, never, no longer */
    POS_NUM = 1u << 16,
    POS_POSS = 1u << 17,  /* his, her, its, their, our, my, your */
    POS_WH = 1u << 18,    /* who, which, whom, whose, where */
    POS_PLURAL = 1u << 19,/* noun form is plural */
    POS_TIME = 1u << 20,  /* day names, months, yesterday, week ... */
    POS_TITLE = 1u << 21, /* Mr., Gen., President (before names) */
    POS_REPORT = 1u << 22,/* said, told, added, reported: reporting verbs */
    POS_PUNCT = 1u << 23,
};
#define POS_ANYVERB (POS_VERB | POS_VPAST | POS_VPART | POS_VING | POS_V3SG)

/* WordNet noun classes (lexicographer files) that matter to the coder. */
enum {
    NSEM_TOPS = 3, NSEM_ACT = 4, NSEM_ANIMAL = 5, NSEM_ARTIFACT = 6, NSEM_ATTRIBUTE = 7, NSEM_BODY = 8,
    NSEM_COGNITION = 9, NSEM_COMMUNICATION = 10, NSEM_EVENT = 11, NSEM_FEELING = 12, NSEM_FOOD = 13,
    NSEM_GROUP = 14, NSEM_LOCATION = 15, NSEM_MOTIVE = 16, NSEM_OBJECT = 17, NSEM_PERSON = 18,
    NSEM_PHENOMENON = 19, NSEM_PLANT = 20, NSEM_POSSESSION = 21, NSEM_PROCESS = 22, NSEM_QUANTITY = 23,
    NSEM_RELATION = 24, NSEM_SHAPE = 25, NSEM_STATE = 26, NSEM_SUBSTANCE = 27, NSEM_TIME = 28,
};

/* Actor entry types (dyad format `type`). */
enum {
    ATYPE_UNKNOWN = 0,
    ATYPE_STATE,
    ATYPE_PLACE,
    ATYPE_METONYM,
    ATYPE_PERSON,
    ATYPE_IGO,
    ATYPE_NGO,
    ATYPE_GROUP,
    ATYPE_PARTY,
    ATYPE_ORG,
    ATYPE_MEDIA,
    ATYPE__COUNT
};
const char *dy_atype_name(int t);
int dy_atype_parse(const char *s, size_t n);

/* ---- records ---------------------------------------------------------------- */

typedef struct dy_str { uint32_t off, len; } dy_str; /* a slice of the string pool */

typedef struct dy_word {
    dy_str s;          /* lower-case form */
    uint32_t pos;      /* POS_* bits for this form */
    uint32_t lemma;    /* word id of the base form (self when 0) */
    uint32_t verb;     /* first verb entry (index into verbs[]) whose head is this form, 0 = none */
    uint8_t nfreq, vfreq, afreq, rfreq; /* corpus frequency of noun/verb/adj/adv senses, 0..255 */
    uint8_t nsem;      /* WordNet lexicographer file of the first noun sense (NSEM_*), 0 = none */
    uint8_t nsem_artifact; /* one of the first five noun senses is an artifact ("drone") */
    uint8_t pad[2];
    uint32_t hash;     /* low 32 bits of the string hash */
} dy_word;

typedef struct dy_node { /* phrase trie node: the path from the root spells a phrase */
    uint32_t actor;    /* actor entry, 0 = none */
    uint32_t actor_caps; /* actor entry when the words are written in capitals (an
                            acronym alias: "SADR", "WHO", "IS"), 0 = none */
    uint32_t agent;    /* agent entry, 0 = none */
    uint32_t issue;    /* issue entry, 0 = none */
    uint8_t discard;   /* 1 = sentence discard, 2 = story discard */
    uint8_t flags;     /* NODE_* */
    uint16_t depth;    /* words from the root */
} dy_node;

/* The phrase ending at this node also matches longer forms of its last word
   (PETRARCH actors without a final '_': "ROHAN" matches "Rohans"). */
#define NODE_STEM 1
/* dy_dict.flags: some node has NODE_STEM, so lookups try stems. */
#define DICT_HAS_STEMS 1
/* The dictionaries are PETRARCH's: code as PETRARCH does, keeping events whose
   actor is a bare role ("---GOV") and taking a that-clause's subject as the
   object of any verb. dyad's own need a country on both sides, and read a
   that-clause's subject as the target only of verbs that are not statements. */
#define DICT_PETRARCH_STYLE 2

typedef struct dy_edge { uint32_t parent, word, child, pad; } dy_edge; /* hash slot */

typedef struct dy_actor {
    dy_str name;       /* canonical name as written */
    uint32_t codes, ncodes; /* slice of actor_codes[] */
    uint32_t type;     /* ATYPE_* */
    uint32_t src;      /* string: source of the fact */
    uint32_t file, line;
} dy_actor;

typedef struct dy_actor_code {
    uint32_t code;     /* string id of the CAMEO actor code */
    int32_t from, to;  /* YYYYMMDD inclusive; 0 = open */
} dy_actor_code;

typedef struct dy_agent {
    dy_str name;
    uint32_t code;     /* string id of the role code, e.g. "GOV" */
    uint32_t prefix;   /* 1: code goes before the actor ("NGO~") */
    uint32_t file, line;
} dy_agent;

typedef struct dy_issue { uint32_t code; uint32_t file, line; } dy_issue;

/* A verb: the dictionary word(s) that trigger a verb block. */
typedef struct dy_verb {
    uint32_t block;    /* verb block */
    uint32_t code;     /* event code id for the bare verb (block default or its own) */
    uint32_t rcode;    /* event code id target -> source ("[042:043]"), 0 = none */
    uint32_t head;     /* word id of the verb form */
    uint32_t base;     /* word id of the primary form, for display */
    uint32_t pre, npre;   /* words that must precede the head, consecutive (slice of seq[]) */
    uint32_t post, npost; /* words that must follow the head, consecutive */
    uint32_t next;     /* next verb entry with the same head word, 0 = none */
    uint32_t file, line;
} dy_verb;

typedef struct dy_block {
    dy_str name;
    uint32_t code;     /* default event code id */
    uint32_t rcode;    /* default reverse code id, 0 = none */
    uint32_t patterns, npatterns; /* slice of patterns[] */
    uint32_t file, line;
} dy_block;

enum { PE_WORD = 1, PE_SYN, PE_SOURCE, PE_TARGET, PE_COMPOUND, PE_SKIP };
enum { PE_PRE = 0, PE_POST = 1 };

typedef struct dy_pelem {
    uint8_t kind;      /* PE_* */
    uint8_t side;      /* PE_PRE: before the verb, PE_POST: after */
    uint8_t adjacent;  /* must touch the element nearer the verb (or the verb) */
    uint8_t group;     /* phrase group ({...} or (...)) number, 0 = none */
    uint32_t id;       /* word id (PE_WORD) or synset id (PE_SYN) */
} dy_pelem;

typedef struct dy_pattern {
    uint32_t code;     /* event code id, source -> target */
    uint32_t rcode;    /* event code id, target -> source (from "[a:b]"), 0 = none */
    uint32_t elems, nelems;
    uint32_t block;
    uint32_t file, line;
    uint32_t text;     /* string: the pattern as written */
} dy_pattern;

typedef struct dy_synset {
    dy_str name;
    uint32_t members, nmembers; /* slice of synmembers[] */
} dy_synset;

typedef struct dy_synmember { uint32_t seq, nseq; } dy_synmember; /* word ids in seq[] */

typedef struct dy_evcode {
    dy_str code;       /* "042" */
    uint32_t name;     /* string id */
    int16_t goldstein10; /* Goldstein score x10; -32768 when unknown */
    uint8_t quad;      /* 1..4, 0 when not a CAMEO code */
    uint8_t null;      /* "---": matches but emits nothing */
} dy_evcode;

typedef struct dy_plover {
    uint32_t cameo;    /* evcode id */
    uint32_t type;     /* string: PLOVER event type */
    uint32_t mode;     /* string */
    uint32_t context;  /* string */
} dy_plover;

/* ---- the dictionary ---------------------------------------------------------- */

enum {
    DT_STR, DT_WORD, DT_WORDHASH, DT_NODE, DT_EDGE, DT_ACTOR, DT_ACODE, DT_AGENT,
    DT_ISSUE, DT_VERB, DT_BLOCK, DT_PATTERN, DT_PELEM, DT_SYNSET, DT_SYNMEMBER,
    DT_SEQ, DT_EVCODE, DT_PLOVER, DT_FILE, DT__COUNT
};

/* A set of synsets, one bit each (synset id & 127). */
typedef struct dy_synbits {
    uint64_t b[2];
} dy_synbits;

/* What pattern_match reads of every candidate pattern, in one place: most
   candidates are dropped on these alone, without touching the pattern or its
   elements (three more cache lines). Derived at load time. */
typedef struct dy_patsum {
    uint64_t need_words;   /* dict_filter_bit of each word it cannot match without */
    dy_synbits need_syns;  /* and each synset */
    uint8_t nelems;        /* its elements, 255 = more */
    uint8_t score;         /* 2 a word or synset, 1 any other element */
    uint8_t null_event;    /* its code is "---" */
} dy_patsum;

typedef struct dy_dict {
    /* Each table: base pointer and item count. */
    struct { void *p; uint32_t n; } t[DT__COUNT];
    /* While building, each table is a growable vector (vec[i]); t[i] mirrors it. */
    dy_vec vec[DT__COUNT];
    int building;
    void *mapping;      /* munmap on free, when loaded from a file */
    size_t mapping_len;
    uint32_t wordhash_mask;  /* DT_WORDHASH has mask+1 slots of word ids */
    uint32_t edgehash_mask;  /* DT_EDGE has mask+1 slots */
    uint32_t root;           /* trie root node */
    uint32_t null_code;      /* evcode id of "---" */
    uint32_t flags;
    /* Derived at load time, never saved: a 64-bit filter per synset of the words
       (and lemmas) its members can start with, so most positions are rejected
       without reading the members. */
    uint64_t *syn_filter;
    uint32_t *syn_first_off;  /* per synset: [off[i], off[i+1]) of syn_first */
    uint32_t *syn_first;      /* sorted word ids a member can start with */
    /* Per word, bit (syn & 127) set for each synset a member of which can start with
       that word; per pattern, the word bits and synset bits it cannot match without.
       A verb window collects its words' bits once, and a pattern whose needs are not
       all in it is dropped with a few ANDs (pattern.c). Exact up to 128 synsets. */
    dy_synbits *word_synbits;
    uint64_t *syn_words;      /* bit per word id: its word_synbits are not 0 (a few
                                 thousand words; the bitset stays in cache where the
                                 169,000-entry array would not) */
    dy_patsum *pat_sum;       /* per pattern: its needs, score and size together */
    uint32_t *pel_lemma;      /* per pattern element: the lemma of its word (0 = itself) */
    /* per synset, its members by first word: (word, member) pairs, a synset's
       sorted by word, keyed by the member's first word and by that word's lemma;
       members that start with a synset come last with word 0 */
    uint32_t (*syn_keys)[2];
    /* each run of one word of a synset found in one probe: open addressing over
       (synset, word) -> {synset, word, offset in syn_keys, count}; synset 0 = empty slot */
    uint32_t (*syn_runs)[4];
    uint32_t syn_runs_mask;
    uint32_t *syn_maxlen;     /* per synset: the most tokens a match of it can take */
    uint64_t *syn_nested;     /* bit per synset: some member starts with a synset */
    uint32_t *ev_plover;      /* per event code: its PLOVER entry, or its parent's, 0 = none */
    uint64_t *root_words;     /* bit per word id: some phrase starts with it (fits in
                                 cache, unlike the edge hash most tokens would miss in) */
    /* Per trie node, 8 bytes where the node takes 20 and its edges a 2 MB hash:
       bit 0, the node carries an actor, agent, issue or discard; bits 1-63, a
       filter of the words its children are reached by. Most steps from a node
       lead nowhere, and most nodes a phrase passes through carry nothing. */
    uint64_t *node_kids;
    /* Per verb block, its patterns by a word each cannot match without (the
       rarest of its words, as a lemma): a window looks up its own words and
       tries only those patterns, plus the block's patterns with no such word
       (pat_free). SAY has hundreds of patterns; a sentence's window, a few
       dozen words. pat_key: open addressing over (block, word) -> [off, n) of
       pat_keyed; pat_free_off: per block, [off[b], off[b+1]) of pat_free. */
    uint32_t (*pat_key)[4];   /* block, word, off, n; block 0 = empty */
    uint32_t pat_key_mask;
    uint32_t *pat_keyed;
    uint32_t *pat_free_off;
    uint32_t *pat_free;
    /* per block, a Bloom filter of its key words (one hash, 8 bits a key): a
       window's words that key none of the block's patterns, most of them, are
       dropped without probing pat_key, a large table that misses the cache */
    uint64_t *pat_bloom;
    uint32_t *pat_bloom_off;  /* per block: its filter's first word in pat_bloom */
    uint32_t *pat_bloom_mask; /* per block: its filter's bits - 1 (0 = no filter) */
    /* build-time only: string interning */
    dy_vec strhash;     /* uint32 slots: offsets+1 of interned strings */
    uint32_t strhash_n;
    dy_vec edgevec;     /* build-time edge hash storage */
    uint32_t edge_used;
    dy_vec evhash;      /* uint32 slots: event code ids by their text (a verb
                           file may name thousands: a linear search was quadratic) */
} dy_dict;

/* The header of a compiled dictionary file (dict_save, dict_attach): the tables
   follow it, each at a 16-byte aligned offset. */
typedef struct dy_dict_file_header {
    char magic[8];
    uint32_t version, ntables;
    uint64_t size;
    uint32_t wordhash_mask, edgehash_mask, root, null_code, flags, reserved[3];
    struct { uint64_t off; uint32_t n, item; } tab[DT__COUNT];
} dy_dict_file_header;

#define DICT_T(d, id, T) ((T *)(d)->t[id].p)
#define DICT_N(d, id) ((d)->t[id].n)

#define D_STR(d) ((const char *)(d)->t[DT_STR].p)
#define D_WORDS(d) DICT_T(d, DT_WORD, dy_word)
#define D_NODES(d) DICT_T(d, DT_NODE, dy_node)
#define D_ACTORS(d) DICT_T(d, DT_ACTOR, dy_actor)
#define D_ACODES(d) DICT_T(d, DT_ACODE, dy_actor_code)
#define D_AGENTS(d) DICT_T(d, DT_AGENT, dy_agent)
#define D_ISSUES(d) DICT_T(d, DT_ISSUE, dy_issue)
#define D_VERBS(d) DICT_T(d, DT_VERB, dy_verb)
#define D_BLOCKS(d) DICT_T(d, DT_BLOCK, dy_block)
#define D_PATTERNS(d) DICT_T(d, DT_PATTERN, dy_pattern)
#define D_PELEMS(d) DICT_T(d, DT_PELEM, dy_pelem)
#define D_SYNSETS(d) DICT_T(d, DT_SYNSET, dy_synset)
#define D_SYNMEMBERS(d) DICT_T(d, DT_SYNMEMBER, dy_synmember)
#define D_SEQ(d) DICT_T(d, DT_SEQ, uint32_t)
#define D_EVCODES(d) DICT_T(d, DT_EVCODE, dy_evcode)
#define D_PLOVER(d) DICT_T(d, DT_PLOVER, dy_plover)
#define D_FILES(d) DICT_T(d, DT_FILE, dy_str)

/* String pool access: every string is NUL-terminated in the pool. */
static inline const char *dict_str(const dy_dict *d, uint32_t off) { return D_STR(d) + off; }
static inline const char *dict_s(const dy_dict *d, dy_str s) { return D_STR(d) + s.off; }

/* ---- building ---------------------------------------------------------------- */

/* Starts an empty dictionary for building. */
int dict_build_init(dy_dict *d) DY_WARN_UNUSED;
/* Starts a dictionary for building from a copy of a finished one (e.g. the built-ins).
   DICT_COPY_ALL keeps everything (user dictionaries add to the built-ins);
   DICT_COPY_LEXICON keeps only the lexicon and the CAMEO/PLOVER tables (PETRARCH
   dictionaries replace the built-in actors, agents and verbs). */
enum { DICT_COPY_ALL = 0, DICT_COPY_LEXICON = 1 };
int dict_build_from(dy_dict *d, const dy_dict *src, int what) DY_WARN_UNUSED;
/* Interns a string; returns its pool offset (0 is the empty string). */
uint32_t dict_intern(dy_dict *d, const char *s, size_t n);
/* Interns a lower-case word and returns its word id (creating it with no POS). */
uint32_t dict_word(dy_dict *d, const char *s, size_t n);
/* Walks/extends the trie along a sequence of word ids, returns the node. */
uint32_t dict_trie_add(dy_dict *d, const uint32_t *words, size_t n);
/* Adds a record to table `id`, returns its index (0 on OOM). */
uint32_t dict_add(dy_dict *d, int id);
#define DICT_ADD(d, id, T, outp) ((outp) = (T *)dict_add_ptr((d), (id)))
void *dict_add_ptr(dy_dict *d, int id);
uint32_t dict_file(dy_dict *d, const char *path);
/* Finds or creates an event code by its text; returns the evcode id. */
uint32_t dict_evcode(dy_dict *d, const char *code, size_t n);
/* Builds lookup tables; after this the dictionary is read-only. */
int dict_build_finish(dy_dict *d) DY_WARN_UNUSED;
int dict_oom(const dy_dict *d);

/* ---- reading ----------------------------------------------------------------- */

/* Looks a lower-case word up; returns 0 when unknown. */
uint32_t dict_lookup(const dy_dict *d, const char *s, size_t n);
/* Trie step: child of `node` by word id, 0 when none. */
uint32_t dict_trie_next(const dy_dict *d, uint32_t node, uint32_t word);
/* Event code id by text, 0 when unknown. */
uint32_t dict_find_evcode(const dy_dict *d, const char *code, size_t n);
/* The CAMEO actor code of an actor entry at a date (YYYYMMDD), or NULL. */
const char *dict_actor_code_at(const dy_dict *d, uint32_t actor, int32_t date, const dy_actor_code **which);

/* ---- files --------------------------------------------------------------------- */

/* Serialises a finished dictionary. Returns 0 or -errno; *err gets a message. */
int dict_save(const dy_dict *d, const char *path, char *err, size_t errlen);
/* Adopts a compiled image (mapped file or static blob) after checking every index.
   Returns 0, or -1 with a message in err: a corrupt image is rejected, never trusted. */
int dict_attach(dy_dict *d, const void *image, size_t len, char *err, size_t errlen);
int dict_load_file(dy_dict *d, const char *path, char *err, size_t errlen);
void dict_free(dy_dict *d);

/* Builds the derived lookup tables of a finished or attached dictionary.
   Returns 0 or -1 on out-of-memory. */
int dict_prepare(dy_dict *d);

/* Can a member of synset `syn` start with word id w? */
int dict_synset_may_start(const dy_dict *d, uint32_t syn, uint32_t w);
/* The pattern index's slot for (block, word): [2], [3] = the run of pattern ids in
   pat_keyed when [0] == block, else an empty slot (dy_dict.pat_key). */
static inline uint32_t (*dict_pat_key_slot(const dy_dict *d, uint32_t block, uint32_t word))[4]
{
    uint32_t mask = d->pat_key_mask;
    for (uint32_t h = (uint32_t)dy_hash_u64(((uint64_t)block << 32) | word) & mask;; h = (h + 1) & mask) {
        uint32_t(*e)[4] = &d->pat_key[h];
        if (!(*e)[0] || ((*e)[0] == block && (*e)[1] == word))
            return e;
    }
}

/* The members of synset syn whose first word is word (0: those starting with a
   synset): their [off, off + n) in syn_keys. */
static inline uint32_t dict_syn_run(const dy_dict *d, uint32_t syn, uint32_t word, uint32_t *n)
{
    uint32_t mask = d->syn_runs_mask;
    for (uint32_t h = (uint32_t)dy_hash_u64(((uint64_t)syn << 32) | word) & mask;; h = (h + 1) & mask) {
        const uint32_t *e = d->syn_runs[h];
        if (!e[0]) {
            *n = 0;
            return 0;
        }
        if (e[0] == syn && e[1] == word) {
            *n = e[3];
            return e[2];
        }
    }
}

/* The bit of word in a block's bloom filter of pattern keys, before the block's mask. */
static inline uint32_t dict_pat_bloom_hash(uint32_t word) { return (uint32_t)(dy_hash_u64(word) >> 40); }

/* 0 when the word whose dict_pat_bloom_hash is hash keys none of block's
   patterns; 1 when it may (the hash is worked out once per sentence). */
static inline int dict_pat_key_may_hashed(const dy_dict *d, uint32_t block, uint32_t hash)
{
    uint32_t mask = d->pat_bloom_mask[block];
    if (!mask)
        return 0;
    uint32_t bit = hash & mask;
    return (int)(d->pat_bloom[d->pat_bloom_off[block] + (bit >> 6)] >> (bit & 63) & 1);
}

/* word_synbits[w], read only when the cache-resident bitset says it is not 0. */
static inline dy_synbits dict_word_synbits(const dy_dict *d, uint32_t w)
{
    dy_synbits none = {{0, 0}};
    return d->syn_words[w >> 6] >> (w & 63) & 1 ? d->word_synbits[w] : none;
}

static inline void dy_synbits_or(dy_synbits *a, dy_synbits b)
{
    a->b[0] |= b.b[0];
    a->b[1] |= b.b[1];
}

static inline void dy_synbits_set(dy_synbits *a, uint32_t syn) { a->b[syn >> 6 & 1] |= 1ull << (syn & 63); }

/* The filter bit of a word id. */
/* The PLOVER entry of event code ev (its own, else its nearest parent's), 0 = none. */
static inline uint32_t dict_plover_of(const dy_dict *d, uint32_t ev)
{
    return d->ev_plover && ev < DICT_N(d, DT_EVCODE) ? d->ev_plover[ev] : 0;
}

/* Can a phrase of the trie start with word w? (no: most tokens of a sentence) */
static inline int dict_may_start_phrase(const dy_dict *d, uint32_t w)
{
    return !d->root_words || (d->root_words[w >> 6] >> (w & 63) & 1);
}

/* The node_kids bit of a child reached by word w. */
static inline uint64_t dict_kid_bit(uint32_t w) { return 2ull << (dy_hash_u64(w) % 63); }

/* node_kids of node: all bits when there is no table (every step is tried and
   every node read), none for node 0 (no node). */
static inline uint64_t dict_node_kids(const dy_dict *d, uint32_t node)
{
    return !d->node_kids ? ~0ull : node ? d->node_kids[node] : 0;
}

static inline uint64_t dict_filter_bit(uint32_t w) { return 1ull << (dy_hash_u64(w) & 63); }

#endif
