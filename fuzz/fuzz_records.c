/*
 * fuzz_records.c - the reader of PETRARCH's unit-test records (src/records.c
 * records_parse) on arbitrary bytes: it parses them or says "line N: what",
 * and what it returns is well formed.
 */
#include "fuzz_common.h"
#include "records.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static void check_cstr(const char *s, size_t cap)
{
    FUZZ_CHECK(memchr(s, 0, cap) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dy_records r;
    char err[256];
    err[0] = 0;
    size_t nlines = fuzz_count_lines(data, size);
    if (records_parse((const char *)data, size, &r, err, sizeof err) != 0) {
        unsigned line = 0;
        FUZZ_CHECK(sscanf(err, "line %u:", &line) == 1);
        FUZZ_CHECK(line >= 1 && line <= nlines);
    } else {
        FUZZ_CHECK(r.n <= r.cap);
        FUZZ_CHECK(r.nactorfiles >= 0 && r.nactorfiles <= REC_MAX_FILES);
        check_cstr(r.verbfile, sizeof r.verbfile);
        check_cstr(r.agentfile, sizeof r.agentfile);
        check_cstr(r.discardfile, sizeof r.discardfile);
        check_cstr(r.issuefile, sizeof r.issuefile);
        for (int i = 0; i < r.nactorfiles; i++)
            check_cstr(r.actorfile[i], sizeof r.actorfile[i]);
        for (size_t i = 0; i < r.n; i++) {
            const dy_record *x = &r.r[i];
            check_cstr(x->id, sizeof x->id);
            check_cstr(x->category, sizeof x->category);
            check_cstr(x->error, sizeof x->error);
            FUZZ_CHECK(x->nevents >= 0 && x->nevents <= REC_MAX_EVENTS);
            for (int k = 0; k < x->nevents; k++) {
                check_cstr(x->ev[k].source, sizeof x->ev[k].source);
                check_cstr(x->ev[k].target, sizeof x->ev[k].target);
                check_cstr(x->ev[k].code, sizeof x->ev[k].code);
            }
            FUZZ_CHECK(x->date == 0 || dy_valid_ymd(x->date / 10000, x->date / 100 % 100, x->date % 100));
            FUZZ_CHECK(x->line >= 1 && x->line <= nlines);
            if (x->text) {
                /* white space collapsed and trimmed */
                size_t tl = strlen(x->text);
                FUZZ_CHECK(tl == 0 || (x->text[0] != ' ' && x->text[tl - 1] != ' '));
                FUZZ_CHECK(strstr(x->text, "  ") == NULL && strchr(x->text, '\n') == NULL);
            }
        }
        records_free(&r);
    }
    return 0;
}
