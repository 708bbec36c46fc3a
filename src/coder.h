/*
 * coder.h - the pipeline for one story: clean, split, analyse each sentence,
 * resolve references, match verb patterns and emit events.
 */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "coref.h"
#include "lexicon.h"
#include "dyad.h"
#include "sent.h"

struct dyad_dict {
    dy_dict d;
};

struct dyad_coder {
    const dy_dict *d;
    dy_arena arena;        /* what a story's results point to */
    dy_arena para;         /* the tokens of one piece of a paragraph */
    dy_arena work;         /* the analysis of one sentence: reset for the next, so
                              memory follows the longest sentence, not the story */
    dy_buf scratch, clean;
    dy_vec paras;          /* dy_para */
    dy_vec events;         /* dyad_event */
    dy_vec sentences;      /* dyad_sentence */
    dy_coref coref;
    dy_buf trace_buf;
    dy_buf *trace;         /* &trace_buf while explaining, else NULL */
    int32_t date;
    int sentence;          /* index of the sentence being coded */
    int quote_depth;       /* inside a quotation that spans sentences */
    const char *story_discard; /* a story-scope discard phrase seen */
    char story_discard_buf[256];
    dyad_result res;
    dyad_sink sink;        /* dyad_code_stream: where each piece's results go */
    void *sink_ctx;
    int sink_rc;
    dy_arena coref_arena;  /* the coreference history's words, compacted as it grows */
    int one_sided;         /* DYAD_OPT_ONE_SIDED */
    int comma[6];          /* DYAD_OPT_COMMA_MIN .. DYAD_OPT_COMMA_EMAX, in that order */
    int comma_on;          /* some maximum is set */
    int new_actor_len;     /* DYAD_OPT_NEW_ACTOR_LENGTH */
    dy_lexcache lexcache;  /* recent words' lexicon entries */
};

/* Codes the story into c->res. Returns 0 or DYAD_ENOMEM. */
int coder_story(struct dyad_coder *c, int32_t date, const char *text, size_t len);

#endif
