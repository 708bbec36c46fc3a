/*
 * output.c - writing events (see output.h). Hand-written for speed: one pass,
 * no allocation beyond the output buffer's growth.
 */
#include "output.h"

#include <stdio.h>

#include "json.h"

void out_date(int32_t ymd, char *buf)
{
    int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    if (y < 0 || y > 9999)
        y = 0;
    buf[0] = (char)('0' + y / 1000 % 10);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10 % 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10 % 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = 0;
}

/* The JSON Lines writer reserves room for the whole event once, then writes
   through a pointer: member names are literals of known length, strings are
   escaped in place (6 bytes per byte at worst, see dy_json_put_str). */
#define put_lit(o, k) (memcpy((o), (k), sizeof(k) - 1), (o) + sizeof(k) - 1)

static size_t slen(const char *v) { return v ? strlen(v) : 0; }

/* A string of the event (NULL writes ""), its length measured by the caller. */
static char *put_str(char *o, const char *v, size_t n) { return dy_json_put_str(o, v ? v : "", n); }

/* A non-negative or negative int in decimal, without printf (hot: every event). */
static char *put_int(char *o, long v)
{
    char tmp[24];
    int n = 0, neg = v < 0;
    unsigned long u = neg ? 0ul - (unsigned long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        *o++ = '-';
    while (n)
        *o++ = tmp[--n];
    return o;
}

/* Goldstein scores are whole tenths, written as printf's "%.1f" would. */
static char *put_goldstein(char *o, const dyad_event *e)
{
    if (!e->has_goldstein)
        return put_lit(o, "null");
    double t = e->goldstein * 10;
    long tenths = (long)(t < 0 ? t - 0.5 : t + 0.5);
    if (t - (double)tenths > 1e-9 || (double)tenths - t > 1e-9 || tenths > 1000000 || tenths < -1000000)
    {
        char tmp[32]; /* a score outside the dictionary's range: as printf has it, cut */
        int k = snprintf(tmp, sizeof tmp, "%.1f", e->goldstein);
        k = k < 0 ? 0 : k > (int)sizeof tmp - 1 ? (int)sizeof tmp - 1 : k;
        memcpy(o, tmp, (size_t)k);
        return o + k;
    }
    if (tenths < 0) {
        *o++ = '-';
        tenths = -tenths;
    }
    o = put_int(o, tenths / 10);
    *o++ = '.';
    *o++ = (char)('0' + tenths % 10);
    return o;
}

static void json_event(dy_buf *b, const dyad_result *r, const dyad_event *e, const char *doc, size_t doclen, int flags)
{
    const dyad_sentence *s = &r->sentences[(size_t)e->sentence - r->first_sentence];
    int dated = e->date_text && e->date_text[0];
    const char *mode = dyad_mode_name(e->mode);
    /* the event's strings and their lengths, each measured once; every string
       at 6 bytes a byte, plus names, numbers and punctuation */
    enum { SOURCE, TARGET, CODE, ROOT, MODE, SOURCE_TEXT, TARGET_TEXT, VERB, SOURCE_REF, TARGET_REF, ISSUES, DATE_TEXT,
           DATE_PRECISION, PLOVER_TYPE, PLOVER_MODE, PATTERN, PATTERN_FILE, NSTR };
    const char *str[NSTR] = {e->source,      e->target,      e->code,       e->root,           mode,
                             e->source_text, e->target_text, e->verb,       e->source_ref,     e->target_ref,
                             e->issues,      e->date_text,   e->date_precision, e->plover_type, e->plover_mode,
                             e->pattern,     e->pattern_file};
    size_t len[NSTR], strings = doclen + s->len;
    for (int k = 0; k < NSTR; k++) {
        int used = k < DATE_TEXT || (k <= DATE_PRECISION ? dated
                                     : k <= PLOVER_MODE  ? (flags & DYAD_JSON_PLOVER) != 0
                                                         : (flags & DYAD_JSON_DEBUG) != 0);
        len[k] = used ? slen(str[k]) : 0;
        strings += len[k];
    }
    if (strings > SIZE_MAX / 8 || dy_buf_reserve(b, 6 * strings + 1024))
        return;
    char *o = b->p + b->len, date[11];
    o = put_lit(o, "{\"doc\":");
    o = dy_json_put_str(o, doc, doclen);
    o = put_lit(o, ",\"sentence\":");
    o = put_int(o, e->sentence);
    o = put_lit(o, ",\"text\":");
    o = dy_json_put_str(o, s->text, s->len);
    out_date(e->date, date);
    o = put_lit(o, ",\"date\":\"");
    memcpy(o, date, 10);
    o += 10;
    *o++ = '"';
    if (dated) {
        o = put_lit(o, ",\"date_text\":");
        o = put_str(o, str[DATE_TEXT], len[DATE_TEXT]);
        o = put_lit(o, ",\"date_precision\":");
        o = put_str(o, str[DATE_PRECISION], len[DATE_PRECISION]);
    }
    o = put_lit(o, ",\"source\":");
    o = put_str(o, str[SOURCE], len[SOURCE]);
    o = put_lit(o, ",\"target\":");
    o = put_str(o, str[TARGET], len[TARGET]);
    o = put_lit(o, ",\"code\":");
    o = put_str(o, str[CODE], len[CODE]);
    o = put_lit(o, ",\"root\":");
    o = put_str(o, str[ROOT], len[ROOT]);
    o = put_lit(o, ",\"quad\":");
    o = put_int(o, e->quad);
    o = put_lit(o, ",\"goldstein\":");
    o = put_goldstein(o, e);
    o = put_lit(o, ",\"mode\":");
    o = put_str(o, str[MODE], len[MODE]);
    o = put_lit(o, ",\"source_text\":");
    o = put_str(o, str[SOURCE_TEXT], len[SOURCE_TEXT]);
    o = put_lit(o, ",\"target_text\":");
    o = put_str(o, str[TARGET_TEXT], len[TARGET_TEXT]);
    o = put_lit(o, ",\"verb\":");
    o = put_str(o, str[VERB], len[VERB]);
    if (e->source_ref) {
        o = put_lit(o, ",\"source_ref\":");
        o = put_str(o, str[SOURCE_REF], len[SOURCE_REF]);
    }
    if (e->target_ref) {
        o = put_lit(o, ",\"target_ref\":");
        o = put_str(o, str[TARGET_REF], len[TARGET_REF]);
    }
    if (e->issues && e->issues[0]) {
        o = put_lit(o, ",\"issues\":");
        o = put_str(o, str[ISSUES], len[ISSUES]);
    }
    if (e->paired)
        o = put_lit(o, ",\"paired\":true");
    if (flags & DYAD_JSON_PLOVER) {
        o = put_lit(o, ",\"plover_type\":");
        o = put_str(o, str[PLOVER_TYPE], len[PLOVER_TYPE]);
        o = put_lit(o, ",\"plover_mode\":");
        o = put_str(o, str[PLOVER_MODE], len[PLOVER_MODE]);
    }
    if (flags & DYAD_JSON_DEBUG) {
        o = put_lit(o, ",\"pattern\":");
        o = put_str(o, str[PATTERN], len[PATTERN]);
        o = put_lit(o, ",\"pattern_file\":");
        o = put_str(o, str[PATTERN_FILE], len[PATTERN_FILE]);
        o = put_lit(o, ",\"pattern_line\":");
        o = put_int(o, (long)e->pattern_line);
    }
    o = put_lit(o, "}\n");
    b->len = (size_t)(o - b->p);
    b->p[b->len] = 0;
}

/* A field of a TSV (tabs and newlines become spaces) or CSV (quoted) line. */
static void field(dy_buf *b, int format, const char *s, size_t n, int first)
{
    if (!first)
        dy_buf_addc(b, format == OUT_TSV ? '\t' : ',');
    if (format == OUT_TSV) {
        for (size_t i = 0; i < n; i++)
            dy_buf_addc(b, (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
        return;
    }
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
            quote = 1;
    if (!quote) {
        dy_buf_add(b, s, n);
        return;
    }
    dy_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            dy_buf_addc(b, '"');
        dy_buf_addc(b, s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
    }
    dy_buf_addc(b, '"');
}

static void fields(dy_buf *b, int format, const char *s, int first) { field(b, format, s ? s : "", s ? strlen(s) : 0, first); }

void out_header(dy_buf *b, int format, int flags)
{
    if (format == OUT_JSONL)
        return;
    static const char *const cols[] = {"date", "source", "target", "code", "root", "quad", "goldstein", "doc",
                                       "sentence", "mode", "source_text", "target_text", "verb", "date_text", "text"};
    for (size_t i = 0; i < DY_ARRAY_LEN(cols); i++)
        fields(b, format, cols[i], i == 0);
    if (flags & DYAD_JSON_PLOVER) {
        fields(b, format, "plover_type", 0);
        fields(b, format, "plover_mode", 0);
    }
    dy_buf_addc(b, '\n');
}

void out_event(dy_buf *b, int format, const dyad_result *r, size_t i, const char *doc, size_t doclen, int flags)
{
    const dyad_event *e = &r->events[i];
    if (format == OUT_JSONL) {
        json_event(b, r, e, doc, doclen, flags);
        return;
    }
    char date[11], num[32];
    out_date(e->date, date);
    fields(b, format, date, 1);
    fields(b, format, e->source, 0);
    fields(b, format, e->target, 0);
    fields(b, format, e->code, 0);
    fields(b, format, e->root, 0);
    snprintf(num, sizeof num, "%d", e->quad);
    fields(b, format, num, 0);
    if (e->has_goldstein)
        snprintf(num, sizeof num, "%.1f", e->goldstein);
    else
        num[0] = 0;
    fields(b, format, num, 0);
    field(b, format, doc, doclen, 0);
    snprintf(num, sizeof num, "%d", e->sentence);
    fields(b, format, num, 0);
    fields(b, format, dyad_mode_name(e->mode), 0);
    fields(b, format, e->source_text, 0);
    fields(b, format, e->target_text, 0);
    fields(b, format, e->verb, 0);
    fields(b, format, e->date_text, 0);
    const dyad_sentence *s = &r->sentences[(size_t)e->sentence - r->first_sentence];
    field(b, format, s->text, s->len, 0);
    if (flags & DYAD_JSON_PLOVER) {
        fields(b, format, e->plover_type, 0);
        fields(b, format, e->plover_mode, 0);
    }
    dy_buf_addc(b, '\n');
}
