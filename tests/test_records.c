/* test_records.c - reading PETRARCH unit-test records. */
#include <stdlib.h>

#include "check.h"
#include "records.h"

int main(void)
{
    const char *xml =
        "<Validation>\n<!-- a comment with <Sentence> inside -->\n"
        "<Environment>\n <Verbfile>PETR.Validate.verbs.txt</Verbfile>\n"
        " <Actorfile>PETR.Validate.actors.txt</Actorfile>\n <Agentfile>a.txt</Agentfile>\n</Environment>\n"
        "<Sentences>\n"
        "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"
        "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
        "<Text>\nArnor is about to restore full diplomatic ties with Gondor &amp; <!-- hidden --> Rohan.\n</Text>\n"
        "<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>\n</Sentence>\n"
        "<Sentence date = \"19950102\" id = \"X-1\" category = \"ERROR\" sentence = \"false\">\n"
        "<EventCoding noevents = \"True\"></EventCoding>\n<Text>No event here.</Text>\n</Sentence>\n"
        "</Sentences></Validation>\n";
    dy_records r;
    char err[256];
    CHECK(records_parse(xml, strlen(xml), &r, err, sizeof err) == 0);
    CHECK(r.n == 2);
    CHECK_STR(r.verbfile, "PETR.Validate.verbs.txt");
    CHECK(r.nactorfiles == 1 && !strcmp(r.actorfile[0], "PETR.Validate.actors.txt"));
    CHECK_STR(r.r[0].id, "DEMO-00");
    CHECK(r.r[0].date == 19950101 && r.r[0].sentence == 1 && r.r[0].nevents == 1);
    CHECK_STR(r.r[0].ev[0].code, "064");
    CHECK_STR(r.r[0].text, "Arnor is about to restore full diplomatic ties with Gondor & Rohan.");
    CHECK(r.r[1].noevents == 1 && r.r[1].sentence == 0 && r.r[1].date == 19950102);
    records_free(&r);

    /* <Config option="require_dyad"> between records holds until set again */
    const char *cfg = "<Sentences>\n<Sentence id=\"A\" sentence=\"true\"><Text>a</Text></Sentence>\n"
                      "<Config option=\"require_dyad\" value=\"False\"></Config>\n"
                      "<Sentence id=\"B\" sentence=\"true\"><Text>b</Text></Sentence>\n"
                      "<Sentence id=\"C\" sentence=\"true\"><Text>c</Text></Sentence>\n"
                      "<Config option=\"require_dyad\" value=\"TRUE\"></Config>\n"
                      "<Sentence id=\"D\" sentence=\"true\"><Text>d</Text></Sentence>\n</Sentences>\n";
    CHECK(records_parse(cfg, strlen(cfg), &r, err, sizeof err) == 0 && r.n == 4);
    CHECK(!r.r[0].one_sided && r.r[1].one_sided && r.r[2].one_sided && !r.r[3].one_sided);
    records_free(&r);

    /* the comma options start at PETR_config.ini's (TABARI's) and hold until set again */
    const char *cm = "<Sentences>\n<Sentence id=\"A\" sentence=\"true\"><Text>a</Text></Sentence>\n"
                     "<Config option=\"comma_min\" value=\"4\"></Config>\n"
                     "<Config option=\"comma_bmax\" value=\"6\"></Config>\n"
                     "<Sentence id=\"B\" sentence=\"true\"><Text>b</Text></Sentence>\n"
                     "<Config option=\"comma_emax\" value=\"0\"></Config>\n"
                     "<Sentence id=\"C\" sentence=\"true\"><Text>c</Text></Sentence>\n</Sentences>\n";
    CHECK(records_parse(cm, strlen(cm), &r, err, sizeof err) == 0 && r.n == 3);
    const int want[3][6] = {{2, 8, 0, 0, 2, 8}, {4, 8, 0, 6, 2, 8}, {4, 8, 0, 6, 2, 0}};
    for (int i = 0; i < 3 && i < (int)r.n; i++)
        CHECK(!memcmp(r.r[i].comma, want[i], sizeof want[i]));
    records_free(&r);
    const char *badcm = "<Sentences>\n<Config option=\"comma_max\" value=\"eight\"></Config>\n</Sentences>\n";
    CHECK(records_parse(badcm, strlen(badcm), &r, err, sizeof err) != 0 && strstr(err, "comma"));
    records_free(&r);

    /* broken input is an error with a line number */
    const char *bad = "<Sentences>\n<Sentence id=\"A\n";
    CHECK(records_parse(bad, strlen(bad), &r, err, sizeof err) != 0 && strstr(err, "line 2"));
    records_free(&r);
    const char *unterminated = "<a>\n<!-- never closed\n";
    CHECK(records_parse(unterminated, strlen(unterminated), &r, err, sizeof err) != 0 && strstr(err, "comment"));
    records_free(&r);
    return check_done("test_records");
}
