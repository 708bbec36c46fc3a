/* test_net.c - reading events back, periods, aggregation figures, writers, layout, report. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "layout.h"
#include "net.h"
#include "report.h"

static char err[512];

/* Reads lines (separated by \n) into a network; returns the number of bad lines. */
static int feed(dy_net *n, dy_netreader *r, const char *text)
{
    int bad = 0;
    dy_netreader_start(r);
    while (*text) {
        const char *e = strchr(text, '\n');
        size_t len = e ? (size_t)(e - text) : strlen(text);
        dy_netev ev;
        int got = dy_netreader_line(r, text, len, &ev, err, sizeof err);
        if (got < 0)
            bad++;
        else if (got > 0)
            dy_net_add(n, &ev);
        text += len + (e ? 1 : 0);
    }
    return bad;
}

static int has_line(const dy_buf *b, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = b->p; p && (p = strstr(p, line)); p++)
        if ((p == b->p || p[-1] == '\n') && (p[n] == '\n' || !p[n]))
            return 1;
    return 0;
}

static size_t count(const char *hay, const char *needle)
{
    size_t k = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        k++;
    return k;
}

/* The hand-made events of tests/net/events.jsonl, as JSON Lines: the figures
   below were computed by hand (tests/net/README.md). */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dy_buf b;
    dy_buf_init(&b);
    char chunk[4096];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, k);
    fclose(f);
    return b.p;
}

