/*
 * code.c - `dyad code`: stories in, events out.
 *
 * The main thread reads a batch of stories (bounded in count and bytes), the
 * workers code it (each with its own coder, sharing the read-only dictionary,
 * taking stories a few at a time so that none waits on another's long slice)
 * while the main thread reads the next batch, and then the main thread writes
 * the batch's events in input order. So memory is bounded on an endless stream
 * (two batches at most), and `-j N` output is byte-identical to `-j 1`.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "json.h"
#include "output.h"
#include "util.h"

#define BATCH_STORIES 512
#define BATCH_BYTES (32u << 20)
/* A story longer than this is coded on its own, streaming its events straight to
   the output (dyad_code_stream), so that memory does not follow its size. */
#define STREAM_BYTES (1u << 20)
#define MAX_THREADS 64
#define SHOW_REJECTS 20

static const char code_usage[] =
    "usage: dyad code [options] [FILE...|-]\n"
    "\n"
    "Codes stories into CAMEO events. Input: JSON Lines ({\"id\",\"date\",\"text\",...} per\n"
    "line) or plain text (one story per file, id = file name); `-` or no file reads stdin.\n"
    "\n"
    "  --date YYYY-MM-DD     story date for plain text and records without one (default today)\n"
    "  --format jsonl|tsv|csv  output format (default jsonl)\n"
    "  -o FILE               write to FILE (atomically: a temporary file renamed at the end)\n"
    "  --rejects FILE        write rejected input lines verbatim to FILE, reasons to FILE.reasons\n"
    "  -j N                  code with N threads (output order and bytes do not change)\n"
    "  --ontology plover     also write PLOVER event types and modes\n"
    "  --debug               also write the pattern that fired and where it is defined\n"
    "  --one-sided           also code events with a source and no target actor (target \"\"),\n"
    "                        as PETRARCH's require_dyad = false\n"
    "  --new-actor-length N  an unknown proper name of at most N words is an actor, coded by\n"
    "                        its words in quotes, as PETRARCH's new_actor_length (default 0: off)\n"
    CLI_COMMA_HELP
    "  --quiet               no summary on stderr\n"
    "  --dict FILE           add a dictionary file (dyad or PETRARCH format; repeatable)\n"
    "  --dict-dir DIR        use PETRARCH-format dictionaries instead of the built-in actors and verbs\n"
    "  --dict-source DIR     compile dyad-format source dictionaries at start-up\n"
    "  --dict-compiled FILE  use a compiled dictionary (dyad dict compile)\n"
    "  --dict-warnings       print the warnings of the dictionary files read\n"
    "\n"
    "Exit status: 0 every story was read and coded; 1 some stories were rejected (the\n"
    "others were coded); 2 usage error, unreadable input or output error.\n";

typedef struct story {
    char *id;
    size_t idlen;
    int32_t date;
    char *text;
    size_t len;
    const char *file;
    size_t line;
    char *reject;     /* why it was rejected, or NULL */
    char *raw;        /* the raw line, kept for --rejects */
    size_t rawlen;
    int is_text_file;
    /* results */
    dy_buf out;
    int stream;       /* long: coded when its turn to be written comes */
    size_t nsent, nev;
    int truncated, failed;
} story;

typedef struct options {
    int32_t date;
    int format;
    int flags;
    int threads;
    int quiet;
    int one_sided;
    int new_actor_len;
    int comma[6]; /* DYAD_OPT_COMMA_MIN .. DYAD_OPT_COMMA_EMAX */
    const char *out;
    const char *rejects;
} options;

typedef struct totals {
    size_t read, coded, empty, rejected, sentences, events, truncated;
    dy_buf reject_msgs;
    size_t shown;
} totals;

static volatile sig_atomic_t interrupted;
static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* ==== input ================================================================================== */

/* A buffered reader over a file descriptor: lines of any length (the buffer
   grows to the longest line, then shrinks back), and a peek for detection. */
typedef struct input {
    int fd;
    const char *name;
    int jsonl;
    size_t line;
    char *buf;
    size_t cap, start, end; /* unread bytes are buf[start..end) */
    int eof, error, done;
    int owned;
} input;

