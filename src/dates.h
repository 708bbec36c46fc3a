/*
 * dates.h - time expressions and the dates they name, relative to the story.
 *
 * "yesterday", "last week", "on Wednesday" (the past one for a past-tense verb,
 * the coming one for a future verb), "next weekend", "earlier this month",
 * "in March 2019", "on March 3", "in 2015", "two days ago". Each expression is
 * attached to the nearest verb group of its clause; an event takes the date of
 * the expression attached to its verb, else the story date.
 */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include "sent.h"

enum { PREC_DAY = 0, PREC_WEEK, PREC_MONTH, PREC_YEAR };
const char *date_precision_name(int p);

typedef struct dy_time {
    int start, end;   /* tokens */
    int weekday;      /* 0..6 Monday..Sunday when the expression is a bare weekday, else -1 */
    int relation;     /* -1 explicitly past ("last"), +1 explicitly future ("next"), 0 by tense */
    int32_t date;     /* resolved for a past reading (relation <= 0) */
    int32_t date_future; /* resolved for a future reading */
    int precision;    /* PREC_* */
    int vg;           /* the verb group it dates, -1 */
} dy_time;

/* Finds the time expressions of a sentence. Returns their number (at most max). */
int dates_find(const dy_sent *s, int32_t story_date, dy_time *out, int max);

/* Attaches each expression to a verb group (t->vg). */
void dates_attach(const dy_sent *s, dy_time *t, int n);

/* "a day after Pompeo blamed Tehran", "hours before the vote": the verb group
   opens a clause "N days|weeks|hours after|before"; gives the main clause's
   first finite verb, the offset in days from that verb's date (-1 for "a day after"),
   and the tokens of "a day after". Returns 1, or 0 when it is no such clause. */
/* "a day after", "two weeks before", "hours after": token i is the "after" or
   "before" of such an offset; gives the days (-1 for "a day after") and its first
   token. Returns 1, or 0. */
int dates_offset_at(const dy_sent *s, int i, int *days, int *start);

int dates_clause_offset(const dy_sent *s, int vgi, int *gov, int *days, int *start, int *end);

#endif
