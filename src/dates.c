/*
 * dates.c - time expressions (see dates.h).
 */
#include "dates.h"

#include <stdlib.h>

static const char *const precision_names[] = {"day", "week", "month", "year"};
const char *date_precision_name(int p) { return p >= 0 && p <= 3 ? precision_names[p] : "day"; }

static inline int is(const dy_sent *s, int i, unsigned w) { return sent_tok_w(s, i, w); }

static const uint16_t weekdays[] = {W_monday, W_tuesday, W_wednesday, W_thursday, W_friday, W_saturday, W_sunday};
static const uint16_t months[] = {W_january, W_february, W_march, W_april, W_may, W_june, W_july,
                                  W_august, W_september, W_october, W_november, W_december};
static const uint16_t month_abbr[] = {W_jan_, W_feb_, W_mar_, W_apr_, W_may, W_jun_, W_jul_,
                                      W_aug_, W_sep_, W_oct_, W_nov_, W_dec_};

static int weekday_at(const dy_sent *s, int i)
{
    for (int k = 0; k < 7; k++)
        if (is(s, i, weekdays[k]))
            return k;
    return -1;
}

static int month_at(const dy_sent *s, int i)
{
    if (i < 0 || i >= s->ntok || !(s->tok[i].flags & TF_CAP))
        return -1;
    for (int k = 0; k < 12; k++)
        if (is(s, i, months[k]) || is(s, i, month_abbr[k]) || (k == 8 && is(s, i, W_sept_)))
            return k + 1;
    return -1;
}

static int number_at(const dy_sent *s, int i)
{
    static const uint16_t words[] = {W_zero, W_one, W_two, W_three, W_four, W_five, W_six, W_seven, W_eight,
                                     W_nine, W_ten, W_eleven, W_twelve};
    if (i < 0 || i >= s->ntok)
        return -1;
    const dy_token *t = &s->tok[i];
    if (t->kind == TK_NUM && t->keylen <= 4) {
        int v = 0;
        for (uint32_t k = 0; k < t->keylen; k++) {
            if (!dy_is_digit(t->key[k]))
                return -1;
            v = v * 10 + (t->key[k] - '0');
        }
        return v;
    }
    if (is(s, i, W_a) || is(s, i, W_an))
        return 1;
    for (int k = 0; k < 13; k++)
        if (is(s, i, words[k]))
            return k;
    return -1;
}

static int year_at(const dy_sent *s, int i)
{
    int v = number_at(s, i);
    if (i < 0 || i >= s->ntok || s->tok[i].kind != TK_NUM || s->tok[i].keylen != 4)
        return -1;
    return v >= 1900 && v <= 2100 ? v : -1;
}

static int32_t ymd(int y, int m, int d) { return y * 10000 + m * 100 + d; }
static int32_t add_days(int32_t date, int k) { return dy_days_to_ymd(dy_ymd_to_days(date) + k); }
static int32_t monday_of(int32_t date)
{
    int32_t days = dy_ymd_to_days(date);
    return dy_days_to_ymd(days - dy_weekday(days));
}
static int32_t add_months(int32_t date, int k)
{
    int y = date / 10000, m = date / 100 % 100 + k;
    while (m < 1) {
        m += 12;
        y--;
    }
    while (m > 12) {
        m -= 12;
        y++;
    }
    return ymd(y, m, 1);
}

static void put(dy_time *out, int *n, int max, int st, int en, int32_t past, int32_t future, int prec, int rel)
{
    if (*n >= max)
        return;
    dy_time *t = &out[(*n)++];
    t->start = st;
    t->end = en;
    t->weekday = -1;
    t->relation = rel;
    t->date = past;
    t->date_future = future ? future : past;
    t->precision = prec;
    t->vg = -1;
}

/* Can a time expression start at this token? The words that open one, as a
   table by words.h id, so that the long chain below runs only for them (hot:
   every token). */
