/*
 * dictload.c - whole dictionaries from source trees and directories (see dictload.h).
 */
#include "dictload.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "lexicon.h"

typedef struct pathlist { char **p; size_t n, cap; } pathlist;

static int pl_add(pathlist *l, const char *path)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        char **np = realloc(l->p, cap * sizeof *np);
        if (!np)
            return -1;
        l->p = np;
        l->cap = cap;
    }
    size_t len = strlen(path);
    char *c = malloc(len + 1);
    if (!c)
        return -1;
    memcpy(c, path, len + 1);
    l->p[l->n++] = c;
    return 0;
}

static void pl_free(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->p[i]);
    free(l->p);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcmp(s + n - k, suf) == 0;
}

/* Collects *.txt under dir (recursively, depth-limited), skipping `skip` subfolders. */
static int collect(const char *dir, pathlist *out, const char *const *skip, int depth)
{
    if (depth > 6)
        return 0;
    DIR *dp = opendir(dir);
    if (!dp)
        return -1;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(dp))) {
        if (de->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            int skipped = 0;
            for (size_t i = 0; skip && skip[i]; i++)
                skipped |= depth == 0 && strcmp(de->d_name, skip[i]) == 0;
            if (!skipped && collect(path, out, skip, depth + 1))
                rc = -1;
        } else if (S_ISREG(st.st_mode) && ends_with(de->d_name, ".txt") && strcmp(de->d_name, "README.txt") != 0) {
            if (pl_add(out, path))
                rc = -1;
        }
    }
    closedir(dp);
    return rc;
}

int dictload_source_tree(dy_dict *d, const char *dir, const char *wordnet_dir, dy_diag *g)
{
    char err[512], path[4096];
    if (dict_build_init(d)) {
        diag_report(g, DIAG_ERROR, dir, 0, "out of memory");
        return -1;
    }
    if (lex_build_wordnet(d, wordnet_dir ? wordnet_dir : DYAD_DEFAULT_WORDNET, err, sizeof err)) {
        diag_report(g, DIAG_ERROR, wordnet_dir ? wordnet_dir : DYAD_DEFAULT_WORDNET, 0, "%s", err);
        return -1;
    }
    if (lex_build_closed_class(d)) {
        diag_report(g, DIAG_ERROR, dir, 0, "out of memory");
        return -1;
    }
    int rc = 0;
    snprintf(path, sizeof path, "%s/cameo/cameo_event_codes.tsv", dir);
    rc |= read_cameo_table(d, path, g);
    snprintf(path, sizeof path, "%s/cameo/cameo_event_codes_extra.tsv", dir);
    rc |= read_cameo_table(d, path, g);
    snprintf(path, sizeof path, "%s/cameo/cameo_to_plover.txt", dir);
    rc |= read_plover_table(d, path, g);

    pathlist verbs = {0}, rest = {0};
    snprintf(path, sizeof path, "%s/verbs", dir);
    if (collect(path, &verbs, NULL, 1)) {
        diag_report(g, DIAG_ERROR, path, 0, "cannot read the verb directory");
        rc = -1;
    }
    static const char *const skip[] = {"verbs", "cameo", NULL};
    if (collect(dir, &rest, skip, 0)) {
        diag_report(g, DIAG_ERROR, dir, 0, "cannot read the dictionary directory");
        rc = -1;
    }
    qsort(verbs.p, verbs.n, sizeof *verbs.p, cmp_str);
    qsort(rest.p, rest.n, sizeof *rest.p, cmp_str);
    for (size_t i = 0; i < verbs.n; i++)
        rc |= read_petrarch_verbs(d, verbs.p[i], g);
    for (size_t i = 0; i < rest.n; i++)
        rc |= read_dyad_dict(d, rest.p[i], g);
    pl_free(&verbs);
    pl_free(&rest);
    if (dict_build_finish(d)) {
        diag_report(g, DIAG_ERROR, dir, 0, "out of memory");
        return -1;
    }
    return rc ? -1 : 0;
}

int dictload_petrarch(dy_dict *d, const dy_dict *base, const char *dir, dy_diag *g)
{
    if (dict_build_from(d, base, DICT_COPY_LEXICON)) {
        diag_report(g, DIAG_ERROR, dir, 0, "out of memory");
        return -1;
    }
    int rc = read_petrarch_dir(d, dir, g);
    d->flags |= DICT_PETRARCH_STYLE;
    if (dict_build_finish(d))
        rc = -1;
    return rc;
}

int dictload_file(dy_dict *d, const char *path, dy_diag *g)
{
    switch (dict_guess_kind(path)) {
    case 'v':
        return read_petrarch_verbs(d, path, g);
    case 'a':
        return read_petrarch_actors(d, path, g);
    case 'g':
        return read_petrarch_agents(d, path, g);
    case 'd':
        return read_petrarch_discards(d, path, g);
    case 'i':
        return read_petrarch_issues(d, path, g);
    case 'y':
        return read_dyad_dict(d, path, g);
    default: {
        FILE *f = fopen(path, "r");
        if (!f) {
            char err[256];
            size_t len;
            char *b = read_whole_file(path, &len, err, sizeof err);
            free(b);
            diag_report(g, DIAG_ERROR, path, 0, "%s", err);
            return -1;
        }
        fclose(f);
        diag_report(g, DIAG_ERROR, path, 0,
                    "cannot tell what kind of dictionary this is (name it *verbs*, *actors*, *agents*, "
                    "*discards* or *issues* for PETRARCH files; dyad files start entries with actor/agent/discard/issue)");
        return -1;
    }
    }
}

int dictload_replace(dy_dict *d, const dy_dict *base, const char *const *files, size_t n, dy_diag *g)
{
    if (dict_build_from(d, base, DICT_COPY_LEXICON)) {
        diag_report(g, DIAG_ERROR, "dictionary", 0, "out of memory");
        return -1;
    }
    d->flags |= DICT_PETRARCH_STYLE;
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= dictload_file(d, files[i], g);
    if (dict_build_finish(d))
        rc = -1;
    return rc;
}

int dictload_extra(dy_dict *d, const dy_dict *base, const char *const *files, size_t n, dy_diag *g)
{
    if (dict_build_from(d, base, DICT_COPY_ALL)) {
        diag_report(g, DIAG_ERROR, "dictionary", 0, "out of memory");
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= dictload_file(d, files[i], g);
    if (dict_build_finish(d))
        rc = -1;
    return rc;
}
