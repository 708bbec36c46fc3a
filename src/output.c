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

/* Member names are literals: their length is known at compile time. */
#define key(b, k) dy_buf_add((b), (k), sizeof(k) - 1)
#define str_member(b, k, v) (key((b), (k)), str_value((b), (v)))

static void str_value(dy_buf *b, const char *v)
{
    dy_json_str(b, v ? v : "", v ? strlen(v) : 0);
}

/* A non-negative or negative int in decimal, without printf (hot: every event). */
static void int_str(long v, char *buf)
{
    char tmp[24];
    int n = 0, neg = v < 0;
    unsigned long u = neg ? 0ul - (unsigned long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    char *p = buf;
    if (neg)
        *p++ = '-';
    while (n)
        *p++ = tmp[--n];
    *p = 0;
}

static void goldstein_str(const dyad_event *e, char *buf, size_t cap)
{
    if (!e->has_goldstein) {
        snprintf(buf, cap, "null");
        return;
    }
    /* dictionary scores are whole tenths, written as printf's "%.1f" would */
    double t = e->goldstein * 10;
    long tenths = (long)(t < 0 ? t - 0.5 : t + 0.5);
    if (t - (double)tenths > 1e-9 || (double)tenths - t > 1e-9 || tenths > 1000000 || tenths < -1000000) {
        snprintf(buf, cap, "%.1f", e->goldstein);
        return;
    }
    char *p = buf;
    if (tenths < 0) {
        *p++ = '-';
        tenths = -tenths;
    }
    int_str(tenths / 10, p);
    p += strlen(p);
    *p++ = '.';
    *p++ = (char)('0' + tenths % 10);
    *p = 0;
}

static void int_value(dy_buf *b, long v)
{
    char num[24];
    int_str(v, num);
    dy_buf_adds(b, num);
}
#define int_member(b, k, v) (key((b), (k)), int_value((b), (v)))

static void json_event(dy_buf *b, const dyad_result *r, const dyad_event *e, const char *doc, size_t doclen, int flags)
{
    char date[11], num[32];
    const dyad_sentence *s = &r->sentences[(size_t)e->sentence - r->first_sentence];
    key(b, "{\"doc\":");
    dy_json_str(b, doc, doclen);
    int_member(b, ",\"sentence\":", e->sentence);
    key(b, ",\"text\":");
    dy_json_str(b, s->text, s->len);
    out_date(e->date, date);
    key(b, ",\"date\":\"");
    dy_buf_add(b, date, 10);
    dy_buf_addc(b, '"');
    if (e->date_text && e->date_text[0]) {
        str_member(b, ",\"date_text\":", e->date_text);
        str_member(b, ",\"date_precision\":", e->date_precision);
    }
    str_member(b, ",\"source\":", e->source);
    str_member(b, ",\"target\":", e->target);
    str_member(b, ",\"code\":", e->code);
    str_member(b, ",\"root\":", e->root);
    int_member(b, ",\"quad\":", e->quad);
    goldstein_str(e, num, sizeof num);
    key(b, ",\"goldstein\":");
    dy_buf_adds(b, num);
    str_member(b, ",\"mode\":", dyad_mode_name(e->mode));
    str_member(b, ",\"source_text\":", e->source_text);
    str_member(b, ",\"target_text\":", e->target_text);
    str_member(b, ",\"verb\":", e->verb);
    if (e->source_ref)
        str_member(b, ",\"source_ref\":", e->source_ref);
    if (e->target_ref)
        str_member(b, ",\"target_ref\":", e->target_ref);
    if (e->issues && e->issues[0])
        str_member(b, ",\"issues\":", e->issues);
    if (e->paired)
        key(b, ",\"paired\":true");
    if (flags & DYAD_JSON_PLOVER) {
        str_member(b, ",\"plover_type\":", e->plover_type);
        str_member(b, ",\"plover_mode\":", e->plover_mode);
    }
    if (flags & DYAD_JSON_DEBUG) {
        str_member(b, ",\"pattern\":", e->pattern);
        str_member(b, ",\"pattern_file\":", e->pattern_file);
        int_member(b, ",\"pattern_line\":", (long)e->pattern_line);
    }
    key(b, "}\n");
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
