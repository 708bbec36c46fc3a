/*
 * fuzz_json.c - the JSON Lines reader (src/json.c) on arbitrary bytes:
 * dy_json_story (through dyad_parse_story, as a library user calls it, and
 * directly with a scratch buffer reused from line to line, as `dyad code`
 * does), dy_json_members, and dy_json_str, whose output must read back as the
 * string it was given (with the reader's documented replacements).
 */
#include "fuzz_common.h"
#include "json.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* Length of a valid UTF-8 sequence at s (1..4), 0 when invalid: an independent
   statement of what dy_json_str must keep. */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)))
        return 0; /* overlong, surrogate */
    if (k == 4 && ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)))
        return 0; /* overlong, beyond U+10FFFF */
    return k;
}

/* What reading dy_json_str(s) back must give: invalid UTF-8 as U+FFFD, and the
   reader's replacements of \b \f \t (space), \r (newline) and \u0000 (space). */
static void expected_round_trip(dy_buf *out, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_valid(u + i, n - i);
        if (!k) {
            dy_buf_add(out, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        if (k == 1) {
            char c = s[i];
            if (c == '\b' || c == '\f' || c == '\t' || c == 0)
                c = ' ';
            else if (c == '\r')
                c = '\n';
            dy_buf_addc(out, c);
        } else
            dy_buf_add(out, s + i, k);
        i += k;
    }
}

static void round_trip(const char *s, size_t n)
{
    dy_buf line, want, scratch;
    dy_buf_init(&line);
    dy_buf_init(&want);
    dy_buf_init(&scratch);
    dy_buf_adds(&line, "{\"id\":\"x\",\"text\":");
    dy_json_str(&line, s, n);
    dy_buf_addc(&line, '}');
    FUZZ_CHECK(!line.oom);
    dyad_story st;
    char err[256];
    if (dy_json_story(line.p, line.len, &st, &scratch, err, sizeof err) != 0) {
        fprintf(stderr, "dy_json_str wrote a string the reader rejects: %s\n", err);
        abort();
    }
    expected_round_trip(&want, s, n);
    FUZZ_CHECK(st.text_len == want.len);
    FUZZ_CHECK(want.len == 0 || memcmp(st.text, want.p, want.len) == 0);
    dy_buf_free(&line);
    dy_buf_free(&want);
    dy_buf_free(&scratch);
}

typedef struct members_ctx {
    const char *line;
    size_t len;
    const dy_buf *scratch;
    size_t n;
} members_ctx;

static void on_member(void *ctx, const char *key, size_t klen, const char *val, size_t vlen, int is_string)
{
    members_ctx *m = ctx;
    /* keys are raw slices of the line; values too, or unescaped into scratch */
    FUZZ_CHECK(key >= m->line && key + klen <= m->line + m->len);
    if (is_string)
        FUZZ_CHECK(vlen == 0 || (val >= m->scratch->p && val + vlen <= m->scratch->p + m->scratch->len));
    else
        FUZZ_CHECK(vlen > 0 && val >= m->line && val + vlen <= m->line + m->len);
    m->n++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *line = (const char *)data;
    char err[256];
    err[0] = 0;

    /* the public entry point */
    dyad_story st;
    char *scratch = NULL;
    size_t cap = 0;
    int rc = dyad_parse_story(line, size, &st, &scratch, &cap, err, sizeof err);
    FUZZ_CHECK(rc == 0 || rc == DYAD_EINPUT);
    if (rc == 0) {
        FUZZ_CHECK(st.text != NULL);
        FUZZ_CHECK(st.date == 0 || dy_valid_ymd(st.date / 10000, st.date / 100 % 100, st.date % 100));
        FUZZ_CHECK(!st.id || st.id_len > 0);
        round_trip(st.text, st.text_len);
        if (st.id)
            round_trip(st.id, st.id_len);
    } else {
        FUZZ_CHECK(err[0] != 0);
    }

    /* a scratch buffer reused as `dyad code` reuses it: same result */
    static dy_buf reused;
    dyad_story st2;
    err[0] = 0;
    int rc2 = dy_json_story(line, size, &st2, &reused, err, sizeof err);
    FUZZ_CHECK((rc2 == 0) == (rc == 0));
    if (rc2 == 0) {
        FUZZ_CHECK(st2.text_len == st.text_len && memcmp(st2.text, st.text, st.text_len) == 0);
        FUZZ_CHECK(st2.date == st.date && st2.id_len == st.id_len);
        if (st.id)
            FUZZ_CHECK(memcmp(st2.id, st.id, st.id_len) == 0);
    } else
        FUZZ_CHECK(err[0] != 0);
    free(scratch);
    if (reused.cap > (1u << 20))
        dy_buf_free(&reused);

    /* the reader of dyad's own event lines */
    dy_buf ms;
    dy_buf_init(&ms);
    members_ctx mc = {line, size, &ms, 0};
    err[0] = 0;
    if (dy_json_members(line, size, on_member, &mc, &ms, err, sizeof err) != 0)
        FUZZ_CHECK(err[0] != 0);
    dy_buf_free(&ms);

    /* the writer, on the raw bytes */
    (void)dy_json_looks_like(line, size);
    round_trip(line, size);
    return 0;
}
