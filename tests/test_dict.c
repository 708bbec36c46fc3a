/*
 * test_dict.c - reading PETRARCH and dyad dictionaries, the compiled image and
 * its validation (a corrupt or truncated image is rejected, never trusted).
 */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "dictload.h"
#include "dictread.h"
#include "lexicon.h"

static char dir[256];

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static char last_msg[512];
static char all_msgs[4096];
static void diag(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    (void)ctx;
    (void)level;
    (void)file;
    snprintf(last_msg, sizeof last_msg, "%s", msg);
    size_t n = strlen(all_msgs);
    snprintf(all_msgs + n, sizeof all_msgs - n, "%u: %s\n", line, msg);
}

static uint32_t phrase_node(dy_dict *d, const char *phrase)
{
    uint32_t w[16];
    size_t n = dict_phrase(d, phrase, strlen(phrase), 0, w, 16);
    uint32_t node = d->root;
    for (size_t i = 0; i < n && node; i++)
        node = dict_trie_next(d, node, w[i]);
    return node;
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dyad-test-dict-%ld", (long)getpid());
    char cmd[600];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    CHECK(system(cmd) == 0);

    /* PETRARCH verbs: a comment on the first line must not hide the patterns (PETRARCH2's bug) */
    write_file("verbs.txt", "<!-- first line comment -->\n"
                            "&CURRENCY\n+DOLLARS\n+EUROS\n\n"
                            "&MONEY_WORDS\n+&CURRENCY\n+CASH_\n\n"
                            "--- VISIT [042:043] ---\nVISIT\n- * (FOR TALKS) [046:046]\n\n"
                            "--- PROMISE [030] ---\nPROMISE\n- * &MONEY_WORDS TO + [0331]\n- * NOTHING [---]\n");
    write_file("actors.txt", "ARNOR_ [ARN]\n+ARNORIAN\nBREE [BRE >19950101]\n[BRX <19950101]\n");
    write_file("agents.txt", "!MINST! = MINISTER, MINISTRY\nPOLICE {} [~COP]\nFOREIGN_!MINST! [~GOV]\nMSF {} [NGO~]\n");
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = diag;
    dy_dict d;
    CHECK(dict_build_init(&d) == 0);
    CHECK(lex_build_closed_class(&d) == 0);
    char path[512];
    snprintf(path, sizeof path, "%s/verbs.txt", dir);
    CHECK(read_petrarch_verbs(&d, path, &g) == 0);
    snprintf(path, sizeof path, "%s/actors.txt", dir);
    CHECK(read_petrarch_actors(&d, path, &g) == 0);
    snprintf(path, sizeof path, "%s/agents.txt", dir);
    CHECK(read_petrarch_agents(&d, path, &g) == 0);
    CHECK(dict_build_finish(&d) == 0);
    CHECK(DICT_N(&d, DT_BLOCK) - 1 == 2);
    CHECK(DICT_N(&d, DT_PATTERN) - 1 == 3);
    CHECK(DICT_N(&d, DT_SYNSET) - 1 == 2);
    /* the bare verb and its reverse code */
    uint32_t visits = dict_lookup(&d, "visits", 6);
    CHECK(visits && D_WORDS(&d)[visits].verb);
    const dy_verb *v = &D_VERBS(&d)[D_WORDS(&d)[visits].verb];
    CHECK_STR(dict_s(&d, D_EVCODES(&d)[v->code].code), "042");
    CHECK(v->rcode && !strcmp(dict_s(&d, D_EVCODES(&d)[v->rcode].code), "043"));
    /* actors, synonyms and date restrictions */
    uint32_t n1 = phrase_node(&d, "Arnorian");
    CHECK(n1 && D_NODES(&d)[n1].actor);
    uint32_t bree = D_NODES(&d)[phrase_node(&d, "Bree")].actor;
    CHECK_STR(dict_actor_code_at(&d, bree, 20000101, NULL), "BRE");
    CHECK_STR(dict_actor_code_at(&d, bree, 19941231, NULL), "BRX");
    /* agents: substitution markers, prefixes, plurals */
    uint32_t fm = phrase_node(&d, "foreign ministry");
    CHECK(fm && D_NODES(&d)[fm].agent);
    uint32_t pol = phrase_node(&d, "police");
    CHECK(pol && !strcmp(dict_str(&d, D_AGENTS(&d)[D_NODES(&d)[pol].agent].code), "COP"));
    uint32_t msf = phrase_node(&d, "msf");
    CHECK(msf && D_AGENTS(&d)[D_NODES(&d)[msf].agent].prefix == 1);

    /* the compiled image round-trips and is validated */
    char img[512], err[256];
    snprintf(img, sizeof img, "%s/test.dict", dir);
    CHECK(dict_save(&d, img, err, sizeof err) == 0);
    dy_dict m;
    CHECK(dict_load_file(&m, img, err, sizeof err) == 0);
    CHECK(DICT_N(&m, DT_PATTERN) == DICT_N(&d, DT_PATTERN));
    CHECK(dict_lookup(&m, "visits", 6) == visits);
    size_t len = m.mapping_len;
    unsigned char *copy = aligned_alloc(16, (len + 15) / 16 * 16);
    memcpy(copy, m.mapping, len);
    dict_free(&m);
    dy_dict bad;
    /* truncated */
    CHECK(dict_attach(&bad, copy, len - 16, err, sizeof err) != 0 && strstr(err, "corrupt"));
    /* a bad magic number */
    copy[0] ^= 0xFF;
    CHECK(dict_attach(&bad, copy, len, err, sizeof err) != 0 && strstr(err, "not a dyad dictionary"));
    copy[0] ^= 0xFF;
    /* every single-byte corruption of the table area is either harmless or rejected;
       the validator must never let an out-of-range index through (ASan checks that) */
    int rejected = 0;
    for (size_t off = 256; off < len; off += len / 97 + 1) {
        unsigned char save = copy[off];
        copy[off] = 0xFF;
        if (dict_attach(&bad, copy, len, err, sizeof err) != 0)
            rejected++;
        copy[off] = save;
    }
    CHECK(rejected > 0);
    CHECK(dict_attach(&bad, copy, len, err, sizeof err) == 0);
    free(copy);

    /* dyad's own format: errors name the file and line */
    write_file("people.txt", "actor Vladimir Putin\n  type person\n  alias Putin\n  code RUSGOV 2012-05-07..\n"
                             "  code RUSELI\n  src https://example.org\n\nactor Nobody\n  code bad-code\n"
                             "actor Somebody\n  code XYZ 2020-13-01..\n");
    snprintf(path, sizeof path, "%s/people.txt", dir);
    dy_dict y;
    CHECK(dict_build_init(&y) == 0);
    memset(&g, 0, sizeof g);
    g.fn = diag;
    CHECK(read_dyad_dict(&y, path, &g) == 0);
    CHECK(g.nerrors >= 3);
    CHECK(strstr(all_msgs, "11: bad date") != NULL);
    CHECK(strstr(all_msgs, "9: bad code \"bad-code\"") != NULL);
    CHECK(dict_build_finish(&y) == 0);
    uint32_t putin = D_NODES(&y)[phrase_node(&y, "Putin")].actor;
    CHECK(putin != 0);
    CHECK_STR(dict_actor_code_at(&y, putin, 20200107, NULL), "RUSGOV");
    CHECK_STR(dict_actor_code_at(&y, putin, 20100101, NULL), "RUSELI");
    dict_free(&y);

    /* a missing file is an error, not a crash */
    memset(&g, 0, sizeof g);
    g.fn = diag;
    dy_dict z;
    CHECK(dict_build_init(&z) == 0);
    CHECK(read_petrarch_verbs(&z, "/nonexistent/verbs.txt", &g) != 0 && g.nerrors == 1);
    dict_free(&z);

    dict_free(&d);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
    return check_done("test_dict");
}
