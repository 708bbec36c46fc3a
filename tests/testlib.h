/*
 * testlib.h - coding sentences with the built-in dictionary from a test, and
 * looking for an event in the result.
 */
#ifndef DYAD_TESTLIB_H
#define DYAD_TESTLIB_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

static dyad_dict *test_dict;
static dyad_coder *test_coder;

static inline const dyad_result *code_at(const char *iso_date, const char *text)
{
    if (!test_dict) {
        char err[512];
        if (dyad_dict_open(&test_dict, NULL, err, sizeof err)) {
            fprintf(stderr, "cannot load the built-in dictionary: %s\n", err);
            exit(2);
        }
        test_coder = dyad_coder_new(test_dict);
    }
    const dyad_result *r;
    if (dyad_code(test_coder, dyad_parse_date(iso_date, strlen(iso_date)), text, strlen(text), &r)) {
        fprintf(stderr, "coding failed\n");
        exit(2);
    }
    return r;
}

/* Code prefix match: "19" matches "190" and "193". NULL fields match anything. */
static inline const dyad_event *find_event(const dyad_result *r, const char *src, const char *tgt, const char *code,
                                    const char *mode)
{
    for (size_t i = 0; i < r->nevents; i++) {
        const dyad_event *e = &r->events[i];
        if (src && strcmp(e->source, src))
            continue;
        if (tgt && strcmp(e->target, tgt))
            continue;
        if (code && strncmp(e->code, code, strlen(code)))
            continue;
        if (mode && strcmp(dyad_mode_name(e->mode), mode))
            continue;
        return e;
    }
    return NULL;
}

static inline void dump_events(const char *what, const dyad_result *r)
{
    fprintf(stderr, "  %s: %zu event(s)\n", what, r->nevents);
    for (size_t i = 0; i < r->nevents; i++) {
        const dyad_event *e = &r->events[i];
        fprintf(stderr, "    %s %s %s %s %d (%s | %s | %s)\n", e->source, e->target, e->code, dyad_mode_name(e->mode),
                e->date, e->source_text, e->target_text, e->verb);
    }
}

static inline void test_cleanup(void)
{
    dyad_coder_free(test_coder);
    dyad_dict_free(test_dict);
    test_coder = NULL;
    test_dict = NULL;
}

#endif
