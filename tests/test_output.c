/* test_output.c - the event schema in JSON Lines, TSV and CSV. */
#include "check.h"
#include "output.h"
#include "testlib.h"

int main(void)
{
    const dyad_result *r = code_at("2020-01-07", "On Wednesday, Putin will visit Ankara to meet with President Recep Tayyip Erdogan.");
    CHECK(r->nevents >= 2);
    dy_buf b;
    dy_buf_init(&b);
    out_event(&b, OUT_JSONL, r, 0, "plan-b", 6, 0);
    /* every field of the schema, in order */
    static const char *const fields[] = {"\"doc\":\"plan-b\"", "\"sentence\":0", "\"text\":\"On Wednesday, Putin will visit",
                                         "\"date\":\"2020-01-08\"", "\"date_text\":\"On Wednesday\"", "\"source\":\"RUSGOV\"",
                                         "\"target\":\"TURGOV\"", "\"code\":\"042\"", "\"root\":\"04\"", "\"quad\":1",
                                         "\"goldstein\":1.9", "\"mode\":\"future\"", "\"source_text\":\"Putin\"",
                                         "\"target_text\":\"Ankara\"", "\"verb\":\"visit\""};
    const char *at = b.p;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const char *f = strstr(at, fields[i]);
        CHECK(f != NULL);
        if (!f)
            fprintf(stderr, "  missing or out of order: %s in %s\n", fields[i], b.p);
        else
            at = f;
    }
    CHECK(b.p[b.len - 1] == '\n' && b.p[0] == '{');

    /* TSV in Phoenix's column order first */
    dy_buf_clear(&b);
    out_header(&b, OUT_TSV, 0);
    CHECK(strncmp(b.p, "date\tsource\ttarget\tcode\troot\tquad\tgoldstein\tdoc\tsentence\tmode\t", 61) == 0);
    dy_buf_clear(&b);
    out_event(&b, OUT_TSV, r, 0, "plan-b", 6, 0);
    CHECK(strncmp(b.p, "2020-01-08\tRUSGOV\tTURGOV\t042\t04\t1\t1.9\tplan-b\t0\tfuture\t", 53) == 0);
    /* CSV quotes what needs it */
    dy_buf_clear(&b);
    out_event(&b, OUT_CSV, r, 0, "a,b", 3, 0);
    CHECK(strstr(b.p, ",\"a,b\",") != NULL);
    CHECK(strstr(b.p, "\"On Wednesday, Putin will visit") != NULL);

    /* the public writer: size first, fill second */
    size_t need = dyad_event_json(r, 0, "plan-b", 0, NULL, 0);
    char small[16];
    CHECK(dyad_event_json(r, 0, "plan-b", 0, small, sizeof small) == need && strlen(small) == 15);
    dy_buf_free(&b);
    test_cleanup();
    return check_done("test_output");
}
