/* test_text.c - normalisation, tokens and sentence splitting on real text. */
#include "check.h"

#include <string.h>
#include "text.h"
#include "words.h"

static dy_arena arena;

static int count_sentences(const char *text)
{
    dy_token *t;
    long n = dy_tokenize(text, strlen(text), &arena, &t);
    return (int)dy_split_sentences(text, t, (size_t)n);
}

/* The i-th token's text. */
static const char *tok(const char *text, int i)
{
    static char buf[128];
    dy_token *t;
    long n = dy_tokenize(text, strlen(text), &arena, &t);
    if (i >= n)
        return "(none)";
    snprintf(buf, sizeof buf, "%.*s", (int)t[i].len, text + t[i].off);
    return buf;
}

static long ntok(const char *text)
{
    dy_token *t;
    return dy_tokenize(text, strlen(text), &arena, &t);
}

int main(void)
{
    dy_arena_init(&arena);
    dy_buf b;
    dy_buf_init(&b);

    /* the abbreviation and sentence-starter lists are binary-searched */
    CHECK(dy_text_tables_sorted());
    /* the rules' words: in byte order (the search relies on it), each found by its text */
    CHECK(words_sorted());
    CHECK(words_find("said", 4) == W_said);
    CHECK(words_find("saidx", 4) == W_said);
    CHECK(words_find("sai", 3) == W_NONE);
    CHECK(words_find(",", 1) == W_COMMA);
    CHECK(words_find("Said", 4) == W_NONE); /* keys are lower case; so are the words */
    CHECK(!strcmp(words_text(W_would), "would"));
    for (unsigned w = 1; w < W__COUNT; w++)
        CHECK(words_find(words_text(w), strlen(words_text(w))) == w);
    CHECK(dy_is_abbrev("mr", 2) && dy_is_abbrev("u.s.a", 5) && dy_is_abbrev("vs", 2) && dy_is_abbrev("al", 2));
    CHECK(!dy_is_abbrev("m", 1) && !dy_is_abbrev("mrx", 3) && !dy_is_abbrev("u.s.", 4) && !dy_is_abbrev("zz", 2));

    /* curly quotes, dashes, no-break spaces, NFKC ligatures */
    size_t bad = dy_normalize("Putin won\xE2\x80\x99t \xE2\x80\x9C" "back\xE2\x80\x9D it \xE2\x80\x94 the status\xC2\xA0quo \xEF\xAC\x81" "ne",
                              strlen("Putin won\xE2\x80\x99t \xE2\x80\x9C" "back\xE2\x80\x9D it \xE2\x80\x94 the status\xC2\xA0quo \xEF\xAC\x81" "ne"), &b);
    CHECK(bad == 0);
    CHECK_STR(b.p, "Putin won't \"back\" it  --  the status quo fine");
    /* invalid UTF-8 and an overlong encoding are replaced, NUL dropped */
    dy_buf_clear(&b);
    const char raw[] = {'a', (char)0xC0, (char)0xAF, 'b', 0, 'c', (char)0xFF};
    bad = dy_normalize(raw, sizeof raw, &b);
    CHECK(bad == 3);
    CHECK_STR(b.p, "a\xEF\xBF\xBD\xEF\xBF\xBD" "bc\xEF\xBF\xBD");
    /* controls, DEL and NUL anywhere in long ASCII runs (read eight bytes at a
       time): a tab and a DEL become spaces, a NUL goes, newlines stay */
    dy_buf_clear(&b);
    const char ctl[] = "Moscow said\ton Monday that\x7fthe talks\nwould resume in Geneva next" "\0" "week.\r";
    dy_normalize(ctl, sizeof ctl - 1, &b);
    CHECK_STR(b.p, "Moscow said on Monday that the talks\nwould resume in Geneva nextweek. ");

    /* tokens: clitics, possessives, abbreviations, compounds, numbers */
    /* a model's letters and number are one word; other hyphens are tokens */
    CHECK_STR(tok("Turkish F-16s shot down", 1), "F-16s");
    CHECK_STR(tok("an S-400 system", 1), "S-400");
    CHECK(ntok("the vice-president") == 4);
    CHECK(ntok("al-Qaeda in 2019-2020") == 7);
    CHECK_STR(tok("Putin didn't meet", 1), "did");
    CHECK_STR(tok("Putin didn't meet", 2), "n't");
    CHECK_STR(tok("Putin won't back", 2), "n't");
    CHECK_STR(tok("Russia's defence", 1), "'s");
    CHECK_STR(tok("the U.S.-backed forces", 1), "U.S.");
    CHECK_STR(tok("the U.S.-backed forces", 2), "-");
    CHECK_STR(tok("the U.S.-backed forces", 3), "backed");
    CHECK_STR(tok("it fell 11.8 percent", 2), "11.8");
    CHECK_STR(tok("some 50,000 tonnes", 1), "50,000");
    CHECK_STR(tok("Gen. Qassem Soleimani", 0), "Gen.");
    CHECK_STR(tok("O'Brien said", 0), "O'Brien");
    CHECK(ntok("Mr. Smith met Mrs. Jones.") == 6);

    /* sentences: abbreviations, initials, decimals, quotes */
    CHECK(count_sentences("U.S. Secretary of State Mike Pompeo spoke to Gen. Ahmed on Jan. 5 in St. Petersburg.") == 1);
    CHECK(count_sentences("Mr. Smith met J. R. Tolkien. They talked.") == 2);
    CHECK(count_sentences("Growth was 2.5 percent. Exports fell.") == 2);
    CHECK(count_sentences("\"We will respond,\" he said. The talks ended.") == 2);
    CHECK(count_sentences("He left for the U.S. The talks ended.") == 2);
    CHECK(count_sentences("Acme Inc. said it would sue. Shares fell.") == 2);
    CHECK(count_sentences("Did Iran attack? Nobody knows! Maybe.") == 3);
    CHECK(count_sentences("no punctuation at all") == 1);

    dy_buf_free(&b);
    dy_arena_free(&arena);
    return check_done("test_text");
}
