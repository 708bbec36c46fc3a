/*
 * dyad.c - the public interface (dyad.h) over the internal modules.
 */
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>

#include "builtin.h"
#include "clean.h"
#include "coder.h"
#include "dictload.h"
#include "json.h"
#include "output.h"

const char *dyad_strerror(int code)
{
    switch (code) {
    case DYAD_OK: return "success";
    case DYAD_ENOMEM: return "out of memory";
    case DYAD_EIO: return "input/output error";
    case DYAD_EDICT: return "bad dictionary";
    case DYAD_EINPUT: return "bad input";
    case DYAD_EUSAGE: return "bad argument";
    default: return "unknown error";
    }
}

const char *dyad_mode_name(dyad_mode m)
{
    switch (m) {
    case DYAD_NEGATED: return "negated";
    case DYAD_FUTURE: return "future";
    case DYAD_HYPOTHETICAL: return "hypothetical";
    default: return "asserted";
    }
}

int32_t dyad_parse_date(const char *s, size_t len) { return dy_parse_iso_date(s, len); }

/* ==== dictionaries ========================================================================= */

typedef struct load_ctx {
    const dyad_dict_options *opt;
    char first_error[512];
} load_ctx;

static void load_diag(void *ctx, int level, const char *file, unsigned line, const char *msg)
{
    load_ctx *lc = ctx;
    if (level == DIAG_ERROR && !lc->first_error[0]) {
        if (line)
            snprintf(lc->first_error, sizeof lc->first_error, "%s:%u: %s", file, line, msg);
        else
            snprintf(lc->first_error, sizeof lc->first_error, "%s: %s", file, msg);
    }
    if (lc->opt && lc->opt->diag)
        lc->opt->diag(lc->opt->diag_ctx, level, file, line, msg);
}

static int replace(dy_dict *base, dy_dict *next)
{
    dict_free(base);
    *base = *next;
    return 0;
}

int dyad_dict_open(dyad_dict **out, const dyad_dict_options *opt, char *err, size_t errlen)
{
    *out = NULL;
    dyad_dict *dd = calloc(1, sizeof *dd);
    if (!dd) {
        snprintf(err, errlen, "out of memory");
        return DYAD_ENOMEM;
    }
    load_ctx lc = {opt, ""};
    dy_diag g;
    memset(&g, 0, sizeof g);
    g.fn = load_diag;
    g.ctx = &lc;
    dy_dict base;
    memset(&base, 0, sizeof base);
    int rc = 0;
    if (opt && opt->compiled) {
        rc = dict_load_file(&base, opt->compiled, err, errlen);
    } else if (opt && opt->source_dir) {
        g.strip_prefix = opt->source_dir;
        g.display_prefix = "dict/";
        rc = dictload_source_tree(&base, opt->source_dir, NULL, &g);
        if (rc)
            snprintf(err, errlen, "%s", lc.first_error[0] ? lc.first_error : "cannot compile the dictionaries");
        g.strip_prefix = NULL;
    } else {
        size_t len;
        const void *img = dy_builtin_image(&len);
        if (!img) {
            snprintf(err, errlen, "no built-in dictionary in this program; give a dictionary source");
            rc = -1;
        } else
            rc = dict_attach(&base, img, len, err, errlen);
    }
    if (!rc && opt && opt->petrarch_dir) {
        dy_dict next;
        rc = dictload_petrarch(&next, &base, opt->petrarch_dir, &g);
        replace(&base, &next);
        if (rc)
            snprintf(err, errlen, "%s", lc.first_error[0] ? lc.first_error : "cannot read the PETRARCH dictionaries");
    }
    if (!rc && opt && opt->nreplace) {
        dy_dict next;
        rc = dictload_replace(&next, &base, opt->replace, opt->nreplace, &g);
        replace(&base, &next);
        if (rc)
            snprintf(err, errlen, "%s", lc.first_error[0] ? lc.first_error : "cannot read the dictionaries");
    }
    if (!rc && opt && opt->nextra) {
        dy_dict next;
        rc = dictload_extra(&next, &base, opt->extra, opt->nextra, &g);
        replace(&base, &next);
        if (rc)
            snprintf(err, errlen, "%s", lc.first_error[0] ? lc.first_error : "cannot read the dictionaries");
    }
    if (rc) {
        dict_free(&base);
        free(dd);
        return DYAD_EDICT;
    }
    dd->d = base;
    if (dict_prepare(&dd->d)) {
        snprintf(err, errlen, "out of memory");
        dict_free(&dd->d);
        free(dd);
        return DYAD_ENOMEM;
    }
    *out = dd;
    return 0;
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d)
        return;
    dict_free(&d->d);
    free(d);
}

void dyad_dict_get_stats(const dyad_dict *dd, dyad_dict_stats *st)
{
    const dy_dict *d = &dd->d;
    memset(st, 0, sizeof *st);
    st->words = DICT_N(d, DT_WORD) - 1;
    st->actors = DICT_N(d, DT_ACTOR) - 1;
    st->actor_codes = DICT_N(d, DT_ACODE) - 1;
    st->agents = DICT_N(d, DT_AGENT) - 1;
    st->verbs = DICT_N(d, DT_VERB) - 1;
    st->patterns = DICT_N(d, DT_PATTERN) - 1;
    st->synsets = DICT_N(d, DT_SYNSET) - 1;
    st->issues = DICT_N(d, DT_ISSUE) - 1;
    st->event_codes = DICT_N(d, DT_EVCODE) - 1;
    const dy_node *n = D_NODES(d);
    for (uint32_t i = 1; i < DICT_N(d, DT_NODE); i++)
        st->discards += n[i].discard != 0;
    size_t bytes = 0;
    for (int t = 0; t < DT__COUNT; t++)
        bytes += (size_t)d->t[t].n * (t == DT_STR ? 1 : 4);
    st->bytes = d->mapping ? d->mapping_len : bytes;
}