static void test_reader(void)
{
    dy_netreader r;
    dy_netreader_init(&r);
    dy_netev ev;
    const char *j = "{\"doc\":\"d\",\"sentence\":3,\"text\":\"x \\\"y\\\"\",\"date\":\"2020-01-07\",\"source\":\"RUSGOV\","
                    "\"target\":\"TURGOV\",\"code\":\"042\",\"root\":\"04\",\"quad\":1,\"goldstein\":1.9,"
                    "\"mode\":\"future\",\"issues\":\"NUCLEAR\",\"extra\":{\"a\":[1]}}";
    dy_netreader_start(&r);
    CHECK(dy_netreader_line(&r, j, strlen(j), &ev, err, sizeof err) == 1);
    CHECK(r.format == NETFMT_JSONL);
    CHECK(ev.date == 20200107 && ev.quad == 1 && ev.has_goldstein && ev.goldstein10 == 19 && ev.mode == DYAD_FUTURE);
    CHECK(ev.sentence == 3);
    CHECK_STR(ev.source, "RUSGOV");
    CHECK_STR(ev.code, "042");
    CHECK_STR(ev.text, "x \"y\"");
    CHECK_STR(ev.doc, "d");

    /* null Goldstein, no quad (from the root), no mode (asserted), a date with a time */
    const char *j2 = "{\"date\":\"2020-01-07T10:00:00Z\",\"source\":\"A\",\"target\":\"B\",\"code\":\"1823\","
                     "\"goldstein\":null}";
    CHECK(dy_netreader_line(&r, j2, strlen(j2), &ev, err, sizeof err) == 1);
    CHECK(!ev.has_goldstein && ev.quad == 4 && ev.mode == DYAD_ASSERTED && ev.sentence == -1);
    CHECK_STR(ev.text, "");

    /* errors say what */
    const char *bad[][2] = {
        {"{\"date\":\"2020-13-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"01\"}", "bad date \"2020-13-01\""},
        {"{\"source\":\"A\",\"target\":\"B\",\"code\":\"01\"}", "no \"date\" member"},
        {"{\"id\":\"x\",\"date\":\"2020-01-01\",\"text\":\"a story\"}", "no \"source\" member"},
        {"{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"01\",\"quad\":7}", "bad quad class"},
        {"{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"01\",\"goldstein\":\"x\"}",
         "bad Goldstein score"},
        {"{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"01\",\"goldstein\":11}",
         "from -10 to 10"},
        {"{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"01\",\"mode\":\"maybe\"}",
         "unknown mode \"maybe\""},
        {"{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"\"}", "no event code"},
        {"{\"date\":\"2020-01-01\" \"source\":\"A\"}", "byte 22"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int got = dy_netreader_line(&r, bad[i][0], strlen(bad[i][0]), &ev, err, sizeof err);
        CHECK(got == -1);
        if (!strstr(err, bad[i][1])) {
            check_failures++;
            fprintf(stderr, "%s:%d: message \"%s\" lacks \"%s\"\n", __FILE__, __LINE__, err, bad[i][1]);
        }
    }

    /* TSV: columns found by name, in any order; the header again is skipped */
    const char *h = "goldstein\tdate\tcode\tsource\ttarget\tmode\ttext";
    dy_netreader_start(&r);
    CHECK(dy_netreader_line(&r, h, strlen(h), &ev, err, sizeof err) == 0);
    CHECK(r.format == NETFMT_TSV);
    const char *t = "-10.0\t2019-12-30\t190\tUSAMIL\tIRNMIL\tasserted\tkilled, \"by\" a drone";
    CHECK(dy_netreader_line(&r, t, strlen(t), &ev, err, sizeof err) == 1);
    CHECK(ev.goldstein10 == -100 && ev.quad == 4 && ev.date == 20191230);
    CHECK_STR(ev.text, "killed, \"by\" a drone");
    CHECK(dy_netreader_line(&r, h, strlen(h), &ev, err, sizeof err) == 0);
    const char *t2 = "1.0\t2019-12-30\t040";
    CHECK(dy_netreader_line(&r, t2, strlen(t2), &ev, err, sizeof err) == -1 && strstr(err, "3 fields where the header has 7"));

    /* CSV: quoted fields with commas and doubled quotes; a BOM; CRLF */
    const char *c = "\xEF\xBB\xBF" "date,source,target,code,text\r";
    dy_netreader_start(&r);
    CHECK(dy_netreader_line(&r, c, strlen(c), &ev, err, sizeof err) == 0 && r.format == NETFMT_CSV);
    const char *c1 = "2020-01-07,RUSGOV,FRAGOV,012,\"Putin, to Macron: \"\"concern\"\"\"\r";
    CHECK(dy_netreader_line(&r, c1, strlen(c1), &ev, err, sizeof err) == 1);
    CHECK_STR(ev.text, "Putin, to Macron: \"concern\"");
    CHECK(ev.quad == 1 && !ev.has_goldstein);
    const char *c2 = "2020-01-07,RUSGOV,FRAGOV,012,\"unterminated";
    CHECK(dy_netreader_line(&r, c2, strlen(c2), &ev, err, sizeof err) == -1 && strstr(err, "unterminated"));

    /* not events at all */
    const char *x = "hello world";
    dy_netreader_start(&r);
    CHECK(dy_netreader_line(&r, x, strlen(x), &ev, err, sizeof err) == -1 && strstr(err, "not dyad events"));
    CHECK(dy_netreader_line(&r, "  ", 2, &ev, err, sizeof err) == 0);
    dy_netreader_free(&r);
}

static void test_periods(void)
{
    char label[16];
    int32_t s, e;
    dy_net_period_label(NET_BY_WEEK, dy_net_period(NET_BY_WEEK, 20200108), label, &s, &e);
    CHECK_STR(label, "2020-W02");
    CHECK(s == 20200106 && e == 20200112);
    /* ISO weeks across the new year: the week belongs to the year of its Thursday */
    dy_net_period_label(NET_BY_WEEK, dy_net_period(NET_BY_WEEK, 20191231), label, &s, &e);
    CHECK_STR(label, "2020-W01");
    CHECK(s == 20191230 && e == 20200105);
    dy_net_period_label(NET_BY_WEEK, dy_net_period(NET_BY_WEEK, 20210103), label, NULL, NULL);
    CHECK_STR(label, "2020-W53");
    dy_net_period_label(NET_BY_MONTH, dy_net_period(NET_BY_MONTH, 20200215), label, &s, &e);
    CHECK_STR(label, "2020-02");
    CHECK(s == 20200201 && e == 20200229);
    dy_net_period_label(NET_BY_MONTH, dy_net_period_next(NET_BY_MONTH, dy_net_period(NET_BY_MONTH, 20191215)), label,
                        &s, NULL);
    CHECK_STR(label, "2020-01");
    dy_net_period_label(NET_BY_DAY, dy_net_period_next(NET_BY_DAY, dy_net_period(NET_BY_DAY, 20200228)), label, NULL,
                        NULL);
    CHECK_STR(label, "2020-02-29");
    CHECK(dy_net_period(NET_BY_ALL, 20200228) == 0);

    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "RUSGOV", 6) == 3);
    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "IGOUNOIAE", 9) == 9);
    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "IMGMOSISI", 9) == 9);
    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "NGOHRI", 6) == 6);
    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "---GOV", 6) == 0);
    CHECK(dy_net_node_key(NET_LEVEL_COUNTRY, "KUR", 3) == 3);
    CHECK(dy_net_node_key(NET_LEVEL_ACTOR, "---GOV", 6) == 6);

    char col[8];
    dy_net_colour(1, -10, col);
    CHECK_STR(col, "#c81e2d");
    dy_net_colour(1, 10, col);
    CHECK_STR(col, "#1e5fb9");
    dy_net_colour(0, 0, col);
    CHECK_STR(col, "#969696");
}

