/*
 * check.h - the few lines every unit test needs: CHECK() records a failure
 * with its file and line and goes on; check_done() prints the tally and gives
 * the exit status.
 */
#ifndef DYAD_CHECK_H
#define DYAD_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures, check_count;

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        check_count++;                                                                                                 \
        if (!(cond)) {                                                                                                 \
            check_failures++;                                                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                                  \
        }                                                                                                              \
    } while (0)

#define CHECK_STR(a, b)                                                                                                \
    do {                                                                                                               \
        const char *check_a_ = (a), *check_b_ = (b);                                                                   \
        check_count++;                                                                                                 \
        if (!check_a_ || strcmp(check_a_, check_b_) != 0) {                                                            \
            check_failures++;                                                                                          \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, check_b_,                      \
                    check_a_ ? check_a_ : "(null)");                                                                   \
        }                                                                                                              \
    } while (0)

static int check_done(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures ? 1 : 0;
}

#endif