#define INPUT_CHUNK (1u << 20)

static void story_free(story *s)
{
    free(s->id);
    free(s->text);
    free(s->reject);
    free(s->raw);
    dy_buf_free(&s->out);
    memset(s, 0, sizeof *s);
}

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) {
        cli_error("out of memory");
        exit(EXIT_USAGE);
    }
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static char *fmt_reject(const char *file, size_t line, const char *why)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s:%zu: %s", file, line, why);
    return dupn(buf, strlen(buf));
}

/* Reads more bytes; returns 0 at the end of input or on error. */
static size_t input_fill(input *in)
{
    if (in->eof)
        return 0;
    if (in->start > 0 && in->start == in->end)
        in->start = in->end = 0;
    if (in->end + INPUT_CHUNK / 4 > in->cap) {
        if (in->start > 0) {
            memmove(in->buf, in->buf + in->start, in->end - in->start);
            in->end -= in->start;
            in->start = 0;
        }
        if (in->end + INPUT_CHUNK / 4 > in->cap) {
            size_t cap = in->cap * 2;
            char *nb = realloc(in->buf, cap);
            if (!nb) {
                in->error = ENOMEM;
                in->eof = 1;
                return 0;
            }
            in->buf = nb;
            in->cap = cap;
        }
    }
    for (;;) {
        ssize_t k = read(in->fd, in->buf + in->end, in->cap - in->end);
        if (k < 0 && errno == EINTR) {
            if (interrupted)
                return 0;
            continue;
        }
        if (k < 0) {
            in->error = errno;
            in->eof = 1;
            return 0;
        }
        if (k == 0) {
            in->eof = 1;
            return 0;
        }
        in->end += (size_t)k;
        return (size_t)k;
    }
}

static void input_close(input *in)
{
    if (in->owned && in->fd >= 0)
        close(in->fd);
    free(in->buf);
    memset(in, 0, sizeof *in);
}

static int input_open(input *in, const char *path)
{
    memset(in, 0, sizeof *in);
    in->name = path;
    if (!strcmp(path, "-")) {
        in->fd = 0;
        in->name = "stdin";
    } else {
        in->fd = open(path, O_RDONLY);
        if (in->fd < 0) {
            cli_error("%s: %s", path, strerror(errno));
            return -1;
        }
        in->owned = 1;
    }
    in->cap = INPUT_CHUNK;
    in->buf = malloc(in->cap);
    if (!in->buf) {
        cli_error("out of memory");
        input_close(in);
        return -1;
    }
    /* the first non-blank byte decides: '{' means JSON Lines */
    size_t i = 0;
    for (;;) {
        while (i < in->end && (in->buf[i] == ' ' || in->buf[i] == '\t' || in->buf[i] == '\r' || in->buf[i] == '\n' ||
                               (unsigned char)in->buf[i] == 0xEF || (unsigned char)in->buf[i] == 0xBB ||
                               (unsigned char)in->buf[i] == 0xBF))
            i++;
        if (i < in->end || !input_fill(in))
            break;
    }
    in->jsonl = i < in->end && in->buf[i] == '{';
    if (in->error) {
        cli_error("%s: read error: %s", in->name, strerror(in->error));
        input_close(in);
        return -1;
    }
    return 0;
}

/* The next line (without its newline, NUL-terminated in place), or NULL at the end. */
static char *input_line(input *in, size_t *len_out)
{
    size_t scanned = 0; /* bytes after in->start already known to hold no newline;
                           offsets from in->start survive input_fill's compaction */
    for (;;) {
        char *from = in->buf + in->start + scanned;
        char *nl = memchr(from, '\n', in->end - in->start - scanned);
        if (nl) {
            char *line = in->buf + in->start;
            size_t len = (size_t)(nl - line);
            *nl = 0;
            in->start += len + 1;
            in->line++;
            *len_out = len;
            return line;
        }
        scanned = in->end - in->start;
        if (!input_fill(in)) {
            if (in->start == in->end) {
                in->done = 1;
                return NULL;
            }
            /* the last line has no newline */
            if (in->end == in->cap) {
                char *nb = realloc(in->buf, in->cap + 1);
                if (!nb) {
                    in->error = ENOMEM;
                    in->done = 1;
                    return NULL;
                }
                in->buf = nb;
                in->cap++;
            }
            char *line = in->buf + in->start;
            size_t len = in->end - in->start;
            line[len] = 0;
            in->start = in->end;
            in->line++;
            *len_out = len;
            return line;
        }
    }
}