static void test_aggregation(const char *events)
{
    dy_netreader r;
    dy_netreader_init(&r);
    dy_buf b;
    dy_buf_init(&b);

    /* country level, asserted, by month */
    dy_net n;
    dy_net_options o = {.level = NET_LEVEL_COUNTRY, .by = NET_BY_MONTH, .all_modes = 0, .top_codes = 0, .keep_events = 0};
    dy_net_init(&n, &o);
    CHECK(feed(&n, &r, events) == 0);
    CHECK(dy_net_finish(&n) == 0);
    CHECK(n.stats.read == 14 && n.stats.counted == 10 && n.stats.other_mode == 2 && n.stats.no_actor == 1 &&
          n.stats.no_country == 1);
    CHECK(n.nodes.n == 5 && n.dyads.n == 5);
    CHECK(dy_net_write(&n, NET_OUT_CSV, &b) == 0);
    CHECK(has_line(&b, "source,target,period,start,end,events,verbal_coop,material_coop,verbal_conflict,"
                       "material_conflict,goldstein_sum,goldstein_mean,top_codes"));
    CHECK(has_line(&b, "RUS,TUR,2020-01,2020-01-01,2020-01-31,5,4,0,0,1,-5.2,-1.30,042:2 040:1 043:1"));
    CHECK(has_line(&b, "RUS,TUR,2020-02,2020-02-01,2020-02-29,0,0,0,0,0,0.0,,")); /* empty: a zero row */
    CHECK(has_line(&b, "RUS,TUR,2020-03,2020-03-01,2020-03-31,1,1,0,0,0,4.0,4.00,036:1"));
    CHECK(has_line(&b, "IGOUNO,IRN,2020-02,2020-02-01,2020-02-29,1,1,0,0,0,3.0,3.00,020:1"));
    CHECK(has_line(&b, "IGOUNOIAE,IRN,2020-02,2020-02-01,2020-02-29,1,0,0,1,0,-2.0,-2.00,090:1"));
    CHECK(has_line(&b, "RUS,RUS,2020-01,2020-01-01,2020-01-31,1,0,0,1,0,-2.0,-2.00,112:1"));
    CHECK(has_line(&b, "TUR,RUS,2020-03,2020-03-01,2020-03-31,1,0,0,1,0,-2.0,-2.00,111:1"));
    CHECK(count(b.p, "\n") == 8);
    /* most active first; RUS: 7 as source, 2 as target, 1 both */
    CHECK_STR(dy_net_str(&n, DY_NET_NODE(&n, n.node_order[0])->name), "RUS");
    CHECK(dy_net_activity(DY_NET_NODE(&n, n.node_order[0])) == 8);
    CHECK_STR(dy_net_str(&n, DY_NET_NODE(&n, n.node_order[1])->name), "TUR");

    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_JSON, &b) == 0);
    CHECK(strstr(b.p, "{\"source\":\"RUS\",\"target\":\"TUR\",\"events\":6,\"verbal_coop\":5,\"material_coop\":0,"
                      "\"verbal_conflict\":0,\"material_conflict\":1,\"goldstein_sum\":-1.2,\"goldstein_mean\":-0.24,"
                      "\"first\":\"2020-01-06\",\"last\":\"2020-03-05\",\"top_codes\":[{\"code\":\"042\",\"events\":2},"
                      "{\"code\":\"036\",\"events\":1},{\"code\":\"040\",\"events\":1}]"));
    CHECK(strstr(b.p, "{\"period\":\"2020-02\",\"start\":\"2020-02-01\",\"end\":\"2020-02-29\",\"events\":0,"
                      "\"verbal_coop\":0,\"material_coop\":0,\"verbal_conflict\":0,\"material_conflict\":0,"
                      "\"goldstein_sum\":0.0,\"goldstein_mean\":null,\"top_codes\":[]}"));
    CHECK(strstr(b.p, "{\"id\":\"RUS\",\"events\":8,\"events_out\":7,\"events_in\":2}"));
    dy_net_free(&n);

    /* by week: W02 .. W10, zero rows between */
    o.by = NET_BY_WEEK;
    dy_net_init(&n, &o);
    feed(&n, &r, events);
    CHECK(dy_net_finish(&n) == 0);
    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_CSV, &b) == 0);
    CHECK(has_line(&b, "RUS,TUR,2020-W02,2020-01-06,2020-01-12,4,3,0,0,1,-7.1,-2.37,040:1 042:1 043:1"));
    CHECK(has_line(&b, "RUS,TUR,2020-W03,2020-01-13,2020-01-19,0,0,0,0,0,0.0,,"));
    CHECK(has_line(&b, "RUS,TUR,2020-W04,2020-01-20,2020-01-26,1,1,0,0,0,1.9,1.90,042:1"));
    CHECK(has_line(&b, "RUS,TUR,2020-W07,2020-02-10,2020-02-16,0,0,0,0,0,0.0,,"));
    CHECK(has_line(&b, "RUS,TUR,2020-W10,2020-03-02,2020-03-08,1,1,0,0,0,4.0,4.00,036:1"));
    CHECK(count(b.p, "\nRUS,TUR,") == 9);
    dy_net_free(&n);

    /* by day: a row for each of the 60 days from 6 January to 5 March 2020 */
    o.by = NET_BY_DAY;
    dy_net_init(&n, &o);
    feed(&n, &r, events);
    CHECK(dy_net_finish(&n) == 0);
    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_CSV, &b) == 0);
    CHECK(count(b.p, "\nRUS,TUR,") == 60);
    CHECK(has_line(&b, "RUS,TUR,2020-01-08,2020-01-08,2020-01-08,2,1,0,0,1,-9.0,-4.50,040:1 190:1"));
    CHECK(has_line(&b, "RUS,TUR,2020-01-09,2020-01-09,2020-01-09,1,1,0,0,0,0.0,,043:1")); /* no score */
    CHECK(has_line(&b, "RUS,TUR,2020-02-29,2020-02-29,2020-02-29,0,0,0,0,0,0.0,,"));
    dy_net_free(&n);

    /* actor level, all modes, whole range */
    o.level = NET_LEVEL_ACTOR;
    o.by = NET_BY_ALL;
    o.all_modes = 1;
    dy_net_init(&n, &o);
    feed(&n, &r, events);
    CHECK(dy_net_finish(&n) == 0);
    CHECK(n.stats.counted == 13 && n.stats.no_actor == 1 && n.stats.no_country == 0);
    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_CSV, &b) == 0);
    CHECK(has_line(&b, "RUSGOV,TURGOV,all,2020-01-06,2020-03-05,4,4,0,0,0,10.4,2.60,036:1 040:1 042:1"));
    CHECK(has_line(&b, "---GOV,IRN,all,2020-01-10,2020-01-10,1,1,0,0,0,0.0,0.00,010:1"));
    CHECK(has_line(&b, "USAGOV,IRN,all,2020-01-09,2020-01-09,1,0,0,0,1,-5.0,-5.00,172:1"));

    /* graph formats: ids n0.. in activity order, labels escaped */
    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_GRAPHML, &b) == 0);
    CHECK(strstr(b.p, "<graph id=\"dyad\" edgedefault=\"directed\">"));
    CHECK(count(b.p, "<node id=") == n.nodes.n && count(b.p, "<edge id=") == n.dyads.n);
    CHECK(strstr(b.p, "<data key=\"label\">---GOV</data>"));
    dy_buf_clear(&b);
    CHECK(dy_net_write(&n, NET_OUT_DOT, &b) == 0);
    CHECK(strstr(b.p, "digraph dyad {") && count(b.p, " -> n") == n.dyads.n);
    dy_net_free(&n);

    /* the same figures from TSV and CSV */
    const char *files[] = {"tests/net/events.tsv", "tests/net/events.csv"};
    o = (dy_net_options){.level = NET_LEVEL_COUNTRY, .by = NET_BY_MONTH, .all_modes = 0, .top_codes = 0, .keep_events = 0};
    dy_buf ref;
    dy_buf_init(&ref);
    dy_net_init(&n, &o);
    feed(&n, &r, events);
    dy_net_finish(&n);
    dy_net_write(&n, NET_OUT_JSON, &ref);
    dy_net_free(&n);
    for (size_t i = 0; i < 2; i++) {
        char *text = slurp(files[i]);
        CHECK(text != NULL);
        if (!text)
            continue;
        dy_net_init(&n, &o);
        CHECK(feed(&n, &r, text) == 0);
        dy_net_finish(&n);
        dy_buf_clear(&b);
        dy_net_write(&n, NET_OUT_JSON, &b);
        CHECK(b.len == ref.len && !memcmp(b.p, ref.p, b.len));
        dy_net_free(&n);
        free(text);
    }
    dy_buf_free(&ref);
    dy_buf_free(&b);
    dy_netreader_free(&r);
}

