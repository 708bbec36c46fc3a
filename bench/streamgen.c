/*
 * streamgen.c - the input of bench/stream.sh, written to standard output as it
 * goes (never to disk): JSON Lines stories of STORY_MB megabytes of text each
 * (the sentences of SENTENCES, one a line, repeated, joined by spaces, each story
 * starting at a different sentence) until TOTAL_MB megabytes have been written.
 *
 *   dyad-bench-stream SENTENCES.txt TOTAL_MB STORY_MB [DATE]
 *
 * A megabyte is 2^20 bytes. Stories are whole: the last one may end a little
 * after TOTAL_MB. Ends quietly when the reader goes away. At the end, says on
 * standard error how many stories and bytes it wrote.
 */
#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sent {
    char *p;
    size_t len;
} sent;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("dyad-bench-stream: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

/* The line JSON-escaped. */
static sent escape(const char *s, size_t n)
{
    sent r;
    r.p = xrealloc(NULL, n * 6 + 1);
    r.len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            r.p[r.len++] = '\\';
            r.p[r.len++] = (char)c;
        } else if (c < 0x20)
            r.len += (size_t)sprintf(r.p + r.len, "\\u%04x", c);
        else
            r.p[r.len++] = (char)c;
    }
    return r;
}

static int parse_mb(const char *s, size_t *out)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (*end || v == 0 || v > (1ul << 20))
        return -1;
    *out = (size_t)v << 20;
    return 0;
}

int main(int argc, char **argv)
{
    size_t total, story;
    if (argc < 4 || argc > 5 || parse_mb(argv[2], &total) || parse_mb(argv[3], &story)) {
        fputs("usage: dyad-bench-stream SENTENCES.txt TOTAL_MB STORY_MB [DATE]\n", stderr);
        return 2;
    }
    const char *date = argc == 5 ? argv[4] : "2020-01-07";
    signal(SIGPIPE, SIG_IGN);

    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "dyad-bench-stream: %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    sent *ss = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (len == 0)
            continue;
        if (n == cap)
            ss = xrealloc(ss, (cap = cap ? cap * 2 : 256) * sizeof *ss);
        ss[n++] = escape(line, (size_t)len);
    }
    free(line);
    fclose(f);
    if (n == 0) {
        fprintf(stderr, "dyad-bench-stream: %s: no sentences\n", argv[1]);
        free(ss);
        return 2;
    }

    char *buf = xrealloc(NULL, story + 8192);
    size_t written = 0, k = 0;
    int rc = 0;
    for (; written < total; k++) {
        size_t b = (size_t)snprintf(buf, 8192, "{\"id\":\"stream-%zu\",\"date\":\"%s\",\"text\":\"", k, date);
        size_t text0 = b;
        for (size_t i = (k * 7919) % n; b - text0 < story; i = (i + 1) % n) {
            if (b + ss[i].len + 8 > story + 8192)
                break;
            if (b > text0)
                buf[b++] = ' ';
            memcpy(buf + b, ss[i].p, ss[i].len);
            b += ss[i].len;
        }
        memcpy(buf + b, "\"}\n", 3);
        b += 3;
        if (fwrite(buf, 1, b, stdout) != b) {
            if (errno != EPIPE) {
                fprintf(stderr, "dyad-bench-stream: write: %s\n", strerror(errno));
                rc = 2;
            }
            break;
        }
        written += b;
    }
    if (rc == 0 && fflush(stdout) && errno != EPIPE) {
        fprintf(stderr, "dyad-bench-stream: write: %s\n", strerror(errno));
        rc = 2;
    }
    fprintf(stderr, "dyad-bench-stream: %zu stories, %zu bytes\n", k, written);
    free(buf);
    for (size_t i = 0; i < n; i++)
        free(ss[i].p);
    free(ss);
    return rc;
}
