/*
 * fuzz_net.c - the reader of events that `dyad net` and `dyad report` take
 * (src/net.c dy_netreader_line: dyad's JSON Lines, TSV or CSV, found on the
 * first line), the aggregation, every output format and the HTML report, on
 * arbitrary bytes.
 *
 * The first byte picks the options (level, period, modes, events kept); the rest is the
 * input, one line at a time as cli/net.c gives it. A bad line has a message;
 * every line is either counted, left out (stats) or bad; the outputs are
 * written without running out of memory and hold no NUL byte.
 */
#include "fuzz_common.h"
#include "net.h"
#include "report.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static void check_output(const dy_buf *b)
{
    FUZZ_CHECK(!b->oom);
    FUZZ_CHECK(b->len == 0 || memchr(b->p, 0, b->len) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int bys[] = {NET_BY_ALL, NET_BY_DAY, NET_BY_WEEK, NET_BY_MONTH};
    dy_net_options o;
    memset(&o, 0, sizeof o);
    o.level = data[0] & 1 ? NET_LEVEL_ACTOR : NET_LEVEL_COUNTRY;
    o.by = bys[(data[0] >> 1) & 3];
    o.all_modes = (data[0] >> 3) & 1;
    o.keep_events = (data[0] >> 4) & 7;
    const char *in = (const char *)data + 1;
    size_t n = size - 1;

    dy_net net;
    dy_net_init(&net, &o);
    dy_netreader rd;
    dy_netreader_init(&rd);
    dy_netreader_start(&rd);
    size_t lines = 0, good = 0, bad = 0;
    for (size_t i = 0; i < n;) {
        const char *e = memchr(in + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (in + i)) : n - i;
        dy_netev ev;
        char err[512];
        err[0] = 0;
        lines++;
        int got = dy_netreader_line(&rd, in + i, len, &ev, err, sizeof err);
        if (got < 0) {
            FUZZ_CHECK(err[0] != 0);
            bad++;
        } else if (got > 0) {
            FUZZ_CHECK(ev.date == 0 || dy_valid_ymd(ev.date / 10000, ev.date / 100 % 100, ev.date % 100));
            FUZZ_CHECK(ev.quad >= 0 && ev.quad <= 4);
            FUZZ_CHECK(dy_net_add(&net, &ev) >= 0);
            good++;
        }
        i += len + 1;
    }
    FUZZ_CHECK(good + bad <= lines);
    FUZZ_CHECK(net.stats.read == good);
    FUZZ_CHECK(net.stats.counted <= net.stats.read);
    FUZZ_CHECK(dy_net_finish(&net) == 0);
    /* CSV and JSON list every period of a dyad's span, empty ones as zeros (issue
       6): their size is dyads x periods by design, and a few events dated
       0001-01-01 and 9999-12-31 ask for millions of rows. Such an input is
       only read and counted. */
    size_t nformats = 4;
    if (o.by != NET_BY_ALL && net.date_min) {
        int32_t span = (dy_net_period(o.by, net.date_max) - dy_net_period(o.by, net.date_min)) / (o.by == NET_BY_WEEK ? 7 : 1) + 1;
        if ((double)span * (double)net.dyads.n > 200000.0)
            nformats = 2;
    }
    static const int formats[] = {NET_OUT_GRAPHML, NET_OUT_DOT, NET_OUT_CSV, NET_OUT_JSON};
    for (size_t k = 0; k < nformats; k++) {
        dy_buf b;
        dy_buf_init(&b);
        FUZZ_CHECK(dy_net_write(&net, formats[k], &b) == 0);
        check_output(&b);
        dy_buf_free(&b);
    }
    /* the report takes a net counted by day, as `dyad report` builds it; its
       charts' periods come from the option byte's last bit */
    if (o.by == NET_BY_DAY) {
        dy_report_options ro;
        memset(&ro, 0, sizeof ro);
        ro.by = data[0] & 0x80 ? NET_BY_ALL : NET_BY_WEEK; /* NET_BY_ALL: chosen from the dates */
        dy_buf b;
        dy_buf_init(&b);
        FUZZ_CHECK(dy_report_html(&net, &ro, &b) == 0);
        check_output(&b);
        dy_buf_free(&b);
    }
    dy_netreader_free(&rd);
    dy_net_free(&net);
    return 0;
}
