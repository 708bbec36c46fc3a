/*
 * test_verbdup.c - in PETRARCH's dictionaries a verb listed in two blocks has
 * the patterns of both: "--- SHOT [---]" with one pattern and "--- SHOT [223]"
 * with another.
 */
#include <stdio.h>
#include <unistd.h>

#include "check.h"
#include "testlib.h"

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

int main(void)
{
    char verbs[256], actors[256];
    const char *tmp = getenv("TMPDIR");
    tmp = tmp && *tmp ? tmp : "/tmp";
    snprintf(verbs, sizeof verbs, "%s/dyad-test-twoblocks-%ld.verbs.txt", tmp, (long)getpid());
    snprintf(actors, sizeof actors, "%s/dyad-test-twoblocks-%ld.actors.txt", tmp, (long)getpid());
    CHECK(write_file(verbs, "--- SHOT  [---] ---\nSHOT\n- *_AND_WOUNDED  [223]\n\n"
                            "--- SHOT  [223] ---\nSHOT\n- + WAS * DEAD IN $  [224]\n") == 0);
    CHECK(write_file(actors, "SYRIAN  [SYR]\nTURKEY  [TUR]\n") == 0);
    const char *const files[] = {verbs, actors};
    dyad_dict_options opt;
    memset(&opt, 0, sizeof opt);
    opt.replace = files;
    opt.nreplace = 2;
    char err[512];
    dyad_dict *d = NULL;
    CHECK(dyad_dict_open(&d, &opt, err, sizeof err) == 0);
    if (d) {
        dyad_coder *c = dyad_coder_new(d);
        const dyad_result *r;
        const char *t = "A Syrian was shot dead in Turkey.";
        const char *tr = NULL;
        CHECK(dyad_explain(c, 20230314, t, strlen(t), &r, &tr) == 0);
        if (getenv("DYAD_TEST_TRACE") && tr)
            fputs(tr, stderr);
        CHECK(find_event(r, "TUR", "SYR", "224", NULL) != NULL);
        if (!find_event(r, "TUR", "SYR", "224", NULL))
            dump_events("got", r);
        dyad_coder_free(c);
        dyad_dict_free(d);
    }
    remove(verbs);
    remove(actors);
    return check_done("test_verbdup");
}
