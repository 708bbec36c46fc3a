/*
 * test_prepattern.c - a PETRARCH pattern that reads words before its verb
 * ("NOTED + *"): the target is the verb's subject, the source the subject of
 * the verb the pattern's first word belongs to. And a multi-word verb whose
 * verb is read as a noun after its first word ("will carpet bomb", CARPET_+BOMB).
 * And a weak source whose head the pattern reads ("Syria's death toll has risen").
 * And the choice between a verb's patterns: the most elements win, on a tie the
 * first, except that an event beats a "---"; in a long sentence too, whose
 * words overflow the set the pattern filters keep per sentence.
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
          "--- RISEN  [---] ---\nRISEN\n- DEATH TOLL *  [223]\n\n"
          "--- CAUTION  [130] ---\nCAUTION\n- * AGAINST  [131]\n- * + AGAINST ATTACK  [138]\n- * ATTACK  [132]\n"
          "- * NAVAL  [---]\n- * WARSHIPS  [150]\n",
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
    /* a later pattern with more elements replaces an earlier match; one with
       fewer after it does not */
    expect(c, "Iran cautioned Israel against an attack.", "IRN", "ISR", "138", NULL, 1);
    expect(c, "Iran cautioned Israel against an attack.", NULL, NULL, "131", NULL, 0);
    expect(c, "Iran cautioned Israel against an attack.", NULL, NULL, "132", NULL, 0);
    /* a tie: the later event beats the earlier "---" */
    expect(c, "Iran cautioned Israel about naval warships.", "IRN", "ISR", "150", NULL, 1);
    /* the same in a sentence with more dictionary words than the per-sentence
       filter set holds (128 words and lemmas: these nouns, then plurals of the
       first 60): the verb's window is filtered on its own */
    static const char *const nouns[] = {
        "bread", "river", "mountain", "window", "table", "chair", "garden", "flower", "pencil", "paper", "book",
        "letter", "number", "street", "bridge", "tower", "castle", "island", "forest", "desert", "ocean", "valley",
        "harbor", "station", "market", "school", "church", "temple", "palace", "museum", "library", "kitchen",
        "bedroom", "office", "factory", "farm", "village", "tunnel", "highway", "airport", "railway", "engine",
        "wheel", "camera", "mirror", "bottle", "basket", "blanket", "candle", "carpet", "ceiling", "chimney",
        "cotton", "diamond", "feather", "finger", "hammer", "jacket", "ladder", "lantern", "marble", "needle",
        "orange", "pepper", "pillow", "pocket", "ribbon", "saddle", "silver", "spoon", "sponge", "stamp", "thread",
        "thumb", "ticket", "tiger", "tomato", "towel", "trumpet", "umbrella", "velvet", "violin", "wagon",
        "walnut", "whistle", "willow", "wool", "yacht", "anchor", "apron", "arrow", "badge", "banana", "barrel",
        "beard", "beetle", "bell", "belt", "berry", "blade", "bonnet", "boot", "bucket", "button", "cabbage",
        "cactus", "canvas", "carrot", "cherry", "clock", "cloud", "collar", "comb", "copper", "crayon", "crown",
        "cushion", "daisy", "drum", "eagle", "elbow", "envelope", "fence", "fiddle", "flute", "fork", "frog",
        "glove", "goat", "grape", "guitar", "helmet", "honey", "horn", "kettle", "kite", "knife", "lemon", "lion",
        "lobster", "magnet", "melon", "monkey", "muffin", "nest", "nickel", "noodle", "oyster", "parrot", "peach",
        "pearl", "pigeon", "pizza", "plum", "pumpkin", "rabbit", "radish", "robin", "rope", "ruby", "salmon",
        "sandal", "scarf", "shovel", "skate", "sock", "spider", "squirrel", "stove", "sugar"};
    char longer[8192];
    size_t n = (size_t)snprintf(longer, sizeof longer, "Observers listed");
    for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
        n += (size_t)snprintf(longer + n, sizeof longer - n, " %s,", nouns[i]);
    for (size_t i = 0; i < 60; i++)
        n += (size_t)snprintf(longer + n, sizeof longer - n, " %ss,", nouns[i]);
    snprintf(longer + n, sizeof longer - n, " while Iran cautioned Israel against an attack.");
    expect(c, longer, "IRN", "ISR", "138", NULL, 1);
    expect(c, longer, NULL, NULL, "131", NULL, 0);
    const dyad_result *r;
    const char *t = "Syria's economy has risen in the conflict with Turkey.";
    CHECK(dyad_code(c, 20230314, t, strlen(t), &r) == 0);
    CHECK(r->nevents == 0);
    dyad_coder_free(c);
    dyad_dict_free(d);
    remove(path);
    return check_done("test_prepattern");
}
