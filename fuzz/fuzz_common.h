/*
 * fuzz_common.h - what the fuzz targets share: a check that aborts (so that
 * libFuzzer, and the replay test, count it as a crash), scratch files for the
 * readers that take a path, a small base lexicon, and the compile-load-code
 * round trip that every dictionary reader's output goes through.
 *
 * Each fuzz_<name>.c defines LLVMFuzzerInitialize and LLVMFuzzerTestOneInput;
 * it is linked either with libFuzzer (-fsanitize=fuzzer) or with replay.c.
 */
#ifndef DYAD_FUZZ_COMMON_H
#define DYAD_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coder.h"
#include "dict.h"
#include "dictread.h"
#include "dyad.h"
#include "lexicon.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant of the code under test: its failure is a finding. */
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond);                             \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

/* ---- scratch files: the dictionary readers take a path ---- */

/* A per-process path in memory-backed /dev/shm when there is one. */
static inline const char *fuzz_tmp_path(char *buf, size_t cap, const char *name)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(buf, cap, "%s/dyad-fuzz-%ld-%s", dir, (long)getpid(), name);
    return buf;
}

static inline void fuzz_write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    FUZZ_CHECK(f != NULL);
    FUZZ_CHECK(n == 0 || fwrite(data, 1, n, f) == n);
    FUZZ_CHECK(fclose(f) == 0);
}

static inline size_t fuzz_count_lines(const uint8_t *data, size_t n)
{
    size_t k = 1;
    for (size_t i = 0; i < n; i++)
        k += data[i] == '\n';
    return k;
}

/* ---- diagnostics: every message must say where ---- */

typedef struct fuzz_diag_ctx {
    const char *path;  /* the file being read */
    size_t nlines;     /* its number of lines */
} fuzz_diag_ctx;

static inline void fuzz_diag_fn(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    fuzz_diag_ctx *c = ctx;
    FUZZ_CHECK(level == DIAG_WARNING || level == DIAG_ERROR);
    FUZZ_CHECK(file != NULL && msg != NULL && msg[0]);
    /* a line number, when given, is one of the file's lines */
    FUZZ_CHECK(line <= c->nlines);
}

/* What `dyad dict check` is given for each entry: its lines are the file's,
   its names fit, its code strings are in the dictionary being built. */
static inline void fuzz_entry_fn(void *ctx, const dy_dict *d, const dy_entry_info *e)
{
    fuzz_diag_ctx *c = ctx;
    FUZZ_CHECK(e->path != NULL && e->line >= 1 && e->line <= c->nlines);
    FUZZ_CHECK(e->names != NULL || e->names_len == 0);
    for (size_t i = 0; i < e->ncodes; i++) {
        FUZZ_CHECK(dict_str(d, e->codes[i].code) != NULL);
        if (e->code_lines)
            FUZZ_CHECK(e->code_lines[i] >= e->line && e->code_lines[i] <= c->nlines);
    }
}

static inline void fuzz_diag_init(dy_diag *g, fuzz_diag_ctx *c, const char *path, const uint8_t *data, size_t n)
{
    memset(g, 0, sizeof *g);
    c->path = path;
    c->nlines = fuzz_count_lines(data, n);
    g->fn = fuzz_diag_fn;
    g->ctx = c;
    g->on_entry = fuzz_entry_fn;
    g->entry_ctx = c;
}

/* ---- a small base dictionary ---- */

/* Starts building a dictionary with the closed-class words, a few irregular
   verbs (the verb reader looks their forms up in the lexicon) and a few CAMEO
   codes with scores: enough for the readers and the coder to take their real
   paths, small enough to copy on every run. */