static void test_top_codes(void)
{
    /* most frequent first, ties by code, at most `max` */
    dy_netreader r;
    dy_netreader_init(&r);
    dy_net n;
    dy_net_options o = {.level = NET_LEVEL_ACTOR, .by = NET_BY_ALL, .all_modes = 1, .top_codes = 0, .keep_events = 0};
    dy_net_init(&n, &o);
    const char *codes[] = {"190", "042", "190", "036", "042", "190", "010"};
    for (size_t i = 0; i < 7; i++) {
        char line[160];
        snprintf(line, sizeof line, "{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\",\"code\":\"%s\"}", codes[i]);
        dy_netev ev;
        CHECK(dy_netreader_line(&r, line, strlen(line), &ev, err, sizeof err) == 1);
        dy_net_add(&n, &ev);
    }
    dy_net_finish(&n);
    dy_net_code top[4];
    size_t k = dy_net_top_codes(&n, DY_NET_DYAD(&n, 0)->codes, top, 3);
    CHECK(k == 3);
    CHECK_STR(dy_net_str(&n, top[0].code), "190");
    CHECK(top[0].n == 3);
    CHECK_STR(dy_net_str(&n, top[1].code), "042");
    CHECK_STR(dy_net_str(&n, top[2].code), "010");
    CHECK(dy_net_top_codes(&n, DY_NET_DYAD(&n, 0)->codes, top, 4) == 4);
    CHECK_STR(dy_net_str(&n, top[3].code), "036");
    dy_net_free(&n);
    dy_netreader_free(&r);
}

