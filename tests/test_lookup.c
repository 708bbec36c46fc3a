/*
 * test_lookup.c - the dictionary lookup table (tests/dict/lookup.tsv): names and
 * titles with a date and the CAMEO actor code a careful reader expects, coded as
 * dyad codes them in a sentence (dyad_lookup). Every case must pass; the table
 * says how its expectations were made.
 */
#include "check.h"
#include "testlib.h"

#include <stdlib.h>

/* The code on the first result line: `"NAME" -> CODE`. */
static int first_code(const char *report, char *out, size_t cap)
{
    const char *p = strstr(report, "\" -> ");
    if (!p)
        return 0;
    p += 5;
    size_t n = 0;
    while (p[n] && p[n] != '\n' && p[n] != ' ' && n + 1 < cap)
        n++;
    memcpy(out, p, n);
    out[n] = 0;
    return n > 0;
}

int main(void)
{
    FILE *f = fopen("tests/dict/lookup.tsv", "r");
    CHECK(f != NULL);
    if (!f)
        return check_done("test_lookup");
    code_at("2020-01-07", "warm-up"); /* opens the built-in dictionaries */
    char line[1024];
    int cases = 0, failed = 0, changes = 0;
    char last_name[256] = "", last_code[64] = "";
    unsigned lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *name = strtok(line, "\t\n"), *date = strtok(NULL, "\t\n"), *want = strtok(NULL, "\t\n");
        if (!name || !date || !want) {
            fprintf(stderr, "lookup.tsv:%u: not NAME<TAB>DATE<TAB>CODE\n", lineno);
            failed++;
            continue;
        }
        cases++;
        const char *report = NULL;
        char got[64] = "(none)";
        int n = dyad_lookup(test_coder, dyad_parse_date(date, strlen(date)), name, strlen(name), &report);
        if (n > 0)
            first_code(report, got, sizeof got);
        if (strcmp(got, want)) {
            fprintf(stderr, "lookup.tsv:%u: \"%s\" on %s: expected %s, got %s\n", lineno, name, date, want, got);
            failed++;
        }
        /* the same name with another code on another date: a change of office */
        if (!strcmp(name, last_name) && strcmp(want, last_code))
            changes++;
        snprintf(last_name, sizeof last_name, "%s", name);
        snprintf(last_code, sizeof last_code, "%s", want);
    }
    fclose(f);
    printf("lookup table: %d cases, %d failed, %d changes of office\n", cases, failed, changes);
    CHECK(cases >= 400);
    CHECK(changes >= 20);
    CHECK(failed == 0);
    test_cleanup();
    return check_done("test_lookup");
}
