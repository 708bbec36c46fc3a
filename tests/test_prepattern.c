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
    const dyad_result *r;
    const char *t = "Germany's foreign minister noted that Russia regretted the decision.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(find_event(r, "DEUGOV", "RUS", "115", NULL) != NULL);
    if (!find_event(r, "DEUGOV", "RUS", "115", NULL))
        dump_events("got", r);
    /* without the earlier word, the verb's own code and its own subject */
    t = "Russia regretted the decision by Germany.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(find_event(r, NULL, NULL, "115", NULL) == NULL);
    t = "Russian jets will carpet bomb the Syrian city of Aleppo.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(find_event(r, "RUS", "SYR", "195", "future") != NULL);
    if (!find_event(r, "RUS", "SYR", "195", "future"))
        dump_events("got", r);
    /* a weak source ("Syria's death toll") acts when the pattern reads its head */
    t = "Syria's death toll has risen in the conflict with Turkey.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(find_event(r, "SYR", "TUR", "223", NULL) != NULL);
    if (!find_event(r, "SYR", "TUR", "223", NULL))
        dump_events("got", r);
    /* two nouns before a shared head are one phrase */
    t = "Syria's death and injury toll has risen in the conflict with Turkey.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(find_event(r, "SYR", "TUR", "223", NULL) != NULL);
    t = "Syria's economy has risen in the conflict with Turkey.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(r->nevents == 0);
    dyad_coder_free(c);
    dyad_dict_free(d);
    remove(path);
    return check_done("test_prepattern");
}