static void test_layout(void)
{
    /* a star, a chain and two isolated nodes with wide labels: no overlaps, the same every time */
    enum { N = 14 };
    dy_layout_node a[N], b[N];
    dy_layout_edge e[N];
    size_t ne = 0;
    for (int i = 0; i < N; i++) {
        memset(&a[i], 0, sizeof a[i]);
        double r = 9 + 2 * (N - i);
        a[i].left = a[i].right = r > 40 ? r : 40;
        a[i].top = r;
        a[i].bottom = r + 19;
        if (i > 0 && i < 9)
            e[ne++] = (dy_layout_edge){0, (uint32_t)i, 1.0};
        else if (i >= 9 && i < 12)
            e[ne++] = (dy_layout_edge){(uint32_t)i - 1, (uint32_t)i, 2.0};
    }
    memcpy(b, a, sizeof a);
    CHECK(dy_layout(a, N, e, ne, 150, 12) == 0);
    CHECK(dy_layout(b, N, e, ne, 150, 12) == 0);
    CHECK(!dy_layout_overlaps(a, N, 12));
    CHECK(!memcmp(a, b, sizeof a));
    for (int i = 0; i < N; i++)
        CHECK(a[i].x - a[i].left > -1e-9 && a[i].y - a[i].top > -1e-9 && isfinite(a[i].x) && isfinite(a[i].y));
    /* all on one spot to begin with is no problem either */
    dy_layout_node c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (dy_layout_node){30, 30, 30, 30, 0, 0};
    CHECK(dy_layout(c, 3, NULL, 0, 10, 5) == 0 && !dy_layout_overlaps(c, 3, 5));
    CHECK(dy_layout(c, 0, NULL, 0, 10, 5) == 0);
}

