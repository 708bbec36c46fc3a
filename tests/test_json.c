/* test_json.c - story records in, JSON strings out. */
#include <stdlib.h>
#include "check.h"
#include "json.h"

static dy_buf scratch;
static char err[256];

static int parse(const char *line, dyad_story *s) { return dy_json_story(line, strlen(line), s, &scratch, err, sizeof err); }

int main(void)
{
    dy_buf_init(&scratch);
    dyad_story s;

    CHECK(parse("{\"id\": \"plan-b\", \"date\": \"2020-01-07\", \"source\": {\"a\": [1, 2, {\"b\": null}]}, "
                "\"text\": \"Putin met Erdogan.\", \"n\": -1.5e3, \"ok\": true}", &s) == 0);
    CHECK(s.id && s.id_len == 6 && !memcmp(s.id, "plan-b", 6));
    CHECK(s.date == 20200107);
    CHECK(s.text_len == 18 && !memcmp(s.text, "Putin met Erdogan.", 18));

    /* escapes, \u with surrogate pairs, \u0000 never reaches the text */
    CHECK(parse("{\"text\": \"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\\u0000z\"}", &s) == 0);
    CHECK(s.text_len == strlen("a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80 z"));
    CHECK(!memcmp(s.text, "a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80 z", s.text_len));
    CHECK(s.id == NULL && s.date == 0);

    /* ids may be numbers; dates may carry a time */
    CHECK(parse("{\"id\": 42, \"date\": \"2019-07-19T10:00:00Z\", \"text\": \"x\"}", &s) == 0);
    CHECK(s.id_len == 2 && !memcmp(s.id, "42", 2) && s.date == 20190719);

    /* errors say what and where */
    CHECK(parse("{\"id\": \"x\"}", &s) != 0 && strstr(err, "no \"text\""));
    CHECK(parse("{\"text\": null}", &s) != 0 && strstr(err, "null"));
    CHECK(parse("{\"text\": 5}", &s) != 0 && strstr(err, "not a string"));
    CHECK(parse("{\"text\": [\"a\"]}", &s) != 0 && strstr(err, "not a string"));
    CHECK(parse("{\"text\": \"x\", \"date\": \"2020-13-45\"}", &s) != 0 && strstr(err, "bad date"));
    CHECK(parse("{\"text\": \"x\" \"id\": 1}", &s) != 0 && strstr(err, "byte 14"));
    CHECK(parse("{\"text\": \"unterminated}", &s) != 0 && strstr(err, "unterminated"));
    CHECK(parse("{\"text\": \"x\"} trailing", &s) != 0 && strstr(err, "after the end"));
    CHECK(parse("not json", &s) != 0);
    CHECK(parse("", &s) != 0);

    /* deep nesting is refused without recursion */
    size_t depth = 200000;
    char *deep = malloc(depth * 2 + 64);
    strcpy(deep, "{\"x\": ");
    size_t k = strlen(deep);
    for (size_t i = 0; i < depth; i++)
        deep[k++] = '[';
    for (size_t i = 0; i < depth; i++)
        deep[k++] = ']';
    strcpy(deep + k, ", \"text\": \"a\"}");
    CHECK(parse(deep, &s) != 0 && strstr(err, "nested deeper"));
    free(deep);

    /* the writer escapes controls and repairs invalid UTF-8 */
    dy_buf b;
    dy_buf_init(&b);
    dy_json_str(&b, "a\"b\\c\n\t\x01\xC3\xA9\xFF", 11);
    CHECK_STR(b.p, "\"a\\\"b\\\\c\\n\\t\\u0001\xC3\xA9\xEF\xBF\xBD\"");
    dy_buf_free(&b);

    CHECK(dy_json_looks_like("  \n{\"a\":1}", 10));
    CHECK(!dy_json_looks_like("Putin met", 9));
    dy_buf_free(&scratch);
    return check_done("test_json");
}