static int may_open_date(const dy_token *t)
{
    static const unsigned char opens[W__COUNT] = {
        [W_ago] = 1,      [W_apr_] = 1,      [W_april] = 1,    [W_august] = 1,    [W_aug_] = 1,     [W_coming] = 1,
        [W_december] = 1, [W_dec_] = 1,      [W_earlier] = 1,  [W_friday] = 1,    [W_february] = 1, [W_feb_] = 1,
        [W_following] = 1, [W_in] = 1,       [W_january] = 1,  [W_jan_] = 1,      [W_june] = 1,     [W_jun_] = 1,
        [W_july] = 1,     [W_jul_] = 1,      [W_last] = 1,     [W_later] = 1,     [W_monday] = 1,   [W_march] = 1,
        [W_mar_] = 1,     [W_may] = 1,       [W_next] = 1,     [W_november] = 1,  [W_nov_] = 1,     [W_october] = 1,
        [W_oct_] = 1,     [W_past] = 1,      [W_previous] = 1, [W_saturday] = 1,  [W_sunday] = 1,   [W_september] = 1,
        [W_sep_] = 1,     [W_sept_] = 1,     [W_today] = 1,    [W_tonight] = 1,   [W_tomorrow] = 1, [W_this] = 1,
        [W_tuesday] = 1,  [W_thursday] = 1,  [W_wednesday] = 1, [W_weekend] = 1,  [W_yesterday] = 1};
    return opens[t->rw];
}

