/*
 * golden_test.c - scores dyad on the hand-checked golden sentences
 * (tests/golden/README.md gives the format).
 *
 *   dyad-golden [-v] [--min-precision P] [--min-recall R] [--min-date D] FILE...
 *
 * Prints precision and recall of (source, target, code, mode), per file and in
 * all, and the accuracy of event dates where the gold gives one; with -v, every
 * missed and every spurious event. Fails (exit 1) when a figure is below its floor.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

#define MAX_EV 64

typedef struct gold_event {
    char f[5][160]; /* source, target, code, mode, date ("" when not given) */
} gold_event;

typedef struct story {
    char id[64];
    int32_t date;
    char text[8192];
    gold_event ev[MAX_EV];
    int nev;
    int none;
    unsigned line;
} story;

typedef struct score {
    long tp, fp, fn, dates, dates_ok;
} score;

static int verbose;

/* Does value v match one of the |-separated alternatives of pattern p? "-" means absent. */
static int alt_match(const char *p, const char *v)
{
    const char *s = p;
    for (;;) {
        size_t n = strcspn(s, "|");
        if ((n == 1 && s[0] == '-' && v[0] == 0) || (strlen(v) == n && strncmp(s, v, n) == 0))
            return 1;
        if (!s[n])
            return 0;
        s += n + 1;
    }
}

static void fmt_date(int32_t d, char *b)
{
    unsigned y = (unsigned)(d / 10000) % 10000, m = (unsigned)(d / 100 % 100) % 100, dd = (unsigned)(d % 100) % 100;
    snprintf(b, 11, "%04u-%02u-%02u", y, m, dd);
}

static void score_story(dyad_coder *c, const char *file, const story *st, score *sc)
{
    const dyad_result *r;
    if (dyad_code(c, st->date, st->text, strlen(st->text), &r)) {
        fprintf(stderr, "%s: %s: coding failed\n", file, st->id);
        sc->fn += st->nev;
        return;
    }
    int used[256] = {0};
    size_t ng = r->nevents < 256 ? r->nevents : 256;
    for (int k = 0; k < st->nev; k++) {
        const gold_event *g = &st->ev[k];
        int hit = -1;
        /* a stated event first, the derived reverse half of a paired code only
           when no stated one matches (it is not counted against precision, so
           it must not take the gold line a stated event fits) */
        for (int pass = 0; pass < 2 && hit < 0; pass++)
            for (size_t i = 0; i < ng && hit < 0; i++) {
                const dyad_event *e = &r->events[i];
                if (!used[i] && (e->paired != 0) == pass && alt_match(g->f[0], e->source) &&
                    alt_match(g->f[1], e->target) && alt_match(g->f[2], e->code) &&
                    alt_match(g->f[3], dyad_mode_name(e->mode)))
                    hit = (int)i;
            }
        if (hit >= 0) {
            used[hit] = 1;
            sc->tp++;
            if (g->f[4][0]) {
                char d[11];
                fmt_date(r->events[hit].date, d);
                sc->dates++;
                if (alt_match(g->f[4], d))
                    sc->dates_ok++;
                else if (verbose)
                    printf("%s %s: date of %s %s %s: expected %s, got %s\n", file, st->id, g->f[0], g->f[1], g->f[2],
                           g->f[4], d);
            }
        } else {
            sc->fn++;
            if (verbose)
                printf("%s %s: missed %s %s %s %s\n", file, st->id, g->f[0], g->f[1], g->f[2], g->f[3]);
        }
    }
    for (size_t i = 0; i < ng; i++)
        if (!used[i]) {
            /* the reverse half of a paired code ("[042:043]") is derived, not read:
               the gold lists only what the text states, so it is not counted */
            if (r->events[i].paired)
                continue;
            sc->fp++;
            if (verbose) {
                const dyad_event *e = &r->events[i];
                printf("%s %s: spurious %s %s %s %s (\"%s\" -> \"%s\", \"%s\")\n", file, st->id,
                       e->source[0] ? e->source : "-", e->target[0] ? e->target : "-", e->code,
                       dyad_mode_name(e->mode), e->source_text, e->target_text, e->verb);
            }
        }
    if (verbose && (sc->fn || sc->fp))
        (void)0;
}

static int32_t parse_date(const char *s)
{
    int32_t v = dyad_parse_date(s, strlen(s));
    return v;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = 0;
    return s;
}

