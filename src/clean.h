/*
 * clean.h - from a story's raw text to paragraphs worth coding.
 *
 * Web and wire text arrives hard-wrapped and mixed with page furniture:
 * "Related article:" teasers, photo credits ("Kremlin.ru"), bare links, "This
 * article was first published by ..." lines. The cleaner normalises the text
 * (NFKC, ASCII quotes and dashes), re-joins wrapped lines into paragraphs
 * (keeping "U.S.-" + newline + "backed" as "U.S.-backed"), gives headlines a
 * paragraph of their own and drops the furniture, so that nothing is coded
 * from it.
 */
#ifndef DYAD_CLEAN_H
#define DYAD_CLEAN_H

#include "util.h"

typedef struct dy_para {
    uint32_t off, len; /* bytes in the cleaned buffer (NUL after each paragraph) */
    uint8_t heading;   /* a headline or title line */
} dy_para;

typedef struct dy_clean_stats {
    size_t dropped_lines;  /* furniture, links and credits removed */
    size_t invalid_utf8;   /* sequences replaced by U+FFFD */
} dy_clean_stats;

/* Cleans n bytes of raw text. `out` receives the paragraphs, each followed by
   a NUL; `paras` (a dy_vec of dy_para) their positions. `scratch` is a work
   buffer reused between calls. Returns 0, or -1 on out-of-memory. */
int dy_clean(const char *text, size_t n, dy_buf *scratch, dy_buf *out, dy_vec *paras, dy_clean_stats *st);

/* Is s[0..n) a web address or a bare domain ("kremlin.ru", "https://...")? */
int dy_is_url(const char *s, size_t n);

#endif