int dates_find(const dy_sent *s, int32_t story, dy_time *out, int max)
{
    int n = 0;
    if (!story)
        return 0;
    int sy = story / 10000, sm = story / 100 % 100;
    int32_t sdays = dy_ymd_to_days(story);
    int swd = dy_weekday(sdays);
    for (int i = 0; i < s->ntok && n < max; i++) {
        const int here = i;
        if (!may_open_date(&s->tok[i]))
            continue;
        /* "the previous day", "the next day", "the following day": a day from
           the last day the sentence named before it, or from the story date */
        if (i >= 1 && is(s, i - 1, W_the) && is(s, i + 1, W_day) &&
            (is(s, i, W_previous) || is(s, i, W_next) || is(s, i, W_following))) {
            int32_t base = story;
            for (int k = n - 1; k >= 0; k--)
                if (out[k].precision == PREC_DAY) {
                    base = out[k].date;
                    break;
                }
            int rel = is(s, i, W_previous) ? -1 : 1;
            put(out, &n, max, i - 1, i + 2, add_days(base, rel), 0, PREC_DAY, rel);
            i++;
            continue;
        }
        if (is(s, i, W_yesterday)) {
            put(out, &n, max, i, i + 1, add_days(story, -1), 0, PREC_DAY, -1);
        } else if (is(s, i, W_today) || is(s, i, W_tonight)) {
            put(out, &n, max, i, i + 1, story, 0, PREC_DAY, 0);
        } else if (is(s, i, W_tomorrow)) {
            put(out, &n, max, i, i + 1, add_days(story, 1), 0, PREC_DAY, 1);
        } else if ((is(s, i, W_last) || is(s, i, W_next) || is(s, i, W_this) || is(s, i, W_past) ||
                    is(s, i, W_coming)) && i + 1 < s->ntok) {
            int rel = is(s, i, W_last) || is(s, i, W_past) ? -1 : is(s, i, W_this) ? 0 : 1;
            int j = i + 1;
            int wd = weekday_at(s, j);
            int mo = month_at(s, j);
            if (is(s, j, W_week)) {
                int32_t mon = monday_of(story);
                put(out, &n, max, i, j + 1, add_days(mon, rel * 7), 0, PREC_WEEK, rel);
            } else if (is(s, j, W_weekend)) {
                /* the weekend before the story, or the coming one (Saturday) */
                int32_t sat = add_days(story, (5 - swd + 7) % 7);
                if (rel < 0)
                    sat = add_days(story, -((swd - 5 + 7) % 7 == 0 ? 7 : (swd - 5 + 7) % 7));
                put(out, &n, max, i, j + 1, sat, 0, PREC_DAY, rel);
            } else if (is(s, j, W_month)) {
                put(out, &n, max, i, j + 1, add_months(story, rel), 0, PREC_MONTH, rel);
            } else if (is(s, j, W_year)) {
                put(out, &n, max, i, j + 1, ymd(sy + rel, 1, 1), 0, PREC_YEAR, rel);
            } else if (is(s, j, W_night) && rel < 0) {
                put(out, &n, max, i, j + 1, add_days(story, -1), 0, PREC_DAY, -1);
            } else if (is(s, j, W_morning) || is(s, j, W_afternoon) || is(s, j, W_evening)) {
                put(out, &n, max, i, j + 1, story, 0, PREC_DAY, 0);
            } else if (wd >= 0) {
                int back = (swd - wd + 7) % 7;
                if (back == 0)
                    back = 7;
                int fwd = (wd - swd + 7) % 7;
                if (fwd == 0)
                    fwd = 7;
                if (rel < 0)
                    put(out, &n, max, i, j + 1, add_days(story, -back), 0, PREC_DAY, -1);
                else if (rel > 0)
                    put(out, &n, max, i, j + 1, add_days(story, fwd), 0, PREC_DAY, 1);
                else
                    put(out, &n, max, i, j + 1, add_days(story, -(back % 7)), add_days(story, fwd % 7), PREC_DAY, 0);
            } else if (mo > 0) {
                int y = rel < 0 ? (mo < sm ? sy : sy - 1) : rel > 0 ? (mo > sm ? sy : sy + 1) : sy;
                put(out, &n, max, i, j + 1, ymd(y, mo, 1), 0, PREC_MONTH, rel);
            } else
                continue;
            i = out[n - 1].end - 1;
        } else if ((is(s, i, W_earlier) || is(s, i, W_later)) && is(s, i + 1, W_this) && i + 2 < s->ntok) {
            int rel = is(s, i, W_earlier) ? -1 : 1;
            int j = i + 2;
            if (is(s, j, W_week))
                put(out, &n, max, i, j + 1, monday_of(story), 0, PREC_WEEK, rel);
            else if (is(s, j, W_month))
                put(out, &n, max, i, j + 1, add_months(story, 0), 0, PREC_MONTH, rel);
            else if (is(s, j, W_year))
                put(out, &n, max, i, j + 1, ymd(sy, 1, 1), 0, PREC_YEAR, rel);
            else
                continue;
            i = j;
        } else if (is(s, i, W_weekend) && i >= 2 && is(s, i - 1, W_the) &&
                   (is(s, i - 2, W_over) || is(s, i - 2, W_at) || is(s, i - 2, W_during))) {
            /* "over the weekend": its Saturday, the last one (past) or the coming one */
            put(out, &n, max, i - 2, i + 1, add_days(story, -((swd - 5 + 7) % 7)), add_days(story, (5 - swd + 7) % 7),
                PREC_DAY, 0);
        } else if (weekday_at(s, i) >= 0) {
            int wd = weekday_at(s, i);
            int st = is(s, i - 1, W_on) ? i - 1 : i;
            int back = (swd - wd + 7) % 7, fwd = (wd - swd + 7) % 7;
            int en = i + 1;
            if (is(s, en, W_night) || is(s, en, W_morning) || is(s, en, W_afternoon) || is(s, en, W_evening))
                en++;
            put(out, &n, max, st, en, add_days(story, -back), add_days(story, fwd), PREC_DAY, 0);
            out[n - 1].weekday = wd;
            i = en - 1;
        } else if (month_at(s, i) > 0 && (is(s, i - 1, W_in) || is(s, i - 1, W_on) || is(s, i - 1, W_since) ||
                                          is(s, i - 1, W_by) || is(s, i - 1, W_until) || is(s, i - 1, W_of) ||
                                          number_at(s, i + 1) >= 1 || number_at(s, i - 1) >= 1)) {
            /* "March 3", "3 March", "March 3, 2019", "in March 2019", "in March" */
            int mo = month_at(s, i), st = i, en = i + 1, day = 0, y = 0;
            int nb = number_at(s, i - 1);
            if (nb >= 1 && nb <= 31 && s->tok[i - 1].kind == TK_NUM) {
                day = nb;
                st = i - 1;
            }
            int na = number_at(s, i + 1);
            if (!day && na >= 1 && na <= 31 && s->tok[i + 1].kind == TK_NUM) {
                day = na;
                en = i + 2;
            }
            int yi = en;
            if (is(s, yi, W_COMMA))
                yi++;
            if (year_at(s, yi) > 0) {
                y = year_at(s, yi);
                en = yi + 1;
            }
            if (st > 0 && (is(s, st - 1, W_in) || is(s, st - 1, W_on)))
                st--;
            if (is(s, st, W_since) || is(s, st - 1, W_since) || is(s, st - 1, W_until))
                continue; /* a span, not the event's date */
            if (day && !dy_valid_ymd(y ? y : sy, mo, day))
                continue;
            if (y) {
                put(out, &n, max, st, en, ymd(y, mo, day ? day : 1), 0, day ? PREC_DAY : PREC_MONTH, 0);
            } else {
                /* no year: the last such date on or before the story (past), the next (future) */
                int32_t cand = ymd(sy, mo, day ? day : 1);
                int32_t past = cand <= story || (!day && mo == sm) ? cand : ymd(sy - 1, mo, day ? day : 1);
                int32_t fut = cand >= story || (!day && mo == sm) ? cand : ymd(sy + 1, mo, day ? day : 1);
                put(out, &n, max, st, en, past, fut, day ? PREC_DAY : PREC_MONTH, 0);
            }
            i = en - 1;
        } else if (is(s, i, W_in) && year_at(s, i + 1) > 0 && !is(s, i + 2, W_HYPHEN)) {
            int y = year_at(s, i + 1);
            put(out, &n, max, i, i + 2, ymd(y, 1, 1), 0, PREC_YEAR, y * 10000 + 1231 < story ? -1 : 0);
            i++;
        } else if (is(s, i, W_ago) && i >= 2) {
            int k = number_at(s, i - 2);
            int unit = -1;
            if (is(s, i - 1, W_day) || is(s, i - 1, W_days))
                unit = 0;
            else if (is(s, i - 1, W_week) || is(s, i - 1, W_weeks))
                unit = 1;
            else if (is(s, i - 1, W_month) || is(s, i - 1, W_months))
                unit = 2;
            else if (is(s, i - 1, W_year) || is(s, i - 1, W_years))
                unit = 3;
            if (k < 0 || unit < 0)
                continue;
            int32_t dt = unit == 0 ? add_days(story, -k)
                         : unit == 1 ? add_days(story, -7 * k)
                         : unit == 2 ? add_months(story, -k)
                                     : ymd(sy - k, 1, 1);
            put(out, &n, max, i - 2, i + 1, dt, 0, unit == 0 ? PREC_DAY : unit == 1 ? PREC_WEEK : unit == 2 ? PREC_MONTH : PREC_YEAR, -1);
        }
        (void)here;
    }
    (void)sdays;
    return n;
}

