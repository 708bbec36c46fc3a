/*
 * benchrun.c - runs one command and measures it, for bench/run.sh and bench/stream.sh.
 *
 *   dyad-benchrun [-o OUT] [-e ERR] [-s STATS] [-f] -- PROG [ARG...]
 *
 * PROG reads benchrun's standard input. Its standard output goes to OUT (default:
 * benchrun's own), its standard error to ERR (default: benchrun's own). With -f
 * its standard output goes through a pipe that benchrun reads (and copies to OUT,
 * or drops when there is no -o), noting when the first line arrived.
 *
 * Writes one line to STATS (default: standard error):
 *   wall=S user=S sys=S maxrss_kb=K first=S status=N
 * wall: seconds from the fork to the child's exit; user, sys: its CPU seconds;
 * maxrss_kb: its peak resident set (kB); first: seconds from the fork to the end
 * of its first output line (-1 without -f or when it wrote no line); status: its
 * exit status (128 + the signal when a signal ended it). Exits with 0 when the
 * command ran (whatever its status), 2 when it could not be run.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int usage(void)
{
    fputs("usage: dyad-benchrun [-o OUT] [-e ERR] [-s STATS] [-f] -- PROG [ARG...]\n", stderr);
    return 2;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *err = NULL, *stats = NULL;
    int first_mode = 0, i = 1;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        }
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "-e") && i + 1 < argc)
            err = argv[++i];
        else if (!strcmp(argv[i], "-s") && i + 1 < argc)
            stats = argv[++i];
        else if (!strcmp(argv[i], "-f"))
            first_mode = 1;
        else
            return usage();
    }
    if (i >= argc)
        return usage();
    char **cmd = argv + i;

    int ofd = -1, efd = -1;
    if (out && (ofd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
        fprintf(stderr, "dyad-benchrun: %s: %s\n", out, strerror(errno));
        return 2;
    }
    if (err && (efd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
        fprintf(stderr, "dyad-benchrun: %s: %s\n", err, strerror(errno));
        return 2;
    }
    int pfd[2] = {-1, -1};
    if (first_mode && pipe(pfd)) {
        fprintf(stderr, "dyad-benchrun: pipe: %s\n", strerror(errno));
        return 2;
    }

    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "dyad-benchrun: fork: %s\n", strerror(errno));
        return 2;
    }
    if (pid == 0) {
        if (first_mode) {
            dup2(pfd[1], 1);
            close(pfd[0]);
            close(pfd[1]);
        } else if (ofd >= 0)
            dup2(ofd, 1);
        if (efd >= 0)
            dup2(efd, 2);
        if (ofd >= 0)
            close(ofd);
        if (efd >= 0)
            close(efd);
        execvp(cmd[0], cmd);
        fprintf(stderr, "dyad-benchrun: %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }

    double first = -1;
    if (first_mode) {
        close(pfd[1]);
        static char buf[1 << 16];
        for (;;) {
            ssize_t r = read(pfd[0], buf, sizeof buf);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break;
            if (first < 0 && memchr(buf, '\n', (size_t)r))
                first = now() - t0;
            if (ofd >= 0 && write_all(ofd, buf, (size_t)r)) {
                fprintf(stderr, "dyad-benchrun: %s: %s\n", out, strerror(errno));
                close(ofd);
                ofd = -1;
            }
        }
        close(pfd[0]);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            fprintf(stderr, "dyad-benchrun: waitpid: %s\n", strerror(errno));
            return 2;
        }
    double wall = now() - t0;
    if (ofd >= 0)
        close(ofd);
    if (efd >= 0)
        close(efd);

    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    int status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 255;
    FILE *sf = stderr;
    if (stats && !(sf = fopen(stats, "w"))) {
        fprintf(stderr, "dyad-benchrun: %s: %s\n", stats, strerror(errno));
        return 2;
    }
    fprintf(sf, "wall=%.6f user=%.6f sys=%.6f maxrss_kb=%ld first=%.6f status=%d\n", wall,
            (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
            (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, (long)ru.ru_maxrss, first, status);
    if (sf != stderr && fclose(sf)) {
        fprintf(stderr, "dyad-benchrun: %s: %s\n", stats, strerror(errno));
        return 2;
    }
    return status == 127 ? 2 : 0;
}
