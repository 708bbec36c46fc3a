/*
 * validate.c - `dyad validate RECORDS.xml`: codes the <Text> of each PETRARCH
 * unit-test record (never its <Parse>) with the dictionaries its <Environment>
 * names, and compares the set of (source, target, code) with the gold.
 *
 * Scoring follows PETRARCH's convention: a record passes when the two sets are
 * equal; events of every mode count (PETRARCH has no modes); an absent actor is
 * "---"; records marked noevents, or with an error such as sentencediscard,
 * pass when nothing is coded. A record whose <Parse> brackets do not balance is
 * malformed input and codes nothing, as in PETRARCH (the tree is read for
 * nothing else). Records with sentence="false" are reported apart.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dictread.h"
#include "records.h"
#include "util.h"

static const char validate_usage[] =
    "usage: dyad validate [options] RECORDS.xml\n"
    "\n"
    "Scores PETRARCH unit-test records: one line per failing record (expected and\n"
    "got), a table per category, and a last line \"validate: R records, P passed, F failed\".\n"
    "\n"
    "  --dict-dir DIR   where the dictionaries named in <Environment> are (default: the\n"
    "                   records' folder, then ../dictionaries beside it)\n"
    "  --verbose        also list the records that pass\n"
    "  --explain ID     also print dyad explain's trace of the record ID\n";

typedef struct triple { char s[48], t[48], c[16]; } triple;

static int cmp_triple(const void *a, const void *b)
{
    const triple *x = a, *y = b;
    int r = strcmp(x->s, y->s);
    if (!r)
        r = strcmp(x->t, y->t);
    if (!r)
        r = strcmp(x->c, y->c);
    return r;
}

static size_t uniq(triple *t, size_t n)
{
    qsort(t, n, sizeof *t, cmp_triple);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || cmp_triple(&t[k - 1], &t[i]))
            t[k++] = t[i];
    return k;
}

static void print_set(const triple *t, size_t n)
{
    if (!n) {
        printf("(none)");
        return;
    }
    for (size_t i = 0; i < n; i++)
        printf("%s%s %s %s", i ? "; " : "", t[i].s, t[i].t, t[i].c);
}

static void actor_code(const char *c, char *out, size_t cap) { snprintf(out, cap, "%s", c && c[0] ? c : "---"); }

typedef struct cat { char name[32]; int n, pass; } cat;

static int file_in(const char *dir, const char *name, char *out, size_t cap)
{
    if (!name[0])
        return 0;
    int n = snprintf(out, cap, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= cap)
        return 0;
    return access(out, R_OK) == 0;
}

int cmd_validate(int argc, char **argv)
{
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    const char *xml = NULL;
    int verbose = 0;
    const char *explain_id = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(validate_usage, stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--verbose")) {
            verbose = 1;
            continue;
        }
        if (!strcmp(argv[i], "--explain") && i + 1 < argc) {
            explain_id = argv[++i];
            continue;
        }
        int r = cli_dict_option(&dopt, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (argv[i][0] == '-') {
            cli_error("unknown option \"%s\"", argv[i]);
            fputs(validate_usage, stderr);
            return EXIT_USAGE;
        }
        xml = argv[i];
    }
    if (!xml) {
        fputs(validate_usage, stderr);
        return EXIT_USAGE;
    }
    char err[1024];
    size_t len;
    char *buf = read_whole_file(xml, &len, err, sizeof err);
    if (!buf) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    dy_records recs;
    if (records_parse(buf, len, &recs, err, sizeof err)) {
        cli_error("%s: %s", xml, err);
        free(buf);
        return EXIT_USAGE;
    }
    free(buf);

    /* the dictionaries of <Environment> */
    char dirs[3][4096];
    int ndirs = 0;
    if (dopt.petrarch_dir)
        dy_strlcpy(dirs[ndirs++], dopt.petrarch_dir, sizeof dirs[0]);
    else {
        char base[2048];
        dy_strlcpy(base, xml, sizeof base);
        char *slash = strrchr(base, '/');
        if (slash)
            *slash = 0;
        else
            snprintf(base, sizeof base, ".");
        dy_strlcpy(dirs[ndirs++], base, sizeof dirs[0]);
        int n = snprintf(dirs[ndirs], sizeof dirs[0], "%s/../dictionaries", base);
        if (n > 0 && (size_t)n < sizeof dirs[0])
            ndirs++;
    }
    static char paths[12][4096];
    const char *files[12];
    size_t nfiles = 0;
    const char *names[12];
    size_t nnames = 0;
    names[nnames++] = recs.verbfile;
    for (int k = 0; k < recs.nactorfiles; k++)
        names[nnames++] = recs.actorfile[k];
    names[nnames++] = recs.agentfile;
    names[nnames++] = recs.discardfile;
    for (size_t k = 0; k < nnames; k++) {
        if (!names[k][0])
            continue;
        int found = 0;
        for (int j = 0; j < ndirs && !found; j++)
            found = file_in(dirs[j], names[k], paths[nfiles], sizeof paths[0]);
        if (!found) {
            cli_error("%s: the dictionary %s named in <Environment> is not in %s%s%s", xml, names[k], dirs[0],
                      ndirs > 1 ? " or " : "", ndirs > 1 ? dirs[1] : "");
            records_free(&recs);
            return EXIT_USAGE;
        }
        files[nfiles] = paths[nfiles];
        nfiles++;
    }
    dyad_dict_options opt;
    memset(&opt, 0, sizeof opt);
    opt.replace = files;
    opt.nreplace = nfiles;
    opt.extra = dopt.extra;
    opt.nextra = dopt.nextra;
    dyad_dict *d;
    if (dyad_dict_open(&d, &opt, err, sizeof err)) {
        cli_error("%s", err);
        records_free(&recs);
        return EXIT_USAGE;
    }
    dyad_coder *c = dyad_coder_new(d);
    cat cats[64];
    int ncats = 0;
    size_t total = 0, passed = 0, skipped = 0, rejected = 0, rejected_pass = 0;
    for (size_t i = 0; i < recs.n; i++) {
        const dy_record *r = &recs.r[i];
        if (!r->sentence) {
            skipped++;
            continue;
        }
        total++;
        triple want[REC_MAX_EVENTS];
        size_t nw = 0;
        if (!r->noevents && !r->error[0])
            for (int k = 0; k < r->nevents; k++) {
                actor_code(r->ev[k].source, want[nw].s, sizeof want[nw].s);
                actor_code(r->ev[k].target, want[nw].t, sizeof want[nw].t);
                dy_strlcpy(want[nw].c, r->ev[k].code, sizeof want[nw].c);
                nw++;
            }
        nw = uniq(want, nw);
        const dyad_result *res;
        const char *text = r->text ? r->text : "";
        triple got[64];
        size_t ng = 0;
        dyad_coder_set(c, DYAD_OPT_ONE_SIDED, r->one_sided);
        dyad_coder_set(c, DYAD_OPT_NEW_ACTOR_LENGTH, r->new_actor_len);
        cli_comma_set(c, r->comma);
        if (explain_id && !strcmp(explain_id, r->id)) {
            const char *trace = NULL;
            if (dyad_explain(c, r->date ? r->date : 19950101, text, strlen(text), &res, &trace) == 0 && trace)
                fputs(trace, stdout);
        }
        /* a record whose parse tree is broken is malformed input, which PETRARCH
           refuses to code (the records with error="bad_input_parse"); dyad
           reads only the text, but scores such a record as nothing coded */
        if (r->bad_parse) {
            /* reported, never silent: the figure from coding alone is printed too */
            printf("REJECT %s: its <Parse> brackets do not balance; the record is not coded\n", r->id);
            rejected++;
        }
        if (!r->bad_parse && dyad_code(c, r->date ? r->date : 19950101, text, strlen(text), &res) == 0)
            for (size_t k = 0; k < res->nevents && ng < 64; k++) {
                actor_code(res->events[k].source, got[ng].s, sizeof got[ng].s);
                actor_code(res->events[k].target, got[ng].t, sizeof got[ng].t);
                dy_strlcpy(got[ng].c, res->events[k].code, sizeof got[ng].c);
                ng++;
            }
        ng = uniq(got, ng);
        int ok = nw == ng;
        for (size_t k = 0; ok && k < nw; k++)
            ok = !cmp_triple(&want[k], &got[k]);
        int ci = 0;
        while (ci < ncats && strcmp(cats[ci].name, r->category))
            ci++;
        if (ci == ncats && ncats < 64) {
            dy_strlcpy(cats[ncats].name, r->category[0] ? r->category : "(none)", sizeof cats[ncats].name);
            cats[ncats].n = cats[ncats].pass = 0;
            ncats++;
        }
        if (ci < ncats) {
            cats[ci].n++;
            cats[ci].pass += ok;
        }
        passed += ok;
        rejected_pass += r->bad_parse && ok;
        if (!ok || verbose) {
            printf("%s %s: expected ", ok ? "PASS" : "FAIL", r->id);
            print_set(want, nw);
            printf("; got ");
            print_set(got, ng);
            printf("\n    %s\n", text);
        }
    }
    printf("\n%-12s %8s %8s %8s\n", "category", "records", "passed", "percent");
    for (int k = 0; k < ncats; k++)
        printf("%-12s %8d %8d %7.1f%%\n", cats[k].name, cats[k].n, cats[k].pass,
               cats[k].n ? 100.0 * cats[k].pass / cats[k].n : 0.0);
    printf("%-12s %8zu %8zu %7.1f%%\n", "all", total, passed, total ? 100.0 * (double)passed / (double)total : 0.0);
    if (skipped)
        printf("(%zu records with sentence=\"false\" not counted)\n", skipped);
    if (rejected)
        printf("(%zu records rejected as malformed input, %zu of them passing so; from coding alone %zu of %zu, "
               "%.1f%%)\n",
               rejected, rejected_pass, passed - rejected_pass, total,
               total ? 100.0 * (double)(passed - rejected_pass) / (double)total : 0.0);
    printf("validate: %zu records, %zu passed, %zu failed\n", total, passed, total - passed);
    dyad_coder_free(c);
    dyad_dict_free(d);
    records_free(&recs);
    return 0;
}