void dates_attach(const dy_sent *s, dy_time *t, int n)
{
    for (int k = 0; k < n; k++) {
        int best = -1, bestd = 1 << 30;
        for (int v = 0; v < s->nvg; v++) {
            const dy_vgroup *g = &s->vg[v];
            int d;
            /* "Guzman, known as El Chapo,": a name, no event to date */
            if (!g->finite && sent_tok_names(s, g->main))
                continue;
            /* "the Bahamas-flagged ship", "Iranian-made drones": a word of a
               compound adjective, no event to date */
            if (g->main > 0 && (s->tok[g->main - 1].flags & TF_HYPHEN))
                continue;
            /* "at polling stations": a gerund of no dictionary verb between a
               preposition and a noun is a word of the noun phrase */
            if (!g->verb && !g->finite && g->end - g->start == 1 && s->tag[g->main] == T_VING && g->main > 0 &&
                s->tag[g->main - 1] == T_PREP && g->main + 1 < s->ntok && s->tag[g->main + 1] == T_NOUN)
                continue;
            /* "their first direct peace talks": a bare base form after an adjective
               is a word of the noun phrase, no event to date */
            if (g->end - g->start == 1 && g->main > 0 && s->tag[g->main] == T_VERB &&
                (s->tag[g->main - 1] == T_ADJ || sent_tok_w(s, g->main - 1, W_first) ||
                 sent_tok_w(s, g->main - 1, W_second) || sent_tok_w(s, g->main - 1, W_third)))
                continue;
            if (g->end <= t[k].start) {
                d = t[k].start - g->end + 1;
                /* "who seized the Israel-linked cargo ship Galaxy Leader in the Red
                   Sea last month, said": a long object, but no other verb between
                   the verb and its time */
                int between = 0;
                for (int i = g->end; i < t[k].start && !between; i++)
                    between = s->tok_vgroup[i] >= 0 && s->tok_vgroup[i] != v &&
                              !(i > 0 && (s->tok[i - 1].flags & TF_HYPHEN));
                if (!between && g->finite && d > 8)
                    d = 8;
            } else if (g->start >= t[k].end)
                d = g->start - t[k].end + 1;
            else
                d = 0;
            /* a clause boundary between them counts double */
            int lo = g->end <= t[k].start ? g->end : t[k].end, hi = g->end <= t[k].start ? t[k].start : g->start;
            for (int i = lo; i < hi; i++)
                if (sent_tok_w(s, i, W_SEMI) || s->tag[i] == T_SCONJ || s->tag[i] == T_WH || sent_tok_w(s, i, W_after) ||
                    sent_tok_w(s, i, W_before) || sent_tok_w(s, i, W_while))
                    d += 6;
            /* a finite verb is dated more often than a participle or infinitive; an
               infinitive after the time is a purpose clause, which takes its
               governor's time ("signed ... on Friday to reopen the ports") */
            if (!g->finite)
                d += 3;
            if (g->infinitive && g->start >= t[k].end)
                d += 8;
            /* sentence-initial expressions ("On Wednesday, Putin will ...") date the main
               verb; elsewhere a time phrase follows the verb phrase it dates ("signed a
               memorandum on Monday to set up ...") */
            if (g->start >= t[k].end && t[k].start <= 1)
                d -= 2;
            else if (g->start >= t[k].end) {
                d += 4;
                /* "... on Wednesday, citing", "on Tuesday, the ministry said": a
                   comma after the time closes the clause it dates */
                for (int i = t[k].end; i < g->start; i++)
                    if (sent_tok_w(s, i, W_COMMA)) {
                        d += 6;
                        break;
                    }
                /* "met Netanyahu on Tuesday and pledged", "filed a case on Friday
                   accusing Israel": a conjunct or a participle that follows takes
                   the time of the verb before it (coder.c time_donor) */
                int conj = 0;
                for (int i = t[k].end; i < g->start; i++)
                    if (sent_tok_w(s, i, W_and) || sent_tok_w(s, i, W_but))
                        conj = 1;
                /* ("will host talks ... on Tuesday aimed at ending the war": a lone
                   past form right after the time, with a finite verb before it, is
                   a participle of the noun phrase, not a verb of its own) */
                int lone_past = v > 0 && g->start == t[k].end && g->end - g->start == 1 &&
                                (s->tok[g->main].pos & POS_VPART) && s->vg[v - 1].finite && s->vg[v - 1].end <= t[k].start;
                if (v > 0 && g->start - t[k].end <= 2 &&
                    (conj || lone_past || (!g->finite && g->participle && !g->passive)))
                    d += 6;
            }
            if (d < bestd) {
                bestd = d;
                best = v;
            }
        }
        t[k].vg = best;
    }
}

