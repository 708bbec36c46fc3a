/*
 * test_prepattern.c - a PETRARCH pattern that reads words before its verb
 * ("NOTED + *"): the target is the verb's subject, the source the subject of
 * the verb the pattern's first word belongs to. And a multi-word verb whose
 * verb is read as a noun after its first word ("will carpet bomb", CARPET_+BOMB).
 * And a weak source whose head the pattern reads ("Syria's death toll has risen").
 */
#include <stdio.h>
#include <unistd.h>

#include "check.h"
#include "testlib.h"

/* Codes text and checks that the event is there (present) or not. */
static void expect(dyad_coder *c, const char *text, const char *src, const char *tgt, const char *code,
                   const char *mode, int present)
{
    const dyad_result *r;
    CHECK(dyad_code(c, 20230314, text, strlen(text), &r) == 0);
    int found = find_event(r, src, tgt, code, mode) != NULL;
    CHECK(found == present);
    if (found != present)
        dump_events(text, r);
}

int main(void)
{
    char path[256];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/dyad-test-prepattern-%ld.verbs.txt", tmp && *tmp ? tmp : "/tmp", (long)getpid());
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return check_done("test_prepattern");
    fputs("--- REGRET  [111] ---\nREGRET\n- NOTED + *  [115]\n\n"
          "--- BOMB  [195] ---\nCARPET_+BOMB {CARPET_+BOMBED  CARPET_+BOMBING }\n\n"
          "--- RISEN  [---] ---\nRISEN\n- DEATH TOLL *  [223]\n",
          f);
    fclose(f);
    const char *const extra[] = {path};
    dyad_dict_options opt;
    memset(&opt, 0, sizeof opt);
    opt.extra = extra;
    opt.nextra = 1;
    char err[512];
    dyad_dict *d;
    CHECK(dyad_dict_open(&d, &opt, err, sizeof err) == 0);
    if (!d)
        return check_done("test_prepattern");
    dyad_coder *c = dyad_coder_new(d);
    expect(c, "Germany's foreign minister noted that Russia regretted the decision.", "DEUGOV", "RUS", "115", NULL, 1);
    /* without the earlier word, the verb's own code and its own subject */
    expect(c, "Russia regretted the decision by Germany.", NULL, NULL, "115", NULL, 0);
    expect(c, "Russian jets will carpet bomb the Syrian city of Aleppo.", "RUS", "SYR", "195", "future", 1);
    /* a weak source ("Syria's death toll") acts when the pattern reads its head */
    expect(c, "Syria's death toll has risen in the conflict with Turkey.", "SYR", "TUR", "223", NULL, 1);
    /* two nouns before a shared head are one phrase */
    expect(c, "Syria's death and injury toll has risen in the conflict with Turkey.", "SYR", "TUR", "223", NULL, 1);
    const dyad_result *r;
    const char *t = "Syria's economy has risen in the conflict with Turkey.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(r->nevents == 0);
    dyad_coder_free(c);
    dyad_dict_free(d);
    remove(path);
    return check_done("test_prepattern");
}
