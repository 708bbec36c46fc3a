/*
 * fuzz_text.c - the plain-text stages on arbitrary bytes: the cleaner
 * (src/clean.c dy_clean, with dy_normalize inside it), then the tokenizer and
 * the sentence splitter (src/text.c) on each paragraph, as the coder runs them,
 * and the tokenizer on the raw bytes, as the dictionary readers run it.
 * Checks what the headers promise: valid UTF-8 without NUL or control bytes,
 * paragraphs and tokens inside their buffers and in order, every token in a
 * sentence.
 */
#include "clean.h"
#include "fuzz_common.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static int valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!k || k > n - i)
            return 0;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
        if (k == 3 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)))
            return 0;
        if (k == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90)))
            return 0;
        i += k;
    }
    return 1;
}

static void check_tokens(const char *text, size_t n, dy_arena *a)
{
    /* a NUL in raw bytes is a punctuation token like any other */
    int has_nul = memchr(text, 0, n) != NULL;
    dy_token *toks = NULL;
    long nt = dy_tokenize(text, n, a, &toks);
    FUZZ_CHECK(nt >= 0);
    uint32_t prev_end = 0;
    for (long i = 0; i < nt; i++) {
        const dy_token *t = &toks[i];
        FUZZ_CHECK(t->len > 0 && t->off >= prev_end && (size_t)t->off + t->len <= n);
        FUZZ_CHECK(t->kind >= TK_WORD && t->kind <= TK_QUOTE);
        FUZZ_CHECK(t->key != NULL && (has_nul || strlen(t->key) == t->keylen));
        prev_end = t->off + t->len;
    }
    size_t ns = dy_split_sentences(text, toks, (size_t)nt);
    size_t ends = 0;
    for (long i = 0; i < nt; i++)
        ends += (toks[i].flags & TF_SENT_END) != 0;
    FUZZ_CHECK(ns == ends);
    FUZZ_CHECK(nt == 0 ? ns == 0 : ns >= 1 && (toks[nt - 1].flags & TF_SENT_END));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    static dy_arena arena;
    dy_arena_reset(&arena);

    /* normalisation alone */
    dy_buf norm;
    dy_buf_init(&norm);
    size_t bad = dy_normalize(text, size, &norm);
    FUZZ_CHECK(!norm.oom && bad <= size);
    FUZZ_CHECK(norm.len == 0 || (norm.p[norm.len] == 0 && memchr(norm.p, 0, norm.len) == NULL));
    FUZZ_CHECK(valid_utf8((const unsigned char *)norm.p, norm.len));
    for (size_t i = 0; i < norm.len; i++) {
        unsigned char c = (unsigned char)norm.p[i];
        FUZZ_CHECK(c == '\n' || (c >= 0x20 && c != 0x7f));
    }

    /* the cleaner, with buffers reused from story to story as the coder does */
    static dy_buf scratch, out;
    static dy_vec paras;
    if (!paras.item)
        dy_vec_init(&paras, sizeof(dy_para));
    dy_clean_stats st;
    FUZZ_CHECK(dy_clean(text, size, &scratch, &out, &paras, &st) == 0);
    FUZZ_CHECK(st.invalid_utf8 == bad);
    FUZZ_CHECK(valid_utf8((const unsigned char *)out.p, out.len));
    size_t prev_end = 0;
    for (size_t i = 0; i < paras.n; i++) {
        const dy_para *p = &DY_VEC_AT(&paras, dy_para, i);
        FUZZ_CHECK(p->len > 0 && p->off >= prev_end && (size_t)p->off + p->len < out.len);
        const char *s = out.p + p->off;
        FUZZ_CHECK(s[p->len] == 0 && memchr(s, 0, p->len) == NULL && memchr(s, '\n', p->len) == NULL);
        FUZZ_CHECK(p->heading <= 1);
        (void)dy_is_url(s, p->len);
        check_tokens(s, p->len, &arena);
        prev_end = (size_t)p->off + p->len + 1;
    }
    /* the whole normalised text, and the raw bytes as dict_phrase() gives them */
    check_tokens(norm.p ? norm.p : "", norm.len, &arena);
    check_tokens(text, size, &arena);
    dy_buf_free(&norm);
    if (scratch.cap > (1u << 20) || out.cap > (1u << 20)) {
        dy_buf_free(&scratch);
        dy_buf_free(&out);
    }
    return 0;
}