/* The rest of the input as one plain-text story (at most a little more than the
   coder's limit is kept; the rest is read and dropped). */
static char *input_all(input *in, size_t *len_out)
{
    while (input_fill(in))
        if (in->end - in->start > DYAD_MAX_STORY + 4096) {
            char sink[65536];
            while (read(in->fd, sink, sizeof sink) > 0)
                ;
            break;
        }
    in->done = 1;
    in->line = 1;
    if (in->error)
        return NULL;
    if (in->end == in->cap) {
        char *nb = realloc(in->buf, in->cap + 1);
        if (!nb)
            return NULL;
        in->buf = nb;
        in->cap++;
    }
    char *p = in->buf + in->start;
    *len_out = in->end - in->start;
    p[*len_out] = 0;
    in->start = in->end;
    return p;
}

/* Large buffers of a long line are not kept for the rest of the stream. */
static void input_shrink(input *in)
{
    if (in->cap > 4 * INPUT_CHUNK && in->end - in->start < INPUT_CHUNK) {
        memmove(in->buf, in->buf + in->start, in->end - in->start);
        in->end -= in->start;
        in->start = 0;
        char *nb = realloc(in->buf, INPUT_CHUNK);
        if (nb) {
            in->buf = nb;
            in->cap = INPUT_CHUNK;
        }
    }
}

/* ==== batches ==================================================================================== */

static void code_one(dyad_coder *c, story *s, const options *opt)
{
    const dyad_result *r;
    dy_buf_clear(&s->out);
    if (dyad_code(c, s->date, s->text, s->len, &r)) {
        s->failed = 1;
        return;
    }
    s->nsent = r->nsentences;
    s->nev = r->nevents;
    s->truncated = r->truncated;
    for (size_t i = 0; i < r->nevents; i++)
        out_event(&s->out, opt->format, r, i, s->id, s->idlen, opt->flags);
    if (s->out.oom)
        s->failed = 1;
}

/* A batch being coded: the workers take its stories STORIES_PER_TAKE at a time. */
#define STORIES_PER_TAKE 8
typedef struct batch_run {
    story *st;
    size_t n;
    const options *opt;
    atomic_size_t next;
    int nt;                      /* threads started */
    pthread_t th[MAX_THREADS];
    struct worker_arg {
        struct batch_run *run;
        dyad_coder *coder;
    } arg[MAX_THREADS];
} batch_run;

static void *worker(void *arg)
{
    struct worker_arg *w = arg;
    batch_run *b = w->run;
    for (;;) {
        size_t i = atomic_fetch_add(&b->next, STORIES_PER_TAKE);
        if (i >= b->n)
            break;
        size_t end = i + STORIES_PER_TAKE < b->n ? i + STORIES_PER_TAKE : b->n;
        for (; i < end; i++)
            if (!b->st[i].reject && !b->st[i].stream)
                code_one(w->coder, &b->st[i], b->opt);
    }
    return NULL;
}

typedef struct stream_out {
    story *s;
    const options *opt;
    FILE *out;
    int error;
} stream_out;

/* dyad_code_stream's sink: a piece's events, written at once. */
static int stream_piece(void *ctx, const dyad_result *r)
{
    stream_out *so = ctx;
    story *s = so->s;
    dy_buf_clear(&s->out);
    for (size_t i = 0; i < r->nevents; i++)
        out_event(&s->out, so->opt->format, r, i, s->id, s->idlen, so->opt->flags);
    s->nsent += r->nsentences;
    s->nev += r->nevents;
    s->truncated |= r->truncated;
    if (s->out.oom)
        return DYAD_ENOMEM;
    if (s->out.len && fwrite(s->out.p, 1, s->out.len, so->out) != s->out.len) {
        so->error = 1;
        return DYAD_EIO;
    }
    return 0;
}