/* Reads stories one at a time; returns 1 when one was read. */
static int next_story(FILE *f, const char *file, unsigned *lineno, story *st, int *bad)
{
    char line[8192];
    memset(st, 0, sizeof *st);
    int have = 0;
    char *last_value = NULL;
    size_t last_cap = 0;
    while (fgets(line, sizeof line, f)) {
        (*lineno)++;
        if (line[0] == '#')
            continue;
        if (line[0] == ' ' && line[1] == ' ' && have) {
            /* continuation of the previous value (a note's is ignored) */
            if (!last_value)
                continue;
            char *t = trim(line);
            size_t n = strlen(last_value);
            if (n + strlen(t) + 2 < last_cap) {
                last_value[n] = ' ';
                strcpy(last_value + n + 1, t);
            }
            continue;
        }
        char *t = trim(line);
        if (!*t) {
            if (have)
                return 1;
            continue;
        }
        if (!have)
            st->line = *lineno;
        have = 1;
        char *colon = strchr(t, ':');
        if (!colon) {
            fprintf(stderr, "%s:%u: expected key: value\n", file, *lineno);
            (*bad)++;
            continue;
        }
        *colon = 0;
        char *key = trim(t), *val = trim(colon + 1);
        last_value = NULL;
        if (!strcmp(key, "id"))
            snprintf(st->id, sizeof st->id, "%s", val);
        else if (!strcmp(key, "date")) {
            st->date = parse_date(val);
            if (!st->date) {
                fprintf(stderr, "%s:%u: bad date\n", file, *lineno);
                (*bad)++;
            }
        } else if (!strcmp(key, "text")) {
            snprintf(st->text, sizeof st->text, "%s", val);
            last_value = st->text;
            last_cap = sizeof st->text;
        } else if (!strcmp(key, "events")) {
            st->none = !strcmp(val, "none");
        } else if (!strcmp(key, "event")) {
            if (st->nev == MAX_EV)
                continue;
            gold_event *g = &st->ev[st->nev];
            int k = 0;
            for (char *tok = strtok(val, " \t"); tok && k < 5; tok = strtok(NULL, " \t"))
                snprintf(g->f[k++], sizeof g->f[0], "%s", tok);
            if (k < 4) {
                fprintf(stderr, "%s:%u: an event needs SOURCE TARGET CODE MODE [DATE]\n", file, *lineno);
                (*bad)++;
                continue;
            }
            st->nev++;
        } else if (!strcmp(key, "note")) {
            last_value = NULL;
        } else {
            fprintf(stderr, "%s:%u: unknown key \"%s\"\n", file, *lineno, key);
            (*bad)++;
        }
    }
    return have;
}

static void print_score(const char *name, const score *s)
{
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
    double f = p + r ? 2 * p * r / (p + r) : 0;
    printf("%-28s events %4ld  found %4ld  correct %4ld  precision %.3f  recall %.3f  F1 %.3f  dates %ld/%ld\n", name,
           s->tp + s->fn, s->tp + s->fp, s->tp, p, r, f, s->dates_ok, s->dates);
}

int main(int argc, char **argv)
{
    double min_p = 0, min_r = 0, min_d = 0;
    const char *files[64];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "--min-precision") && i + 1 < argc)
            min_p = atof(argv[++i]);
        else if (!strcmp(argv[i], "--min-recall") && i + 1 < argc)
            min_r = atof(argv[++i]);
        else if (!strcmp(argv[i], "--min-date") && i + 1 < argc)
            min_d = atof(argv[++i]);
        else if (nfiles < 64)
            files[nfiles++] = argv[i];
    }
    if (!nfiles) {
        fprintf(stderr, "usage: dyad-golden [-v] [--min-precision P] [--min-recall R] [--min-date D] FILE...\n");
        return 2;
    }
    dyad_dict *d;
    char err[512];
    if (dyad_dict_open(&d, NULL, err, sizeof err)) {
        fprintf(stderr, "dyad-golden: %s\n", err);
        return 2;
    }
    dyad_coder *c = dyad_coder_new(d);
    score all = {0};
    int bad = 0;
    long stories = 0;
    story *st = malloc(sizeof *st);
    for (int k = 0; k < nfiles; k++) {
        FILE *f = fopen(files[k], "r");
        if (!f) {
            perror(files[k]);
            return 2;
        }
        score sc = {0};
        unsigned line = 0;
        const char *base = strrchr(files[k], '/');
        base = base ? base + 1 : files[k];
        while (next_story(f, files[k], &line, st, &bad)) {
            if (!st->id[0] || !st->date || !st->text[0]) {
                fprintf(stderr, "%s:%u: a story needs id, date and text\n", files[k], st->line);
                bad++;
                continue;
            }
            stories++;
            score_story(c, base, st, &sc);
        }
        fclose(f);
        print_score(base, &sc);
        all.tp += sc.tp;
        all.fp += sc.fp;
        all.fn += sc.fn;
        all.dates += sc.dates;
        all.dates_ok += sc.dates_ok;
    }
    free(st);
    print_score("all", &all);
    double p = all.tp + all.fp ? (double)all.tp / (double)(all.tp + all.fp) : 0;
    double r = all.tp + all.fn ? (double)all.tp / (double)(all.tp + all.fn) : 0;
    double dt = all.dates ? (double)all.dates_ok / (double)all.dates : 1;
    printf("golden: %ld stories, precision %.3f (floor %.3f), recall %.3f (floor %.3f), dates %.3f (floor %.3f)\n",
           stories, p, min_p, r, min_r, dt, min_d);
    dyad_coder_free(c);
    dyad_dict_free(d);
    if (bad) {
        fprintf(stderr, "dyad-golden: %d problem(s) in the golden files\n", bad);
        return 1;
    }
    return p + 1e-9 < min_p || r + 1e-9 < min_r || dt + 1e-9 < min_d ? 1 : 0;
}
