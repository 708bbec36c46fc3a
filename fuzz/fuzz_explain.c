/*
 * fuzz_explain.c - the whole coder on arbitrary bytes, with the built-in
 * dictionary, as `dyad explain` and `dyad code` run it (dyad_explain and
 * dyad_code in include/dyad.h): every event it writes is valid JSON, coding
 * with and without the trace gives the same events, and short inputs are
 * also looked up as names (dyad_lookup).
 *
 * The first byte picks the story date from a few (the dates decide actor
 * codes and resolve "last week"); the rest is the text.
 */
#include "fuzz_common.h"
#include "json.h"

static dyad_dict *dict;
static dyad_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[512];
    if (dyad_dict_open(&dict, NULL, err, sizeof err) != 0) {
        fprintf(stderr, "cannot load the built-in dictionary: %s\n", err);
        abort();
    }
    coder = dyad_coder_new(dict);
    FUZZ_CHECK(coder != NULL);
    return 0;
}

static void on_member(void *ctx, const char *key, size_t klen, const char *val, size_t vlen, int is_string)
{
    (void)key, (void)klen, (void)val, (void)vlen, (void)is_string;
    ++*(size_t *)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int32_t dates[] = {20200107, 19950101, 20240229, 20251231, 20000101, 20180601, 20221015, 20260101};
    int32_t date = dates[size ? data[0] % 8 : 0];
    const char *text = size ? (const char *)data + 1 : "";
    size_t n = size ? size - 1 : 0;

    const dyad_result *r;
    const char *trace;
    FUZZ_CHECK(dyad_explain(coder, date, text, n, &r, &trace) == 0);
    FUZZ_CHECK(trace != NULL);
    FUZZ_CHECK(r->nevents == 0 || r->events != NULL);
    FUZZ_CHECK(r->invalid_utf8 <= n);
    /* remember the events as JSON: valid, and the same without the trace */
    size_t nev = r->nevents;
    char **lines = calloc(nev ? nev : 1, sizeof *lines);
    FUZZ_CHECK(lines != NULL);
    dy_buf scratch;
    dy_buf_init(&scratch);
    for (size_t i = 0; i < nev; i++) {
        const dyad_event *e = &r->events[i];
        FUZZ_CHECK(e->source && e->target && e->code && e->verb && e->date_text && e->date_precision);
        FUZZ_CHECK(e->sentence >= 0 && (size_t)e->sentence < r->nsentences);
        FUZZ_CHECK(e->quad >= 0 && e->quad <= 4 && e->mode <= DYAD_HYPOTHETICAL);
        FUZZ_CHECK(dy_valid_ymd(e->date / 10000, e->date / 100 % 100, e->date % 100));
        int flags = DYAD_JSON_PLOVER | DYAD_JSON_DEBUG;
        size_t need = dyad_event_json(r, i, "fuzz", flags, NULL, 0);
        lines[i] = malloc(need + 1);
        FUZZ_CHECK(lines[i] != NULL);
        FUZZ_CHECK(dyad_event_json(r, i, "fuzz", flags, lines[i], need + 1) == need);
        FUZZ_CHECK(need > 2 && lines[i][need - 1] == '\n' && strlen(lines[i]) == need);
        size_t members = 0;
        char err[256];
        if (dy_json_members(lines[i], need - 1, on_member, &members, &scratch, err, sizeof err) != 0) {
            fprintf(stderr, "an event line is not valid JSON (%s):\n%s", err, lines[i]);
            abort();
        }
        FUZZ_CHECK(members >= 10);
    }
    dy_buf_free(&scratch);
    for (size_t i = 0; i < r->nsentences; i++)
        FUZZ_CHECK(r->sentences[i].text != NULL && strlen(r->sentences[i].text) == r->sentences[i].len);

    FUZZ_CHECK(dyad_code(coder, date, text, n, &r) == 0);
    FUZZ_CHECK(r->nevents == nev);
    for (size_t i = 0; i < nev; i++) {
        char buf[8192];
        size_t need = dyad_event_json(r, i, "fuzz", DYAD_JSON_PLOVER | DYAD_JSON_DEBUG, buf, sizeof buf);
        FUZZ_CHECK(need < sizeof buf ? strcmp(buf, lines[i]) == 0 : strncmp(buf, lines[i], sizeof buf - 1) == 0);
        free(lines[i]);
    }
    free(lines);

    if (n <= 200) {
        const char *report;
        int k = dyad_lookup(coder, date, text, n, &report);
        FUZZ_CHECK(k >= 0 && report != NULL);
    }
    return 0;
}