static int write_all(FILE *f, const char *p, size_t n)
{
    return n == 0 || fwrite(p, 1, n, f) == n ? 0 : -1;
}

/* Writes a batch's results in order, coding the long stories as their turn comes;
   returns -1 on an output error. */
static int flush_batch(story *st, size_t n, FILE *out, FILE *rej, FILE *rejwhy, totals *t, dyad_coder *coder,
                       const options *opt)
{
    for (size_t i = 0; i < n; i++) {
        story *s = &st[i];
        t->read++;
        if (!s->reject && s->stream) {
            stream_out so = {s, opt, out, 0};
            int rc = dyad_code_stream(coder, s->date, s->text, s->len, stream_piece, &so);
            if (so.error)
                return -1;
            if (rc)
                s->failed = 1;
        }
        if (!s->reject && s->failed)
            s->reject = fmt_reject(s->file, s->line, "out of memory while coding");
        if (s->reject) {
            t->rejected++;
            if (t->shown < SHOW_REJECTS) {
                dy_buf_adds(&t->reject_msgs, "dyad: rejected: ");
                dy_buf_adds(&t->reject_msgs, s->reject);
                dy_buf_addc(&t->reject_msgs, '\n');
            }
            t->shown++;
            if (rej && s->raw) {
                fwrite(s->raw, 1, s->rawlen, rej);
                fputc('\n', rej);
                fprintf(rejwhy, "%s\n", s->reject);
            }
            continue;
        }
        if (s->truncated) {
            t->truncated++;
            fprintf(stderr, "dyad: warning: %s:%zu: story longer than %u bytes; coded its first %u bytes\n", s->file,
                    s->line, DYAD_MAX_STORY, DYAD_MAX_STORY);
        }
        t->sentences += s->nsent;
        t->events += s->nev;
        if (s->nev)
            t->coded++;
        else
            t->empty++;
        if (!s->stream && write_all(out, s->out.p, s->out.len))
            return -1;
    }
    return 0;
}

/* Starts coding a batch: on the workers' threads when there are several, else
   here and now (run->nt == 0). batch_finish waits for it. */
static void batch_start(batch_run *run, story *st, size_t n, dyad_coder **coders, const options *opt)
{
    run->st = st;
    run->n = n;
    run->opt = opt;
    atomic_init(&run->next, 0);
    run->nt = 0;
    int want = opt->threads;
    if ((size_t)want > (n + STORIES_PER_TAKE - 1) / STORIES_PER_TAKE)
        want = (int)((n + STORIES_PER_TAKE - 1) / STORIES_PER_TAKE);
    if (want > 1)
        for (int k = 0; k < want; k++) {
            run->arg[run->nt] = (struct worker_arg){run, coders[run->nt]};
            if (pthread_create(&run->th[run->nt], NULL, worker, &run->arg[run->nt]) != 0)
                break; /* the threads that did start take the rest */
            run->nt++;
        }
    if (run->nt == 0) {
        run->arg[0] = (struct worker_arg){run, coders[0]};
        worker(&run->arg[0]);
    }
}

static void batch_finish(batch_run *run)
{
    for (int k = 0; k < run->nt; k++)
        pthread_join(run->th[k], NULL);
    if (run->nt) {
        /* nothing is left unless a thread could not start; coders[0] is free now */
        worker(&run->arg[0]);
        run->nt = 0;
    }
}

static const char *basename_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* What reading a batch needs besides the input. */
typedef struct reader {
    dy_buf scratch;
    int status;      /* EXIT_USAGE after a read error */
    int keep_raw;    /* --rejects: keep a rejected line as it was */
} reader;