static void test_report(const char *events)
{
    dy_netreader r;
    dy_netreader_init(&r);
    dy_net n;
    dy_net_options o = {.level = NET_LEVEL_COUNTRY, .by = NET_BY_DAY, .all_modes = 0, .top_codes = 0, .keep_events = 50};
    dy_net_init(&n, &o);
    feed(&n, &r, events);
    CHECK(dy_net_finish(&n) == 0);
    dy_report_options ro;
    memset(&ro, 0, sizeof ro);
    ro.title = "Test <report> & co";
    dy_buf a, b;
    dy_buf_init(&a);
    dy_buf_init(&b);
    CHECK(dy_report_html(&n, &ro, &a) == 0);
    CHECK(dy_report_html(&n, &ro, &b) == 0);
    CHECK(a.len == b.len && !memcmp(a.p, b.p, a.len)); /* deterministic */
    CHECK(strstr(a.p, "<title>Test &lt;report&gt; &amp; co</title>"));
    CHECK(strstr(a.p, "data-nodes=\"5\" data-edges=\"5\""));
    CHECK(count(a.p, "<g class=\"node\"") == 5 && count(a.p, "<g class=\"edge\"") == 5);
    CHECK(strstr(a.p, "<g class=\"edge\" data-source=\"RUS\" data-target=\"TUR\" data-events=\"6\">"));
    CHECK(strstr(a.p, "<g class=\"node\" data-id=\"IGOUNOIAE\""));
    /* sentences, escaped, in the table and in tooltips */
    CHECK(strstr(a.p, "Russia hosted Turkish officials, &quot;warmly&quot;."));
    /* 2 months of events: charts by day; the empty days are there */
    CHECK(strstr(a.p, "<title>2020-02-29: no events</title>"));
    CHECK(strstr(a.p, "2 negated, future or hypothetical events"));
    /* self-contained: nothing to fetch */
    CHECK(!strstr(a.p, "src=") && !strstr(a.p, "<link rel=\"stylesheet\"") && !strstr(a.p, "@import") &&
          !strstr(a.p, "url(http") && !strstr(a.p, "href=\"http"));
    dy_net_free(&n);

    /* nothing to show is a page too */
    dy_net_init(&n, &o);
    CHECK(dy_net_finish(&n) == 0);
    dy_buf_clear(&a);
    CHECK(dy_report_html(&n, &ro, &a) == 0);
    CHECK(strstr(a.p, "No events to show.") && strstr(a.p, "data-nodes=\"0\""));
    dy_net_free(&n);

    /* the report needs days */
    o.by = NET_BY_MONTH;
    dy_net_init(&n, &o);
    dy_net_finish(&n);
    CHECK(dy_report_html(&n, &ro, &a) == -1);
    dy_net_free(&n);
    CHECK(dy_report_auto_period(20200101, 20200301) == NET_BY_DAY);
    CHECK(dy_report_auto_period(20200101, 20200601) == NET_BY_WEEK);
    CHECK(dy_report_auto_period(20190101, 20200111) == NET_BY_MONTH);
    dy_buf_free(&a);
    dy_buf_free(&b);
    dy_netreader_free(&r);
}

