/* test_meaning.c - modality, dates and coreference, through the coder. */
#include "check.h"
#include "testlib.h"

static const char *mode_of(const char *date, const char *text, const char *src, const char *tgt)
{
    const dyad_result *r = code_at(date, text);
    const dyad_event *e = find_event(r, src, tgt, NULL, NULL);
    if (!e)
        dump_events(text, r);
    return e ? dyad_mode_name(e->mode) : "(no event)";
}

static int32_t date_of(const char *date, const char *text, const char *src, const char *tgt, const char *code)
{
    const dyad_result *r = code_at(date, text);
    const dyad_event *e = find_event(r, src, tgt, code, NULL);
    if (!e)
        dump_events(text, r);
    return e ? e->date : 0;
}

int main(void)
{
    /* modes */
    CHECK_STR(mode_of("2020-01-07", "Russia did not condemn Iran.", "RUS", "IRN"), "negated");
    CHECK_STR(mode_of("2020-01-07", "Russia never condemned Iran.", "RUS", "IRN"), "negated");
    CHECK_STR(mode_of("2020-01-07", "Russia will condemn Iran.", "RUS", "IRN"), "future");
    CHECK_STR(mode_of("2020-01-07", "Russia is expected to condemn Iran.", "RUS", "IRN"), "future");
    CHECK_STR(mode_of("2020-01-07", "Russia plans to visit Iran.", "RUS", "IRN"), "future");
    CHECK_STR(mode_of("2020-01-07", "Russia would condemn Iran.", "RUS", "IRN"), "hypothetical");
    CHECK_STR(mode_of("2020-01-07", "If Iran attacks Israel, Russia will condemn Iran.", "RUS", "IRN"), "hypothetical");
    CHECK_STR(mode_of("2020-01-07", "Will Russia condemn Iran?", "RUS", "IRN"), "hypothetical");
    CHECK_STR(mode_of("2020-01-07", "Russia refused to condemn Iran.", "RUS", "IRN"), "negated");
    CHECK_STR(mode_of("2020-01-07", "Russia condemned Iran.", "RUS", "IRN"), "asserted");

    /* dates against a story dated Tuesday 2020-01-07 */
    CHECK(date_of("2020-01-07", "Russia condemned Iran yesterday.", "RUS", "IRN", NULL) == 20200106);
    CHECK(date_of("2020-01-07", "Russia condemned Iran on Sunday.", "RUS", "IRN", NULL) == 20200105);
    CHECK(date_of("2020-01-07", "On Wednesday, Russia will condemn Iran.", "RUS", "IRN", NULL) == 20200108);
    CHECK(date_of("2020-01-07", "Russia condemned Iran last week.", "RUS", "IRN", NULL) == 20191230);
    CHECK(date_of("2020-01-07", "Russia will visit Iran next weekend.", "RUS", "IRN", "042") == 20200111);
    CHECK(date_of("2020-01-07", "Russia condemned Iran in March 2019.", "RUS", "IRN", NULL) == 20190301);
    CHECK(date_of("2020-01-07", "In 2015, Russia attacked Syria.", "RUS", "SYR", NULL) == 20150101);
    CHECK(date_of("2020-01-07", "Russia condemned Iran two days ago.", "RUS", "IRN", NULL) == 20200105);
    CHECK(date_of("2020-01-07", "Russia condemned Iran.", "RUS", "IRN", NULL) == 20200107);
    /* a clause "N days after" is dated from the main clause's event */
    CHECK(date_of("2020-01-07", "Iran condemned Israel on Monday, a day after the United States attacked Iraq.", "USA",
                  "IRQ", NULL) == 20200105);
    CHECK(date_of("2020-01-07", "Iran condemned Israel on Monday, two days after Russia attacked Syria.", "RUS", "SYR",
                  NULL) == 20200104);
    CHECK(date_of("2020-01-07", "Iran condemned Israel on Monday, hours after Russia attacked Syria.", "RUS", "SYR",
                  NULL) == 20200106);
    CHECK(date_of("2020-01-07", "Iran condemned Israel on Monday.", "IRN", "ISR", NULL) == 20200106);
    /* "over the weekend": its Saturday */
    CHECK(date_of("2020-01-07", "Russia deported Iranian diplomats over the weekend.", "RUS", "IRNGOV", NULL) == 20200104);

    /* coreference */
    const dyad_result *r = code_at("2020-01-07", "Iranian Foreign Minister Mohammad Javad Zarif arrived in Moscow. "
                                                 "He met Russian Foreign Minister Sergei Lavrov.");
    const dyad_event *e = NULL;
    for (size_t i = 0; i < r->nevents; i++)
        if (r->events[i].sentence == 1 && !strcmp(r->events[i].source, "IRNGOV"))
            e = &r->events[i];
    CHECK(e && !strcmp(e->target, "RUSGOV") && e->source_ref && strstr(e->source_ref, "Zarif"));
    r = code_at("2020-01-07", "Putin and Erdogan met in Sochi. The two agreed to cooperate.");
    CHECK(find_event(r, "RUSGOV", "TURGOV", NULL, NULL) && find_event(r, "TURGOV", "RUSGOV", NULL, NULL));
    r = code_at("2020-01-07", "The Russian Defense Ministry praised Iran. The ministry criticised Israel.");
    e = find_event(r, NULL, "ISR", "11", NULL);
    CHECK(e && !strcmp(e->source, "RUSMIL"));
    /* a condolence with no target in its sentence: the other side of the call before */
    r = code_at("2023-02-07", "Turkish Foreign Minister Mevlut Cavusoglu spoke by telephone with his Iranian "
                              "counterpart on Monday. Hossein Amir-Abdollahian offered condolences.");
    e = find_event(r, "IRNGOV", "TURGOV", "018", NULL);
    CHECK(e && e->sentence == 1 && !e->target_text[0] && e->target_ref && strstr(e->target_ref, "Cavusoglu"));
    /* ... but not a statement ("said" has no partner) nor a sentence two back */
    r = code_at("2023-02-07", "Turkey's president met Iran's president. Iran's president said the talks went well.");
    CHECK(!find_event(r, "IRNGOV", "TURGOV", "01", NULL));
    /* a former office holder the dictionary does not know is an elite */
    r = code_at("2023-07-20", "Former U.S. Secretary of State Henry Kissinger met Chinese President Xi Jinping.");
    CHECK(find_event(r, "USAELI", "CHNGOV", "04", NULL) && !find_event(r, "USAGOV", NULL, NULL, NULL));
    r = code_at("2023-07-20", "U.S. Secretary of State Henry Kissinger met Chinese President Xi Jinping.");
    CHECK(find_event(r, "USAGOV", "CHNGOV", "04", NULL));
    /* "the group" = the last organisation; "it" in what the group said = the group */
    r = code_at("2024-09-22", "Hezbollah fired about 100 rockets at northern Israel on Sunday. "
                              "The group said it had targeted an Israeli air base near Haifa.");
    e = find_event(r, "LBNREB", "ISRMIL", "19", NULL);
    CHECK(e && e->sentence == 1 && e->source_ref && strstr(e->source_ref, "Hezbollah"));
    CHECK(!find_event(r, "ISR", "ISRMIL", NULL, NULL));
    /* a claim of responsibility is aimed at the place of the attack */
    r = code_at("2024-01-05", "The Islamic State group claimed responsibility on Thursday for the twin bombings "
                              "that killed scores of people in the Iranian city of Kerman.");
    CHECK(find_event(r, "IMGMOSISI", "IRN", "015", NULL));
    /* a state's own country named as a place is where it acts, not whom it acts on */
    r = code_at("2024-03-19", "Russian President Vladimir Putin has led Russia for more than two decades.");
    CHECK(r->nevents == 0);
    r = code_at("2017-07-10", "Iraqi forces recaptured Mosul from the Islamic State on Sunday.");
    CHECK(!find_event(r, "IRQMIL", "IRQ", NULL, NULL));
    /* a pair that agrees to exchange prisoners does it to each other */
    r = code_at("2019-12-10", "Vladimir Putin and Volodymyr Zelensky held talks in Paris on Monday. "
                              "Both leaders agreed to exchange all remaining prisoners by the end of the year.");
    e = find_event(r, "RUSGOV", "UKRGOV", "035", NULL);
    CHECK(e && e->sentence == 1 && find_event(r, "UKRGOV", "RUSGOV", "035", NULL));
    /* an object "him" is not the subject of its own verb */
    r = code_at("2023-05-10", "Indian Prime Minister Narendra Modi will visit the United States next month, and "
                              "President Joe Biden will host him at a state dinner on June 22.");
    e = find_event(r, "USAGOV", "INDGOV", "043", NULL);
    CHECK(e && e->mode == DYAD_FUTURE && e->date == 20230622 && e->target_ref && strstr(e->target_ref, "Modi"));
    /* apposition */
    r = code_at("2019-03-15", "Alexander Zasypkin, the Russian ambassador to Lebanon, criticised Israel.");
    CHECK(find_event(r, "RUSGOV", "ISR", "11", NULL) != NULL);
    test_cleanup();
    return check_done("test_meaning");
}
