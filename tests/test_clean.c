/* test_clean.c - paragraphs from wrapped web text, without the page furniture. */
#include "check.h"
#include "clean.h"

static dy_buf scratch, out;
static dy_vec paras;

static int clean(const char *text)
{
    dy_clean_stats st;
    CHECK(dy_clean(text, strlen(text), &scratch, &out, &paras, &st) == 0);
    return (int)paras.n;
}

static const char *para(size_t i) { return i < paras.n ? out.p + DY_VEC_AT(&paras, dy_para, i).off : "(none)"; }

static int any_para_contains(const char *needle)
{
    for (size_t i = 0; i < paras.n; i++)
        if (strstr(para(i), needle))
            return 1;
    return 0;
}

int main(void)
{
    dy_buf_init(&scratch);
    dy_buf_init(&out);
    dy_vec_init(&paras, sizeof(dy_para));

    /* the seed article's shape: headline, standfirst, caption with a photo credit */
    const char *a = "\nPutin Now Needs a Plan B on Iran\n"
                    "Qassem Soleimani\xE2\x80\x99s death may force a change in the Russian\n"
                    "calculus involving Syria, Iran and Turkey.\n"
                    " Putin won\xE2\x80\x99t back any Iranian attempts at retaliation, but he will need to react if Iran does retaliate and the\n"
                    "situation gets out of hand. Kremlin.ru\n"
                    "\n"
                    "Assad\xE2\x80\x99s enemies, including the U.S.-\n"
                    "backed Syrian Democratic Forces.\n"
                    "\n"
                    "Related article: Russian Senator Calls U.S. Killing of Top Iranian General \xE2\x80\x98Worst Case\n"
                    "Scenario,\xE2\x80\x99 Expects New U.S.-Iran Clashes\n"
                    "\n"
                    "https://www.themoscowtimes.com/2025/05/15/russian-senator\n"
                    "http://kremlin.ru/events/president/news/62539\n"
                    "\n"
                    "This article was first published by Bloomberg.\n";
    int n = clean(a);
    CHECK(n == 3);
    CHECK_STR(para(0), "Putin Now Needs a Plan B on Iran");
    CHECK(DY_VEC_AT(&paras, dy_para, 0).heading == 1);
    CHECK(strstr(para(1), "Qassem Soleimani's death may force a change in the Russian calculus involving") == para(1));
    CHECK(strstr(para(1), "gets out of hand.") != NULL);
    CHECK(!any_para_contains("Kremlin.ru"));
    CHECK(any_para_contains("the U.S.-backed Syrian Democratic Forces."));
    CHECK(!any_para_contains("Related"));
    CHECK(!any_para_contains("Worst Case"));
    CHECK(!any_para_contains("Expects New"));
    CHECK(!any_para_contains("http"));
    CHECK(!any_para_contains("first published"));

    /* a plain paragraph survives as one, with its wrapped lines joined */
    n = clean("Iran said on Monday it would\nrespond to the attack.\n");
    CHECK(n == 1);
    CHECK_STR(para(0), "Iran said on Monday it would respond to the attack.");

    /* URLs and domains */
    CHECK(dy_is_url("kremlin.ru", 10));
    CHECK(dy_is_url("https://x.org/a", 15));
    CHECK(!dy_is_url("U.S.", 4));
    CHECK(!dy_is_url("11.8", 4));
    CHECK(!dy_is_url("Putin", 5));

    /* empty and blank input */
    CHECK(clean("") == 0);
    CHECK(clean("\n\n   \n") == 0);

    dy_buf_free(&scratch);
    dy_buf_free(&out);
    dy_vec_free(&paras);
    return check_done("test_clean");
}
