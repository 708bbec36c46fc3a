/* test_threads.c - one read-only dictionary, coders on several threads: the
   results are the same as coding alone. */
#include <pthread.h>

#include "check.h"
#include "output.h"
#include "testlib.h"

static const char *const stories[] = {
    "Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif in Moscow on Monday.",
    "Iranian forces shot down a U.S. drone over the Strait of Hormuz.",
    "Two Syrian soldiers were killed by Israeli airstrikes near Damascus.",
    "On Wednesday, Putin will visit Ankara to meet with President Recep Tayyip Erdogan.",
    "Putin won't back any Iranian attempts at retaliation.",
    "Russia and Turkey condemned the attack on Israel.",
};
#define NSTORIES (sizeof stories / sizeof stories[0])
#define ROUNDS 40

static char expected[NSTORIES][4096];

static void render(dyad_coder *c, size_t k, char *out, size_t cap)
{
    const dyad_result *r;
    dyad_code(c, 20200107, stories[k], strlen(stories[k]), &r);
    dy_buf b;
    dy_buf_init(&b);
    for (size_t i = 0; i < r->nevents; i++)
        out_event(&b, OUT_JSONL, r, i, "t", 1, 0);
    snprintf(out, cap, "%s", b.p ? b.p : "");
    dy_buf_free(&b);
}

static int mismatches;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *run(void *arg)
{
    size_t off = (size_t)arg;
    dyad_coder *c = dyad_coder_new(test_dict);
    char got[4096];
    for (int round = 0; round < ROUNDS; round++)
        for (size_t k = 0; k < NSTORIES; k++) {
            size_t j = (k + off + (size_t)round) % NSTORIES;
            render(c, j, got, sizeof got);
            if (strcmp(got, expected[j])) {
                pthread_mutex_lock(&lock);
                mismatches++;
                pthread_mutex_unlock(&lock);
            }
        }
    dyad_coder_free(c);
    return NULL;
}

int main(void)
{
    code_at("2020-01-07", "warm up");
    for (size_t k = 0; k < NSTORIES; k++)
        render(test_coder, k, expected[k], sizeof expected[k]);
    CHECK(strlen(expected[0]) > 0);
    pthread_t th[4];
    for (size_t t = 0; t < 4; t++)
        CHECK(pthread_create(&th[t], NULL, run, (void *)t) == 0);
    for (size_t t = 0; t < 4; t++)
        pthread_join(th[t], NULL);
    CHECK(mismatches == 0);
    test_cleanup();
    return check_done("test_threads");
}