static inline void fuzz_base_lexicon(dy_dict *d)
{
    FUZZ_CHECK(dict_build_init(d) == 0);
    FUZZ_CHECK(lex_build_closed_class(d) == 0);
    static const struct { const char *form, *lemma; uint32_t pos; } irregular[] = {
        {"meet", NULL, POS_VERB}, {"met", "meet", POS_VPAST | POS_VPART}, {"meets", "meet", POS_V3SG},
        {"meeting", "meet", POS_VING | POS_NOUN}, {"flee", NULL, POS_VERB}, {"fled", "flee", POS_VPAST | POS_VPART},
        {"seize", NULL, POS_VERB}, {"seized", "seize", POS_VPAST | POS_VPART}, {"say", NULL, POS_VERB},
        {"said", "say", POS_VPAST | POS_VPART | POS_REPORT}, {"visit", NULL, POS_VERB | POS_NOUN},
        {"visited", "visit", POS_VPAST | POS_VPART}, {"attack", NULL, POS_VERB | POS_NOUN},
        {"attacked", "attack", POS_VPAST | POS_VPART}, {"minister", NULL, POS_NOUN},
        {"ministers", "minister", POS_NOUN | POS_PLURAL}, {"president", NULL, POS_NOUN | POS_TITLE},
        {"troops", NULL, POS_NOUN | POS_PLURAL}, {"week", NULL, POS_NOUN | POS_TIME},
    };
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++) {
        uint32_t w = dict_word(d, irregular[i].form, strlen(irregular[i].form));
        FUZZ_CHECK(w != 0);
        D_WORDS(d)[w].pos |= irregular[i].pos;
        if (irregular[i].lemma) {
            uint32_t l = dict_word(d, irregular[i].lemma, strlen(irregular[i].lemma));
            FUZZ_CHECK(l != 0);
            D_WORDS(d)[w].lemma = l;
        }
    }
    static const struct { const char *code; int g10, quad; } codes[] = {
        {"010", 0, 1}, {"020", 30, 1}, {"036", 40, 1}, {"040", 10, 1}, {"042", 19, 1}, {"043", 28, 1},
        {"050", 35, 1}, {"111", -20, 3}, {"120", -40, 3}, {"190", -100, 4}, {"193", -100, 4},
    };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        uint32_t e = dict_evcode(d, codes[i].code, strlen(codes[i].code));
        FUZZ_CHECK(e != 0);
        D_EVCODES(d)[e].goldstein10 = (int16_t)codes[i].g10;
        D_EVCODES(d)[e].quad = (uint8_t)codes[i].quad;
    }
}

/* Reads a dictionary snippet (text) with a reader into d. */
static inline void fuzz_read_snippet(dy_dict *d, int (*reader)(dy_dict *, const char *, dy_diag *), const char *name,
                                     const char *text)
{
    char path[512];
    fuzz_tmp_path(path, sizeof path, name);
    fuzz_write_file(path, text, strlen(text));
    dy_diag g;
    memset(&g, 0, sizeof g);
    FUZZ_CHECK(reader(d, path, &g) == 0);
    remove(path);
}

/* ---- the compiled form ---- */

/* A dictionary just built must save, load back through the validator of
   untrusted images (which must accept it) and code text without trouble. */
static inline void fuzz_compile_and_code(dy_dict *d, const char *text, size_t n)
{
    FUZZ_CHECK(dict_build_finish(d) == 0);
    char path[512], err[512];
    fuzz_tmp_path(path, sizeof path, "compiled.dict");
    FUZZ_CHECK(dict_save(d, path, err, sizeof err) == 0);
    struct dyad_dict dd;
    if (dict_load_file(&dd.d, path, err, sizeof err) != 0) {
        fprintf(stderr, "a dictionary just compiled is rejected: %s\n", err);
        abort();
    }
    remove(path);
    FUZZ_CHECK(dict_prepare(&dd.d) == 0);
    dyad_coder *c = dyad_coder_new(&dd);
    FUZZ_CHECK(c != NULL);
    const dyad_result *r;
    const char *trace;
    if (n > 4096)
        n = 4096; /* the coder has a target of its own; here it only uses the dictionary */
    FUZZ_CHECK(dyad_explain(c, 20200107, text, n, &r, &trace) == 0);
    FUZZ_CHECK(trace != NULL);
    static const char probe[] = "The president met the ministers on Monday. Troops attacked the city. He said "
                                "they will visit Ankara next week.";
    FUZZ_CHECK(dyad_code(c, 20200107, probe, sizeof probe - 1, &r) == 0);
    dyad_coder_free(c);
    dict_free(&dd.d);
}

#endif
