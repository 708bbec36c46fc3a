/*
 * test_commas.c - TABARI's comma-delimited clauses (DYAD_OPT_COMMA_*): which
 * clauses are left out before coding, and which commas delimit none.
 */
#include "check.h"
#include "testlib.h"

static void set_commas(int min, int max, int bmin, int bmax, int emin, int emax)
{
    const int v[6] = {min, max, bmin, bmax, emin, emax};
    for (int k = 0; k < 6; k++)
        CHECK(dyad_coder_set(test_coder, DYAD_OPT_COMMA_MIN + k, v[k]) == 0);
}

int main(void)
{
    const dyad_result *r;
    const char *embassy = "Iran restored diplomatic ties with Saudi Arabia, as Iranian protesters "
                          "stormed the Saudi embassy, an Iranian official said.";

    /* off by default: the whole sentence is read */
    r = code_at("2023-03-14", embassy);
    CHECK(find_event(r, "IRN", "SAU", "05", NULL) != NULL);
    CHECK(find_event(r, NULL, "SAUGOV", "145", NULL) != NULL);

    /* TABARI's 2..8 words between two commas: the storming, six words, goes */
    set_commas(2, 8, 0, 0, 0, 0);
    r = code_at("2023-03-14", embassy);
    CHECK(find_event(r, "IRN", "SAU", "05", NULL) != NULL);
    CHECK(find_event(r, NULL, "SAUGOV", "145", NULL) == NULL);
    CHECK(r->nsentences == 1 && !strcmp(r->sentences[0].text, embassy)); /* the sentence as written */
    /* ... and not when the clause is longer than the maximum */
    set_commas(2, 5, 0, 0, 0, 0);
    r = code_at("2023-03-14", embassy);
    CHECK(find_event(r, NULL, "SAUGOV", "145", NULL) != NULL);

    /* the closing clause: with one-sided events, the official's statement is
       coded, unless the clause after the last comma is left out */
    set_commas(0, 0, 0, 0, 0, 0);
    CHECK(dyad_coder_set(test_coder, DYAD_OPT_ONE_SIDED, 1) == 0);
    const char *said = "Iran restored full diplomatic ties with Saudi Arabia, an Iranian official said.";
    r = code_at("2023-03-14", said);
    CHECK(find_event(r, "IRNGOV", "", "01", NULL) != NULL);
    set_commas(0, 0, 0, 0, 2, 8);
    r = code_at("2023-03-14", said);
    CHECK(find_event(r, "IRN", "SAU", "05", NULL) != NULL);
    CHECK(find_event(r, "IRNGOV", NULL, NULL, NULL) == NULL);
    CHECK(dyad_coder_set(test_coder, DYAD_OPT_ONE_SIDED, 0) == 0);

    /* the opening clause */
    const char *after = "After Israeli jets struck Damascus on Sunday, Russia condemned the attack on Syria.";
    set_commas(0, 0, 2, 8, 0, 0);
    r = code_at("2023-03-14", after);
    CHECK(find_event(r, "ISR", NULL, "19", NULL) == NULL);
    CHECK(find_event(r, "RUS", NULL, "11", NULL) != NULL);
    set_commas(0, 0, 2, 5, 0, 0); /* seven words: kept */
    r = code_at("2023-03-14", after);
    CHECK(find_event(r, "ISR", NULL, "19", NULL) != NULL);

    /* commas inside a noun phrase delimit no clause: a list of actors ... */
    set_commas(1, 8, 1, 8, 1, 8);
    r = code_at("2023-03-14", "Russia, China, Iran and Syria condemned the strikes by the United States.");
    CHECK(find_event(r, "RUS", "USA", "11", NULL) != NULL);
    CHECK(find_event(r, "CHN", "USA", "11", NULL) != NULL);
    CHECK(find_event(r, "IRN", "USA", "11", NULL) != NULL);
    CHECK(find_event(r, "SYR", "USA", "11", NULL) != NULL);
    /* ... two adjectives of one noun ... */
    r = code_at("2023-03-14", "Iran restored full, formal diplomatic ties with Saudi Arabia.");
    CHECK(find_event(r, "IRN", "SAU", "05", NULL) != NULL);
    /* ... an apposition; and the sentence's own verb after a comma is no
       closing clause */
    set_commas(2, 8, 0, 0, 2, 8);
    r = code_at("2023-03-14", "Alexander Zasypkin, the Russian ambassador to Lebanon, met Hezbollah leaders in Beirut.");
    CHECK(find_event(r, "RUSELI", NULL, "04", NULL) != NULL);
    /* a parenthetical before the verb takes both its commas */
    r = code_at("2023-03-14", "Russia's foreign minister, in remarks published on Monday, urged Iran to show restraint.");
    CHECK(find_event(r, "RUSGOV", "IRN", "025", NULL) != NULL);

    /* bad settings */
    CHECK(dyad_coder_set(test_coder, DYAD_OPT_COMMA_MAX, -1) == DYAD_EUSAGE);
    CHECK(dyad_coder_set(test_coder, 99, 1) == DYAD_EUSAGE);
    CHECK(dyad_coder_set(NULL, DYAD_OPT_COMMA_MAX, 8) == DYAD_EUSAGE);
    test_cleanup();
    return check_done("test_commas");
}