/* Mutated lines (bytes changed, cut, doubled) in all three formats: every line
   is an event, nothing or an error, never a crash (ASan runs this too), and
   whatever was read makes valid output. */
static void test_mutations(const char *events)
{
    const char *files[] = {"tests/net/events.tsv", "tests/net/events.csv"};
    char *texts[3] = {(char *)events, slurp(files[0]), slurp(files[1])};
    uint32_t seed = 12345;
    dy_netreader r;
    dy_netreader_init(&r);
    dy_net n;
    dy_net_options o = {.level = NET_LEVEL_COUNTRY, .by = NET_BY_DAY, .all_modes = 1, .top_codes = 0, .keep_events = 5};
    dy_net_init(&n, &o);
    dy_buf line, out;
    dy_buf_init(&line);
    dy_buf_init(&out);
    int odd = 0;
    for (int t = 0; t < 3; t++) {
        if (!texts[t])
            continue;
        const char *text = texts[t];
        size_t len = strlen(text);
        for (int round = 0; round < 4000; round++) {
            /* a header first for TSV and CSV, then a mutated line of the file */
            dy_netreader_start(&r);
            if (t) {
                const char *nl = strchr(text, '\n');
                dy_netev ev;
                dy_netreader_line(&r, text, (size_t)(nl - text), &ev, err, sizeof err);
            }
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % len;
            while (at > 0 && text[at - 1] != '\n')
                at--;
            const char *e = strchr(text + at, '\n');
            size_t n0 = e ? (size_t)(e - text - at) : strlen(text + at);
            dy_buf_clear(&line);
            dy_buf_add(&line, text + at, n0);
            for (int k = 0; k < 1 + round % 4 && line.len; k++) {
                seed = seed * 1103515245u + 12345u;
                size_t i = (seed >> 8) % line.len;
                switch ((seed >> 4) % 4) {
                case 0: line.p[i] = (char)(seed >> 16); break;         /* any byte */
                case 1: line.len = i; break;                            /* cut */
                case 2: line.p[i] = "\"\\,\t{}[]:\xC3\xFF\n"[(seed >> 16) % 12]; break;
                default: {                                              /* doubled */
                    char *copy = malloc(i + 1);
                    if (copy) {
                        memcpy(copy, line.p, i);
                        dy_buf_add(&line, copy, i);
                        free(copy);
                    }
                }
                }
            }
            dy_netev ev;
            int got = dy_netreader_line(&r, line.p ? line.p : "", line.len, &ev, err, sizeof err);
            if (got < -1 || got > 1)
                odd++;
            if (got == 1)
                dy_net_add(&n, &ev);
        }
    }
    CHECK(odd == 0);
    CHECK(dy_net_finish(&n) == 0);
    for (int f = NET_OUT_CSV; f <= NET_OUT_DOT; f++)
        CHECK(dy_net_write(&n, f, &out) == 0);
    dy_report_options ro;
    memset(&ro, 0, sizeof ro);
    CHECK(dy_report_html(&n, &ro, &out) == 0);
    dy_buf_free(&line);
    dy_buf_free(&out);
    dy_net_free(&n);
    dy_netreader_free(&r);
    free(texts[1]);
    free(texts[2]);
}

int main(void)
{
    char *events = slurp("tests/net/events.jsonl");
    if (!events) {
        fprintf(stderr, "test_net: cannot read tests/net/events.jsonl (run from the source folder)\n");
        return 1;
    }
    test_reader();
    test_periods();
    test_aggregation(events);
    test_top_codes();
    test_layout();
    test_report(events);
    test_mutations(events);
    free(events);
    return check_done("test_net");
}