/* ==== coding =================================================================================== */

dyad_coder *dyad_coder_new(const dyad_dict *d)
{
    if (!d)
        return NULL;
    struct dyad_coder *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->d = &d->d;
    dy_arena_init(&c->arena);
    dy_arena_init(&c->para);
    dy_arena_init(&c->work);
    dy_arena_init(&c->coref_arena);
    dy_buf_init(&c->scratch);
    dy_buf_init(&c->clean);
    dy_buf_init(&c->trace_buf);
    dy_vec_init(&c->paras, sizeof(dy_para));
    dy_vec_init(&c->events, sizeof(dyad_event));
    dy_vec_init(&c->sentences, sizeof(dyad_sentence));
    return c;
}

int dyad_coder_set(dyad_coder *c, int option, int value)
{
    if (!c)
        return DYAD_EUSAGE;
    if (option == DYAD_OPT_ONE_SIDED) {
        c->one_sided = value != 0;
        return 0;
    }
    if (option == DYAD_OPT_NEW_ACTOR_LENGTH) {
        if (value < 0)
            return DYAD_EUSAGE;
        c->new_actor_len = value;
        return 0;
    }
    if (option < DYAD_OPT_COMMA_MIN || option > DYAD_OPT_COMMA_EMAX || value < 0)
        return DYAD_EUSAGE;
    c->comma[option - DYAD_OPT_COMMA_MIN] = value;
    c->comma_on = c->comma[DYAD_OPT_COMMA_MAX - DYAD_OPT_COMMA_MIN] > 0 ||
                  c->comma[DYAD_OPT_COMMA_BMAX - DYAD_OPT_COMMA_MIN] > 0 ||
                  c->comma[DYAD_OPT_COMMA_EMAX - DYAD_OPT_COMMA_MIN] > 0;
    return 0;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    dy_arena_free(&c->arena);
    dy_arena_free(&c->para);
    dy_arena_free(&c->work);
    dy_arena_free(&c->coref_arena);
    dy_buf_free(&c->scratch);
    dy_buf_free(&c->clean);
    dy_buf_free(&c->trace_buf);
    dy_vec_free(&c->paras);
    dy_vec_free(&c->events);
    dy_vec_free(&c->sentences);
    free(c);
}

/* Memory of one huge story is not kept for the next one. */
static void shrink(dyad_coder *c)
{
    if (c->scratch.cap > (8u << 20))
        dy_buf_free(&c->scratch);
    if (c->clean.cap > (8u << 20))
        dy_buf_free(&c->clean);
    if (c->events.cap > 65536)
        dy_vec_free(&c->events);
    if (c->sentences.cap > 65536)
        dy_vec_free(&c->sentences);
    if (c->paras.cap > 65536)
        dy_vec_free(&c->paras);
}

int dyad_code(dyad_coder *c, int32_t date, const char *text, size_t len, const dyad_result **out)
{
    shrink(c);
    c->trace = NULL;
    int rc = coder_story(c, date, text, len);
    *out = &c->res;
    return rc;
}

int dyad_code_stream(dyad_coder *c, int32_t date, const char *text, size_t len, dyad_sink sink, void *ctx)
{
    if (!sink)
        return DYAD_EUSAGE;
    shrink(c);
    c->trace = NULL;
    c->sink = sink;
    c->sink_ctx = ctx;
    int rc = coder_story(c, date, text, len);
    c->sink = NULL;
    c->sink_ctx = NULL;
    return rc;
}

int dyad_explain(dyad_coder *c, int32_t date, const char *text, size_t len, const dyad_result **out,
                 const char **trace)
{
    shrink(c);
    c->trace = &c->trace_buf;
    dy_buf_clear(c->trace);
    int rc = coder_story(c, date, text, len);
    c->trace = NULL;
    if (!c->trace_buf.p)
        dy_buf_add(&c->trace_buf, "", 0);
    *out = &c->res;
    *trace = c->trace_buf.p ? c->trace_buf.p : "";
    return rc;
}

size_t dyad_event_json(const dyad_result *r, size_t i, const char *doc, int flags, char *buf, size_t cap)
{
    dy_buf b;
    dy_buf_init(&b);
    out_event(&b, OUT_JSONL, r, i, doc, strlen(doc), flags);
    size_t n = b.len;
    if (buf && cap) {
        size_t k = n < cap - 1 ? n : cap - 1;
        memcpy(buf, b.p, k);
        buf[k] = 0;
    }
    dy_buf_free(&b);
    return n;
}

int dyad_parse_story(const char *line, size_t len, dyad_story *out, char **scratch, size_t *scratch_cap, char *err,
                     size_t errlen)
{
    dy_buf b;
    dy_buf_init(&b);
    b.p = *scratch;
    b.cap = *scratch_cap;
    int rc = dy_json_story(line, len, out, &b, err, errlen);
    *scratch = b.p;
    *scratch_cap = b.cap;
    return rc ? DYAD_EINPUT : 0;
}