int dates_offset_at(const dy_sent *s, int i, int *days, int *start)
{
    if (i < 2 || (!is(s, i, W_after) && !is(s, i, W_before)))
        return 0;
    int unit = -1, u = i - 1;
    if (is(s, u, W_day) || is(s, u, W_days))
        unit = 1;
    else if (is(s, u, W_week) || is(s, u, W_weeks))
        unit = 7;
    else if (is(s, u, W_hours) || is(s, u, W_hour) || is(s, u, W_minutes) || is(s, u, W_moments))
        unit = 0;
    int n = number_at(s, u - 1);
    if (unit < 0 || (n < 0 && unit > 0) || n > 60)
        return 0;
    if (n < 0)
        n = 0; /* "hours after" */
    *days = (is(s, i, W_after) ? -1 : 1) * n * unit;
    *start = n > 0 || is(s, u - 1, W_a) ? u - 1 : u;
    return 1;
}

int dates_clause_offset(const dy_sent *s, int vgi, int *gov, int *days, int *start, int *end)
{
    const dy_vgroup *g = &s->vg[vgi];
    for (int i = g->start - 1; i >= 2 && i >= g->start - 15; i--) {
        if (s->tok_vgroup[i] >= 0)
            return 0; /* another verb comes first: not this clause */
        if (!is(s, i, W_after) && !is(s, i, W_before))
            continue;
        int st;
        if (!dates_offset_at(s, i, days, &st))
            return 0;
        /* the event it is measured against: the main clause's, its first finite
           verb ("Putin said on Friday that ..., a day after Washington ordered") */
        int v = -1;
        for (int k = 0; k < s->nvg && v < 0; k++)
            if (s->vg[k].end <= i - 2 && k != vgi && s->vg[k].finite)
                v = k;
        if (v < 0)
            return 0;
        *gov = v;
        *start = st;
        *end = i + 1;
        return 1;
    }
    return 0;
}