/* Reads up to a batch of stories from in into st; returns how many. */
static size_t read_batch(input *in, story *st, const options *opt, reader *rd)
{
    const char *fname = in->name;
    char err[512];
    size_t n = 0, bytes = 0;
    while (n < BATCH_STORIES && bytes < BATCH_BYTES && !in->done) {
        size_t len;
        char *line = in->jsonl ? input_line(in, &len) : input_all(in, &len);
        if (!line) {
            if (in->error) {
                cli_error("%s: read error: %s", fname, strerror(in->error));
                rd->status = EXIT_USAGE;
            }
            in->done = 1;
            break;
        }
        story *s = &st[n];
        memset(s, 0, sizeof *s);
        s->file = fname;
        s->line = in->line;
        if (in->jsonl) {
            /* blank lines between records are not stories */
            size_t b = 0;
            while (b < len && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r'))
                b++;
            if (b == len)
                continue;
            dyad_story ds;
            if (dy_json_story(line, len, &ds, &rd->scratch, err, sizeof err)) {
                s->reject = fmt_reject(fname, in->line, err);
            } else {
                if (ds.id) {
                    s->id = dupn(ds.id, ds.id_len);
                    s->idlen = ds.id_len;
                } else {
                    char idb[64];
                    snprintf(idb, sizeof idb, "%zu", in->line);
                    s->id = dupn(idb, strlen(idb));
                    s->idlen = strlen(idb);
                }
                s->date = ds.date ? ds.date : opt->date;
                s->text = dupn(ds.text, ds.text_len);
                s->len = ds.text_len;
            }
            if (s->reject && rd->keep_raw)
                s->raw = dupn(line, len), s->rawlen = len;
        } else {
            /* an empty or blank text file is no story */
            size_t b = 0;
            while (b < len && dy_is_space(line[b]))
                b++;
            if (b == len)
                break;
            s->is_text_file = 1;
            const char *id = strcmp(fname, "stdin") ? basename_of(fname) : "stdin";
            s->id = dupn(id, strlen(id));
            s->idlen = strlen(id);
            s->date = opt->date;
            s->text = dupn(line, len);
            s->len = len;
        }
        s->stream = !s->reject && s->len > STREAM_BYTES;
        bytes += len;
        n++;
    }
    input_shrink(in);
    return n;
}

/* ==== the command ================================================================================== */

static int parse_format(const char *s)
{
    if (!strcmp(s, "jsonl") || !strcmp(s, "json"))
        return OUT_JSONL;
    if (!strcmp(s, "tsv"))
        return OUT_TSV;
    if (!strcmp(s, "csv"))
        return OUT_CSV;
    return -1;
}


int cmd_code(int argc, char **argv)
{
    options opt = {.format = OUT_JSONL, .threads = 1};
    cli_dict_opts dopt;
    memset(&dopt, 0, sizeof dopt);
    const char *files[4096];
    size_t nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = cli_dict_option(&dopt, argc, argv, &i);
        if (!r)
            r = cli_comma_option(opt.comma, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(code_usage, stdout);
            return 0;
        } else if (!strcmp(a, "--date") && i + 1 < argc) {
            if (!(opt.date = cli_parse_date(argv[++i])))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--format") && i + 1 < argc) {
            if ((opt.format = parse_format(argv[++i])) < 0) {
                cli_error("unknown format \"%s\" (expected jsonl, tsv or csv)", argv[i]);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "-o") && i + 1 < argc) {
            opt.out = argv[++i];
        } else if (!strcmp(a, "--rejects") && i + 1 < argc) {
            opt.rejects = argv[++i];
        } else if (!strcmp(a, "-j") && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > MAX_THREADS) {
                cli_error("-j needs a number of threads between 1 and %d", MAX_THREADS);
                return EXIT_USAGE;
            }
            opt.threads = (int)v;
        } else if (!strncmp(a, "-j", 2) && a[2]) {
            long v = strtol(a + 2, NULL, 10);
            if (v < 1 || v > MAX_THREADS) {
                cli_error("-j needs a number of threads between 1 and %d", MAX_THREADS);
                return EXIT_USAGE;
            }
            opt.threads = (int)v;
        } else if (!strcmp(a, "--ontology") && i + 1 < argc) {
            if (strcmp(argv[++i], "plover") && strcmp(argv[i], "cameo")) {
                cli_error("unknown ontology \"%s\" (expected plover or cameo)", argv[i]);
                return EXIT_USAGE;
            }
            if (!strcmp(argv[i], "plover"))
                opt.flags |= DYAD_JSON_PLOVER;
        } else if (!strcmp(a, "--debug")) {
            opt.flags |= DYAD_JSON_DEBUG;
        } else if (!strcmp(a, "--one-sided")) {
            opt.one_sided = 1;
        } else if (!strcmp(a, "--new-actor-length") && i + 1 < argc) {
            char *e;
            long v = strtol(argv[++i], &e, 10);
            if (e == argv[i] || *e || v < 0 || v > 100) {
                cli_error("--new-actor-length needs a number of words between 0 and 100");
                return EXIT_USAGE;
            }
            opt.new_actor_len = (int)v;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            opt.quiet = 1;
        } else if (a[0] == '-' && a[1]) {
            cli_error("unknown option \"%s\"", a);
            fputs(code_usage, stderr);
            return EXIT_USAGE;
        } else {
            if (nfiles == sizeof files / sizeof files[0]) {
                cli_error("too many files");
                return EXIT_USAGE;
            }
            files[nfiles++] = a;
        }
    }
    if (!nfiles)
        files[nfiles++] = "-";
    if (!opt.date)
        opt.date = cli_today();
    /* every input must be readable before anything is written */
    for (size_t k = 0; k < nfiles; k++) {
        if (!strcmp(files[k], "-"))
            continue;
        struct stat st;
        if (stat(files[k], &st) != 0) {
            cli_error("%s: %s", files[k], strerror(errno));
            return EXIT_USAGE;
        }
        if (S_ISDIR(st.st_mode)) {
            cli_error("%s: is a directory (give the files in it)", files[k]);
            return EXIT_USAGE;
        }
        if (access(files[k], R_OK) != 0) {
            cli_error("%s: %s", files[k], strerror(errno));
            return EXIT_USAGE;
        }
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    dyad_dict *d = cli_load_dict(&dopt);
    if (!d)
        return EXIT_USAGE;

    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);

    FILE *out = stdout;
    char tmp[4096] = "";
    if (opt.out) {
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", opt.out, (long)getpid());
        out = fopen(tmp, "wb");
        if (!out) {
            cli_error("%s: %s", tmp, strerror(errno));
            dyad_dict_free(d);
            return EXIT_USAGE;
        }
    }
    static char obuf[1 << 20];
    setvbuf(out, obuf, _IOFBF, sizeof obuf);
    FILE *rej = NULL, *rejwhy = NULL;
    if (opt.rejects) {
        char why[4096];
        snprintf(why, sizeof why, "%s.reasons", opt.rejects);
        rej = fopen(opt.rejects, "wb");
        rejwhy = rej ? fopen(why, "wb") : NULL;
        if (!rej || !rejwhy) {
            cli_error("%s: %s", rej ? why : opt.rejects, strerror(errno));
            if (rej)
                fclose(rej);
            if (opt.out) {
                fclose(out);
                remove(tmp);
            }
            dyad_dict_free(d);
            return EXIT_USAGE;
        }
    }
    dyad_coder *coders[MAX_THREADS];
    for (int k = 0; k < opt.threads; k++)
    {
        if (!(coders[k] = dyad_coder_new(d)) || dyad_coder_set(coders[k], DYAD_OPT_ONE_SIDED, opt.one_sided)) {
            cli_error("out of memory");
            return EXIT_USAGE;
        }
        cli_comma_set(coders[k], opt.comma);
        dyad_coder_set(coders[k], DYAD_OPT_NEW_ACTOR_LENGTH, opt.new_actor_len);
    }
    if (opt.format != OUT_JSONL) {
        dy_buf h;
        dy_buf_init(&h);
        out_header(&h, opt.format, opt.flags);
        write_all(out, h.p, h.len);
        dy_buf_free(&h);
    }

    totals t;
    memset(&t, 0, sizeof t);
    dy_buf_init(&t.reject_msgs);
    story *batch[2] = {calloc(BATCH_STORIES, sizeof(story)), calloc(BATCH_STORIES, sizeof(story))};
    batch_run run;
    reader rd;
    memset(&rd, 0, sizeof rd);
    dy_buf_init(&rd.scratch);
    rd.status = EXIT_ALL_CODED;
    rd.keep_raw = rej != NULL;
    if (!batch[0] || !batch[1]) {
        cli_error("out of memory");
        return EXIT_USAGE;
    }
    int status = EXIT_ALL_CODED, output_error = 0, epipe = 0;
    for (size_t k = 0; k < nfiles && !interrupted && !output_error; k++) {
        input in;
        if (input_open(&in, files[k])) {
            status = EXIT_USAGE;
            continue;
        }
        /* while the workers code one batch, the next is read */
        int cur = 0;
        size_t n = read_batch(&in, batch[cur], &opt, &rd);
        for (;;) {
            batch_start(&run, batch[cur], n, coders, &opt);
            size_t n2 = 0;
            int ahead = run.nt > 0 && !in.done && !interrupted;
            if (ahead)
                n2 = read_batch(&in, batch[!cur], &opt, &rd);
            batch_finish(&run);
            if (flush_batch(batch[cur], n, out, rej, rejwhy, &t, coders[0], &opt) || ferror(out)) {
                output_error = 1;
                epipe = errno == EPIPE;
            }
            for (size_t i = 0; i < n; i++)
                story_free(&batch[cur][i]);
            if (!ahead && !in.done && !interrupted && !output_error) {
                n2 = read_batch(&in, batch[!cur], &opt, &rd);
                ahead = 1;
            }
            if (!ahead || output_error) {
                for (size_t i = 0; ahead && i < n2; i++)
                    story_free(&batch[!cur][i]);
                break;
            }
            cur = !cur;
            n = n2;
        }
        input_close(&in);
    }
    if (!output_error && fflush(out) != 0) {
        output_error = 1;
        epipe = errno == EPIPE;
    }
    int saved_errno = errno;
    if (opt.out) {
        if (fclose(out) != 0 && !output_error) {
            output_error = 1;
            saved_errno = errno;
        }
        if (output_error || interrupted)
            remove(tmp);
        else if (rename(tmp, opt.out) != 0) {
            cli_error("%s: %s", opt.out, strerror(errno));
            remove(tmp);
            output_error = 1;
        }
    }
    if (rej) {
        fclose(rej);
        fclose(rejwhy);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (output_error && !epipe)
        cli_error("writing %s: %s", opt.out ? opt.out : "standard output", strerror(saved_errno));
    if (!opt.quiet && !epipe) {
        if (t.reject_msgs.len)
            fputs(t.reject_msgs.p, stderr);
        if (t.shown > SHOW_REJECTS)
            fprintf(stderr, "dyad: ... and %zu more rejected\n", t.shown - SHOW_REJECTS);
        fprintf(stderr,
                "dyad: %zu stor%s read: %zu coded, %zu without events, %zu rejected; %zu sentences, %zu events; "
                "%.2f s%s\n",
                t.read, t.read == 1 ? "y" : "ies", t.coded, t.empty, t.rejected, t.sentences, t.events, secs,
                interrupted ? " (interrupted)" : "");
    }
    for (int k = 0; k < opt.threads; k++)
        dyad_coder_free(coders[k]);
    free(batch[0]);
    free(batch[1]);
    dy_buf_free(&rd.scratch);
    if (rd.status == EXIT_USAGE)
        status = EXIT_USAGE;
    dy_buf_free(&t.reject_msgs);
    dyad_dict_free(d);
    if (epipe)
        return 0;
    if (output_error)
        return EXIT_USAGE;
    if (interrupted)
        return 130;
    if (status == EXIT_USAGE)
        return EXIT_USAGE;
    return t.rejected ? EXIT_SOME_REJECTED : EXIT_ALL_CODED;
}
