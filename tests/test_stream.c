/*
 * test_stream.c - dyad_code_stream: a long story coded piece by piece gives the
 * same events as dyad_code, every sentence is handed over exactly once, in
 * order, and a sink's error stops the coding.
 */
#include "check.h"
#include "testlib.h"

#include <stdlib.h>

#include "util.h"

typedef struct collected {
    dy_buf lines;     /* one "sentence source target code mode" line per event */
    size_t sentences; /* sentences seen, counted from the pieces */
    size_t pieces;
    int order_ok;     /* each piece starts where the last one ended */
    int stop_after;   /* return an error after this many pieces (0 = never) */
} collected;

static void add_event_line(dy_buf *b, const dyad_event *e)
{
    char num[32];
    snprintf(num, sizeof num, "%d ", e->sentence);
    dy_buf_adds(b, num);
    dy_buf_adds(b, e->source);
    dy_buf_addc(b, ' ');
    dy_buf_adds(b, e->target);
    dy_buf_addc(b, ' ');
    dy_buf_adds(b, e->code);
    dy_buf_addc(b, ' ');
    dy_buf_adds(b, dyad_mode_name(e->mode));
    dy_buf_addc(b, '\n');
}

static int sink(void *ctx, const dyad_result *r)
{
    collected *col = ctx;
    if (r->first_sentence != col->sentences)
        col->order_ok = 0;
    for (size_t i = 0; i < r->nevents; i++) {
        const dyad_event *e = &r->events[i];
        /* every event's sentence is in this piece */
        if ((size_t)e->sentence < r->first_sentence || (size_t)e->sentence >= r->first_sentence + r->nsentences)
            col->order_ok = 0;
        add_event_line(&col->lines, e);
    }
    col->sentences += r->nsentences;
    col->pieces++;
    return col->stop_after && (int)col->pieces >= col->stop_after ? DYAD_EIO : 0;
}

int main(void)
{
    /* a long story: real sentences with pronouns that refer back across
       paragraphs, repeated to about 600 KB (ten pieces of 64 KiB) */
    static const char *const paras[] = {
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. "
        "He later telephoned Iranian President Hassan Rouhani.",
        "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz. "
        "Britain condemned the seizure and summoned the Iranian ambassador.",
        "The United States imposed new sanctions on Iran. Tehran vowed to retaliate against Washington.",
        "German Chancellor Angela Merkel will visit Moscow next week. She won't back the sanctions.",
    };
    dy_buf story;
    dy_buf_init(&story);
    while (story.len < 600 * 1024)
        for (size_t i = 0; i < sizeof paras / sizeof *paras; i++) {
            dy_buf_adds(&story, paras[i]);
            dy_buf_adds(&story, "\n\n");
        }
    /* and one paragraph of 200 KB with no newline (a PDF's text) */
    while (story.len < 800 * 1024)
        dy_buf_adds(&story, "Putin met Erdogan in Ankara. ");
    CHECK(!story.oom);

    code_at("2020-01-07", "warm-up"); /* opens the built-in dictionaries */
    CHECK(test_coder != NULL);

    /* the whole story at once */
    const dyad_result *r;
    CHECK(dyad_code(test_coder, 20200107, story.p, story.len, &r) == 0);
    dy_buf whole;
    dy_buf_init(&whole);
    for (size_t i = 0; i < r->nevents; i++)
        add_event_line(&whole, &r->events[i]);
    size_t whole_sentences = r->nsentences;
    CHECK(r->first_sentence == 0);
    CHECK(r->nevents > 1000);

    /* piece by piece */
    collected col = {{0}, 0, 0, 1, 0};
    dy_buf_init(&col.lines);
    CHECK(dyad_code_stream(test_coder, 20200107, story.p, story.len, sink, &col) == 0);
    CHECK(col.order_ok);
    CHECK(col.pieces >= 10);
    CHECK(col.sentences == whole_sentences);
    CHECK(col.lines.len == whole.len);
    CHECK(col.lines.len == whole.len && memcmp(col.lines.p, whole.p, whole.len) == 0);

    /* a sink's error stops the story and comes back */
    collected stop = {{0}, 0, 0, 1, 2};
    dy_buf_init(&stop.lines);
    CHECK(dyad_code_stream(test_coder, 20200107, story.p, story.len, sink, &stop) == DYAD_EIO);
    CHECK(stop.pieces == 2);

    /* the coder is still usable afterwards */
    r = code_at("2020-01-07", "Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif.");
    CHECK(find_event(r, "RUSGOV", "IRNGOV", "04", "asserted") != NULL);

    dy_buf_free(&stop.lines);
    dy_buf_free(&col.lines);
    dy_buf_free(&whole);
    dy_buf_free(&story);
    test_cleanup();
    return check_done("test_stream");
}
