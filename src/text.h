/*
 * text.h - Unicode normalisation, tokenisation and sentence splitting.
 *
 * Tokens lend from the text they were cut from: a token is a byte offset and a
 * length, plus the lower-case lookup key when that differs from the text
 * (non-ASCII letters folded, diacritics stripped).
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Normalises UTF-8 text for coding: NFKC, curly quotes to ASCII quotes, dashes to
   '-' or "--", spaces and controls to ' ', NUL removed, invalid UTF-8 replaced by
   U+FFFD. Appends to out. Returns the number of invalid sequences replaced. */
size_t dy_normalize(const char *in, size_t n, dy_buf *out);

/* Token kinds */
enum { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_QUOTE };

/* Token flags */
enum {
    TF_CAP = 1 << 0,      /* starts with an upper-case letter */
    TF_ALLCAP = 1 << 1,   /* two or more letters, all upper case */
    TF_SPACE = 1 << 2,    /* preceded by white space (or starts the text) */
    TF_ABBR = 1 << 3,     /* ends with a period that belongs to it (U.S., Mr.) */
    TF_CLITIC = 1 << 4,   /* 's, n't, 'll ... split off the previous word */
    TF_HYPHEN = 1 << 5,   /* a hyphen inside a compound (no spaces around it) */
    TF_SENT_END = 1 << 6, /* the sentence splitter ended a sentence here */
    TF_NONASCII = 1 << 7,
};

typedef struct dy_token {
    uint32_t off, len;    /* bytes in the text */
    uint32_t word;        /* dictionary word id of the lower-case key, 0 if unknown */
    uint32_t lemma;       /* dictionary word id of the base form, 0 if unknown */
    uint32_t pos;         /* POS_* bits: lexicon, then context */
    uint16_t flags;       /* TF_* */
    uint8_t kind;         /* TK_* */
    uint8_t pad;
    const char *key;      /* lower-case lookup key (NUL-terminated, arena) */
    uint32_t keylen;
    uint16_t rw;          /* words.h id of the key, W_NONE if no rule names it (lexicon) */
    uint16_t rl;          /* words.h id of the base form: the lemma's, else the word's,
                             else the key's (lexicon) */
} dy_token;

struct dy_arena;

/* Splits text into tokens (arena-allocated array). Returns the count, or -1 on OOM.
   Does not look words up; see lexicon.h. */
long dy_tokenize(const char *text, size_t n, dy_arena *a, dy_token **out);

/* Marks sentence ends (TF_SENT_END) on tokens and returns the number of sentences. */
size_t dy_split_sentences(const char *text, dy_token *toks, size_t ntok);

/* Is this lower-case word an abbreviation that keeps its period ("mr", "gen", "jan")? */
int dy_is_abbrev(const char *lower, size_t n);

/* 1 when the word lists the tokenizer searches are in order (tests). */
int dy_text_tables_sorted(void);

#endif
