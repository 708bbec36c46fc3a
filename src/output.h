/*
 * output.h - event writers: JSON Lines (dyad's schema), TSV and CSV (Phoenix's
 * column order first).
 */
#ifndef DYAD_OUTPUT_H
#define DYAD_OUTPUT_H

#include "dyad.h"
#include "util.h"

enum { OUT_JSONL = 0, OUT_TSV, OUT_CSV };

/* Appends event i of r, for story `doc`, as one line. */
void out_event(dy_buf *b, int format, const dyad_result *r, size_t i, const char *doc, size_t doclen, int flags);

/* The header line of TSV and CSV output (nothing for JSON Lines). */
void out_header(dy_buf *b, int format, int flags);

/* "2020-01-07" from 20200107, into a buffer of at least 11 bytes. */
void out_date(int32_t ymd, char *buf);

#endif
