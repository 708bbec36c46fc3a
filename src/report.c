/*
 * report.c - the HTML report (see report.h). Everything is written inline:
 * CSS, SVG and a few lines of script, so the file can be mailed or archived
 * and opened anywhere without a network.
 */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "coder.h"
#include "dict.h"
#include "layout.h"
#include "output.h"

#define EVENTS_IN_TITLE 5   /* events listed in a tooltip */
#define MAX_TABLE_ROWS 500  /* dyads in the table; `dyad net` has them all */
#define SENTENCE_IN_TITLE 220
#define MAX_PERIODS 600     /* bars in a chart */
#define MAX_EDGES 200       /* arrows in the graph */
#define M_PI_LOCAL 3.14159265358979323846 /* M_PI is not C11 */

typedef struct rp {
    const dy_net *n;
    const dy_report_options *o;
    dy_buf *b;
    int by;                 /* chart periods */
    int32_t p0, p1;         /* first and last chart period */
    size_t nb;              /* periods in the charts */
    int clipped;            /* only the last MAX_PERIODS months are charted */
} rp;

/* ==== text ========================================================================== */

static void esc_n(dy_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (c) {
        case '<': dy_buf_adds(b, "&lt;"); break;
        case '>': dy_buf_adds(b, "&gt;"); break;
        case '&': dy_buf_adds(b, "&amp;"); break;
        case '"': dy_buf_adds(b, "&quot;"); break;
        case '\'': dy_buf_adds(b, "&#39;"); break;
        case '\n': dy_buf_adds(b, "&#10;"); break;
        default: dy_buf_addc(b, (unsigned char)c < 0x20 ? ' ' : c);
        }
    }
}

static void esc(dy_buf *b, const char *s) { esc_n(b, s, strlen(s)); }

/* "RUS → TUR": two escaped names with a separator (markup, not escaped) between. */
static void esc_pair(dy_buf *b, const char *x, const char *sep, const char *y)
{
    esc(b, x);
    dy_buf_adds(b, sep);
    esc(b, y);
}

/* At most max bytes, cut at a character boundary, with an ellipsis when cut. */
static void esc_cut(dy_buf *b, const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max) {
        esc_n(b, s, n);
        return;
    }
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    esc_n(b, s, max);
    dy_buf_adds(b, "\xE2\x80\xA6");
}

/* The name of a CAMEO event code from the dictionary, for people: "Make a
   visit"; "" when unknown. Headings in capitals become sentence case, and
   "..., not specified below" is dropped. */
static void code_name(const rp *r, const char *code, char *out, size_t cap)
{
    out[0] = 0;
    if (!r->o->dict)
        return;
    const dy_dict *d = &r->o->dict->d;
    uint32_t id = dict_find_evcode(d, code, strlen(code));
    if (!id)
        return;
    dy_strlcpy(out, dict_str(d, D_EVCODES(d)[id].name), cap);
    char *cut = strstr(out, ", not specified below");
    if (cut)
        *cut = 0;
    int upper = 1;
    for (char *p = out; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            upper = 0;
    if (upper)
        for (char *p = out + 1; *p; p++)
            *p = dy_lower(*p);
}

static void put_mean(dy_buf *b, const dy_net_counts *c) { dy_net_put_mean(b, c, "n/a", 1); }

static void put_date(dy_buf *b, int32_t ymd) { dy_net_put_date(b, ymd); }

static const char *node_name(const dy_net *n, uint32_t node) { return dy_net_str(n, DY_NET_NODE(n, node)->name); }

static const char *plural(uint32_t k, const char *one, const char *many) { return k == 1 ? one : many; }

/* "2 verbal cooperation, 1 material conflict" (the non-zero classes) */
static void put_quads(dy_buf *b, const dy_net_counts *c)
{
    static const char *const names[5] = {"unclassified", "verbal cooperation", "material cooperation",
                                         "verbal conflict", "material conflict"};
    int any = 0;
    for (int q = 1; q <= 4; q++)
        if (c->quad[q]) {
            dy_buf_printf(b, "%s%u %s", any ? ", " : "", c->quad[q], names[q]);
            any = 1;
        }
    if (c->quad[0])
        dy_buf_printf(b, "%s%u %s", any ? ", " : "", c->quad[0], names[0]);
}

/* One event in a tooltip: date, code and name, actors, the sentence. */
static void put_event_line(const rp *r, dy_buf *b, const dy_net_event *e)
{
    const dy_net *n = r->n;
    char name[128];
    code_name(r, dy_net_str(n, e->code), name, sizeof name);
    dy_buf_adds(b, "&#10;\xE2\x80\xA2 ");
    put_date(b, e->date);
    dy_buf_adds(b, " ");
    esc_pair(b, dy_net_str(n, e->source), " \xE2\x86\x92 ", dy_net_str(n, e->target));
    dy_buf_adds(b, " ");
    esc(b, dy_net_str(n, e->code));
    if (name[0]) {
        dy_buf_adds(b, " ");
        esc(b, name);
    }
    if (e->mode != DYAD_ASSERTED) {
        dy_buf_adds(b, " (");
        dy_buf_adds(b, dyad_mode_name((dyad_mode)e->mode));
        dy_buf_adds(b, ")");
    }
    const char *text = dy_net_str(n, e->text);
    if (text[0]) {
        dy_buf_adds(b, ": \xE2\x80\x9C");
        esc_cut(b, text, SENTENCE_IN_TITLE);
        dy_buf_adds(b, "\xE2\x80\x9D");
    }
}

/* ==== page ============================================================================ */

static const char css[] =
    ":root{--fg:#1d2733;--muted:#5b6775;--line:#d5dbe2;--soft:#f3f5f8}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:15px/1.45 \"DejaVu Sans\",system-ui,-apple-system,\"Segoe UI\",Helvetica,Arial,sans-serif;"
    "color:var(--fg);background:#fff}\n"
    "main{max-width:1180px;margin:0 auto;padding:22px 28px 48px}\n"
    "h1{font-size:25px;margin:0 0 4px}\n"
    "h2{font-size:19px;margin:30px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}\n"
    ".lead{color:var(--muted);margin:2px 0}\n"
    ".explain{color:var(--muted);font-size:14px;max-width:88ch;margin:4px 0 10px}\n"
    ".graph{border:1px solid var(--line);border-radius:6px;background:#fbfcfd;overflow:auto}\n"
    "svg.network{display:block;margin:0 auto;max-width:100%;height:auto}\n"
    ".node circle{fill:#dfe7f0;stroke:#4d5d6d;stroke-width:1.5}\n"
    ".node:hover circle{fill:#c8d6e5}\n"
    ".node text{font-weight:bold;font-size:12px;fill:#17212b;text-anchor:middle;paint-order:stroke;"
    "stroke:#fbfcfd;stroke-width:4px;stroke-linejoin:round}\n"
    ".edge path{fill:none;stroke-opacity:.8}\n"
    ".edge polygon{fill-opacity:.9}\n"
    ".edge:hover path{stroke-opacity:1}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:6px 28px;align-items:center;font-size:13px;color:var(--muted);"
    "margin:8px 2px}\n"
    ".legend svg{vertical-align:middle}\n"
    ".legend text{font-size:11px;fill:#5b6775}\n"
    ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px 24px}\n"
    "figure.chart{margin:0}\n"
    "figcaption{font-weight:bold;font-size:14px;margin-bottom:2px}\n"
    "figcaption a{color:inherit;text-decoration:none}\n"
    "figcaption span{font-weight:normal;color:var(--muted)}\n"
    "svg.series{display:block;width:100%;height:auto;background:#fbfcfd;border:1px solid var(--line);"
    "border-radius:4px}\n"
    ".series text{font-size:10px;fill:#5b6775}\n"
    ".series .p:hover .hit{fill:#e9eef4}\n"
    ".key{display:inline-block;width:11px;height:11px;border-radius:2px;vertical-align:-1px;margin:0 4px 0 10px}\n"
    "table{border-collapse:collapse;width:100%;font-size:13.5px}\n"
    "th,td{padding:5px 7px;border-bottom:1px solid var(--line);vertical-align:top;text-align:left}\n"
    "th{background:var(--soft);position:sticky;top:0;font-size:12.5px}\n"
    "th[data-sort]{cursor:pointer}\n"
    "th[aria-sort=descending]::after{content:\" \\25BE\"}\n"
    "th[aria-sort=ascending]::after{content:\" \\25B4\"}\n"
    ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "tr:target{background:#fff5d1}\n"
    ".swatch{display:inline-block;width:11px;height:11px;border-radius:2px;vertical-align:-1px;margin-right:5px}\n"
    "table{table-layout:fixed}\n"
    "tr.dyad td{border-bottom:0}\n"
    "tr.sub td{padding-top:0}\n"
    "th.num{white-space:normal}\n"
    "details summary{cursor:pointer;color:#23589a}\n"
    "ol.events{margin:6px 0 2px;padding-left:20px}\n"
    "ol.events li{margin:0 0 6px}\n"
    "code{font-family:\"DejaVu Sans Mono\",ui-monospace,monospace;font-size:12.5px}\n"
    ".muted,small{color:var(--muted)}\n"
    ".mode{font-size:11.5px;border:1px solid #c9b27a;background:#fbf3dd;border-radius:3px;padding:0 4px}\n"
    "input[type=search]{font:inherit;padding:5px 9px;margin:0 0 10px;width:min(420px,100%);"
    "border:1px solid #b9c3ce;border-radius:4px}\n"
    "footer{margin-top:34px;color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:8px}\n";

/* Sorting and filtering only: everything else is in the HTML. */
static const char script[] =
    "(function () {\n"
    "  'use strict';\n"
    "  var table = document.getElementById('dyad-table');\n"
    "  if (table && table.tBodies.length) {\n"
    "    var body = table.tBodies[0];\n"
    "    var heads = table.tHead.rows[0].cells;\n"
    /* each dyad row is followed by the row of its events: they move together */
    "    var dyads = function () {\n"
    "      return Array.prototype.filter.call(body.rows, function (r) {\n"
    "        if (!r.classList.contains('dyad')) return false;\n"
    "        var n = r.nextElementSibling;\n"
    "        r.sub = n && n.classList.contains('sub') ? n : null;\n"
    "        return true;\n"
    "      });\n"
    "    };\n"
    "    var value = function (row, col, num) {\n"
    "      var cell = row.cells[col];\n"
    "      var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;\n"
    "      if (!num) return v.toLowerCase();\n"
    "      var x = parseFloat(v);\n"
    "      return isNaN(x) ? -Infinity : x;\n"
    "    };\n"
    "    var sortBy = function (col) {\n"
    "      var th = heads[col], num = th.getAttribute('data-sort') === 'num';\n"
    "      var dir = th.getAttribute('aria-sort') === (num ? 'descending' : 'ascending') ? -1 : 1;\n"
    "      if (num) dir = -dir;\n"
    "      var rows = dyads();\n"
    "      rows.sort(function (a, b) {\n"
    "        var x = value(a, col, num), y = value(b, col, num);\n"
    "        return (x < y ? -1 : x > y ? 1 : 0) * dir;\n"
    "      });\n"
    "      for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');\n"
    "      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');\n"
    "      rows.forEach(function (r) { var sub = r.sub; body.appendChild(r); if (sub) body.appendChild(sub); });\n"
    "    };\n"
    "    Array.prototype.forEach.call(heads, function (th, col) {\n"
    "      if (!th.hasAttribute('data-sort')) return;\n"
    "      th.tabIndex = 0;\n"
    "      th.title = 'Sort by this column';\n"
    "      th.addEventListener('click', function () { sortBy(col); });\n"
    "      th.addEventListener('keydown', function (e) {\n"
    "        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(col); }\n"
    "      });\n"
    "    });\n"
    "    var input = document.createElement('input');\n"
    "    input.type = 'search';\n"
    "    input.placeholder = 'Filter by actor or event code, e.g. RUS or 190';\n"
    "    input.setAttribute('aria-label', 'Filter the dyads');\n"
    "    input.addEventListener('input', function () {\n"
    "      var q = input.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);\n"
    "      dyads().forEach(function (r) {\n"
    "        var f = r.getAttribute('data-filter') || '';\n"
    "        r.hidden = !q.every(function (w) { return f.indexOf(w) >= 0; });\n"
    "        if (r.sub) r.sub.hidden = r.hidden;\n"
    "      });\n"
    "    });\n"
    "    table.parentNode.insertBefore(input, table);\n"
    "  }\n"
    "  document.body.setAttribute('data-js', 'ready');\n"
    "})();\n";

static void head(rp *r)
{
    dy_buf *b = r->b;
    const char *title = r->o->title ? r->o->title : "dyad report";
    dy_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"dyad " DYAD_VERSION "\">\n"
                   /* no favicon request, no console error */
                   "<link rel=\"icon\" href=\"data:,\">\n<title>");
    esc(b, title);
    dy_buf_adds(b, "</title>\n<style>\n");
    dy_buf_adds(b, css);
    dy_buf_adds(b, "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>");
    esc(b, title);
    dy_buf_adds(b, "</h1>\n");
}

static void summary(rp *r)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    const dy_net_stats *s = &n->stats;
    dy_buf_printf(b, "<p class=\"lead\">%zu %s", s->counted, s->counted == 1 ? "event" : "events");
    dy_buf_adds(b, n->opt.all_modes ? " (all modes)" : " (asserted)");
    if (n->date_min) {
        dy_buf_adds(b, " dated ");
        put_date(b, n->date_min);
        dy_buf_adds(b, " to ");
        put_date(b, n->date_max);
    }
    dy_buf_printf(b, ": %zu %s and %zu %s at %s level", n->nodes.n, n->nodes.n == 1 ? "actor" : "actors", n->dyads.n,
                  n->dyads.n == 1 ? "dyad" : "dyads", n->opt.level == NET_LEVEL_ACTOR ? "actor" : "country");
    if (r->o->input) {
        dy_buf_adds(b, ", from <code>");
        esc(b, r->o->input);
        dy_buf_adds(b, "</code>");
    }
    dy_buf_adds(b, ".</p>\n");
    if (s->other_mode || s->out_of_range || s->no_actor || s->no_country) {
        dy_buf_adds(b, "<p class=\"lead\">Left out:");
        int any = 0;
        if (s->other_mode) {
            dy_buf_printf(b, " %zu negated, future or hypothetical %s (<code>--mode all</code> counts them)",
                          s->other_mode, s->other_mode == 1 ? "event" : "events");
            any = 1;
        }
        if (s->out_of_range) {
            dy_buf_printf(b, "%s %zu dated outside the days chosen", any ? ";" : "", s->out_of_range);
            any = 1;
        }
        if (s->no_actor) {
            dy_buf_printf(b, "%s %zu without a source or a target", any ? ";" : "", s->no_actor);
            any = 1;
        }
        if (s->no_country)
            dy_buf_printf(b, "%s %zu with an actor of no known country", any ? ";" : "", s->no_country);
        dy_buf_adds(b, ".</p>\n");
    }
    dy_buf_adds(b, "</header>\n");
}

/* ==== the network graph ================================================================= */

typedef struct gnode {
    uint32_t node;
    double r;
    int loop;         /* has a self-dyad */
    double loop_at;   /* the direction of its loop, radians (y down) */
} gnode;

typedef struct pt { double x, y; } pt;

static pt qbez(pt a, pt c, pt z, double t)
{
    double u = 1 - t;
    pt p = {u * u * a.x + 2 * u * t * c.x + t * t * z.x, u * u * a.y + 2 * u * t * c.y + t * t * z.y};
    return p;
}

static double dist(pt a, pt b) { return sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)); }

/* The t in [lo, hi] where |B(t) - o| crosses d, B(t) moving away from o as t
   goes towards `away` (lo or hi). Bisection: the curves are gentle. */
static double bez_at_dist(pt a, pt c, pt z, pt o, double d, double lo, double hi, int away_is_lo)
{
    for (int i = 0; i < 40; i++) {
        double m = (lo + hi) / 2;
        int inside = dist(qbez(a, c, z, m), o) < d;
        if (inside == away_is_lo)
            hi = m;
        else
            lo = m;
    }
    return (lo + hi) / 2;
}

static void put_pt(dy_buf *b, pt p) { dy_buf_printf(b, "%.1f,%.1f", p.x, p.y); }

static void arrow(dy_buf *b, pt tip, pt base, double hw, const char *col)
{
    double dx = tip.x - base.x, dy = tip.y - base.y, l = sqrt(dx * dx + dy * dy);
    if (l < 1e-9)
        return;
    pt p1 = {base.x - dy / l * hw, base.y + dx / l * hw}, p2 = {base.x + dy / l * hw, base.y - dx / l * hw};
    dy_buf_adds(b, "<polygon points=\"");
    put_pt(b, tip);
    dy_buf_addc(b, ' ');
    put_pt(b, p1);
    dy_buf_addc(b, ' ');
    put_pt(b, p2);
    dy_buf_printf(b, "\" fill=\"%s\"/>", col);
}

static void edge_title(rp *r, uint32_t di)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    const dy_net_dyad *d = DY_NET_DYAD(n, di);
    dy_buf_adds(b, "<title>");
    esc_pair(b, node_name(n, d->src), " \xE2\x86\x92 ", node_name(n, d->tgt));
    dy_buf_printf(b, ": %u %s, mean Goldstein ", d->c.events, plural(d->c.events, "event", "events"));
    put_mean(b, &d->c);
    dy_buf_adds(b, "&#10;");
    put_quads(b, &d->c);
    dy_net_code top[3];
    size_t k = dy_net_top_codes(n, d->codes, top, 3);
    if (k) {
        dy_buf_adds(b, "&#10;Most frequent: ");
        for (size_t i = 0; i < k; i++) {
            char name[128];
            code_name(r, dy_net_str(n, top[i].code), name, sizeof name);
            dy_buf_adds(b, i ? "; " : "");
            esc(b, dy_net_str(n, top[i].code));
            if (name[0]) {
                dy_buf_addc(b, ' ');
                esc(b, name);
            }
            dy_buf_printf(b, " \xC3\x97%u", top[i].n);
        }
    }
    uint32_t shown = 0;
    for (uint32_t e = d->ev_head; e && shown < EVENTS_IN_TITLE; e = DY_NET_EVENT(n, e - 1)->next, shown++)
        put_event_line(r, b, DY_NET_EVENT(n, e - 1));
    if (d->c.events > shown)
        dy_buf_printf(b, "&#10;(%u more in the table)", d->c.events - shown);
    dy_buf_adds(b, "</title>");
}

static double edge_width(uint32_t events, uint32_t emax, double wmax)
{
    return 1.4 + (wmax - 1.4) * sqrt((double)events / emax);
}

static int graph(rp *r)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    size_t m = n->nodes.n < (size_t)r->o->max_nodes ? n->nodes.n : (size_t)r->o->max_nodes;
    int32_t *sel = malloc((n->nodes.n ? n->nodes.n : 1) * sizeof *sel);
    gnode *g = calloc(m ? m : 1, sizeof *g);
    dy_layout_node *lay = calloc(m ? m : 1, sizeof *lay);
    dy_layout_edge *le = calloc(n->dyads.n ? n->dyads.n : 1, sizeof *le);
    uint32_t *edges = calloc(n->dyads.n ? n->dyads.n : 1, sizeof *edges);
    uint32_t *drank = calloc(n->dyads.n ? n->dyads.n : 1, sizeof *drank);
    if (!sel || !g || !lay || !le || !edges || !drank) {
        free(sel), free(g), free(lay), free(le), free(edges), free(drank);
        return -1;
    }
    for (size_t k = 0; k < n->dyads.n; k++)
        drank[n->dyad_order[k]] = (uint32_t)k;
    for (size_t i = 0; i < n->nodes.n; i++)
        sel[i] = -1;
    uint32_t amax = 1, amin = UINT32_MAX, emax = 1, emin = UINT32_MAX;
    for (size_t k = 0; k < m; k++) {
        g[k].node = n->node_order[k];
        sel[g[k].node] = (int32_t)k;
        amax = DY_MAX(amax, dy_net_activity(DY_NET_NODE(n, g[k].node)));
        amin = DY_MIN(amin, dy_net_activity(DY_NET_NODE(n, g[k].node)));
    }
    /* the heaviest edges among the nodes shown; drawn lightest first, so heavy ones end on top */
    size_t ne = 0, among = 0;
    for (size_t k = 0; k < n->dyads.n; k++) {
        const dy_net_dyad *d = DY_NET_DYAD(n, n->dyad_order[k]);
        if (sel[d->src] < 0 || sel[d->tgt] < 0)
            continue;
        among++;
        if (ne == MAX_EDGES)
            continue;
        edges[ne] = n->dyad_order[k];
        le[ne].a = (uint32_t)sel[d->src];
        le[ne].b = (uint32_t)sel[d->tgt];
        le[ne].weight = 1.0 + 0.5 * log((double)d->c.events);
        emax = DY_MAX(emax, d->c.events);
        emin = DY_MIN(emin, d->c.events);
        if (d->src == d->tgt)
            g[sel[d->src]].loop = 1;
        ne++;
    }
    for (size_t i = 0, j = ne; i + 1 < j; i++, j--) {
        uint32_t t = edges[i];
        edges[i] = edges[j - 1];
        edges[j - 1] = t;
        dy_layout_edge u = le[i];
        le[i] = le[j - 1];
        le[j - 1] = u;
    }
    /* many edges: thinner, so that they stay apart */
    double wmax = ne <= 40 ? 8.0 : DY_MAX(3.0, 8.0 * sqrt(40.0 / (double)ne));
    for (size_t k = 0; k < m; k++) {
        const char *name = node_name(n, g[k].node);
        g[k].r = 9.0 + 21.0 * sqrt((double)dy_net_activity(DY_NET_NODE(n, g[k].node)) / amax);
        /* DejaVu Sans Bold at 12px: capitals are about 9px wide */
        double lw = 9.0 * (double)strlen(name) + 8.0;
        double half = DY_MAX(g[k].r, lw / 2);
        lay[k].left = lay[k].right = g[k].loop ? DY_MAX(half, 2.3 * g[k].r + 4) : half;
        lay[k].top = g[k].loop ? 2.3 * g[k].r + 4 : g[k].r;
        lay[k].bottom = g[k].loop ? DY_MAX(g[k].r + 19.0, 1.8 * g[k].r + 4) : g[k].r + 19.0;
    }
    if (dy_layout(lay, m, le, ne, 150.0, 12.0)) {
        free(sel), free(g), free(lay), free(le), free(edges), free(drank);
        return -1;
    }
    const double margin = 16;
    double w = 0, h = 0;
    for (size_t k = 0; k < m; k++) {
        lay[k].x += margin;
        lay[k].y += margin;
        w = DY_MAX(w, lay[k].x + lay[k].right + margin);
        h = DY_MAX(h, lay[k].y + lay[k].bottom + margin);
    }
    if (!m)
        w = 600, h = 80;
    /* a loop goes where no edge leaves the node: up, to a side, never down onto the label */
    static const double candidates[] = {-1.5707963, -2.3561945, -0.7853982, 3.1415927, 0.0};
    for (size_t k = 0; k < m; k++) {
        if (!g[k].loop)
            continue;
        double best = -1;
        for (size_t c = 0; c < DY_ARRAY_LEN(candidates); c++) {
            double gap = M_PI_LOCAL;
            for (size_t e = 0; e < ne; e++) {
                if (le[e].a == le[e].b || (le[e].a != k && le[e].b != k))
                    continue;
                size_t o = le[e].a == k ? le[e].b : le[e].a;
                double d = fabs(atan2(lay[o].y - lay[k].y, lay[o].x - lay[k].x) - candidates[c]);
                if (d > M_PI_LOCAL)
                    d = 2 * M_PI_LOCAL - d;
                gap = DY_MIN(gap, d);
            }
            if (gap > best + 1e-9) {
                best = gap;
                g[k].loop_at = candidates[c];
            }
        }
    }

    dy_buf_adds(b, "<section id=\"network\">\n<h2>Network</h2>\n<p class=\"explain\">Each circle is an actor, sized by "
                   "its number of events. Each arrow goes from the actor who acted to the actor acted upon; its width "
                   "is the number of events and its colour their mean Goldstein score, from conflict (red) to "
                   "cooperation (blue). Point at an arrow for its events and sentences; click it to see the dyad in "
                   "the table.</p>\n");
    if (m < n->nodes.n)
        dy_buf_printf(b, "<p class=\"explain\">Showing the %zu most active of %zu actors.</p>\n", m, n->nodes.n);
    if (ne < among)
        dy_buf_printf(b, "<p class=\"explain\">Showing the %zu dyads with the most events of the %zu among them; "
                         "the table below lists the others.</p>\n",
                      ne, among);
    dy_buf_printf(b,
                  "<div class=\"graph\">\n<svg id=\"network-graph\" class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" "
                  "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"Network of %zu "
                  "actors and %zu dyads\" data-nodes=\"%zu\" data-edges=\"%zu\">\n",
                  ceil(w), ceil(h), ceil(w), ceil(h), m, ne, m, ne);
    if (!m)
        dy_buf_adds(b, "<text x=\"20\" y=\"45\" font-size=\"14\" fill=\"#5b6775\">No events to show.</text>\n");

    for (size_t e = 0; e < ne; e++) {
        uint32_t di = edges[e];
        const dy_net_dyad *d = DY_NET_DYAD(n, di);
        size_t a = (size_t)sel[d->src], z = (size_t)sel[d->tgt];
        double mean;
        int has = dy_net_mean(&d->c, &mean);
        char col[8];
        dy_net_colour(has, mean, col);
        double sw = edge_width(d->c.events, emax, wmax), al = 7.0 + 1.6 * sw, hw = 3.5 + 0.9 * sw;
        size_t row = drank[di]; /* the dyad's row in the table */
        dy_buf_adds(b, "<g class=\"edge\" data-source=\"");
        esc(b, node_name(n, d->src));
        dy_buf_adds(b, "\" data-target=\"");
        esc(b, node_name(n, d->tgt));
        dy_buf_printf(b, "\" data-events=\"%u\"><a href=\"#d%zu\">", d->c.events, row);
        edge_title(r, di);
        pt c0 = {lay[a].x, lay[a].y}, c1 = {lay[z].x, lay[z].y};
        if (a == z) {
            /* a loop out of the circle and back, in the direction chosen above */
            double rr = g[a].r, th = g[a].loop_at, s1 = th - 0.525, s2 = th + 0.525, k = 2.6 * rr;
            pt p0 = {c0.x + rr * cos(s1), c0.y + rr * sin(s1)}, p3 = {c0.x + rr * cos(s2), c0.y + rr * sin(s2)};
            pt q1 = {c0.x + k * cos(th - 0.725), c0.y + k * sin(th - 0.725)};
            pt q2 = {c0.x + k * cos(th + 0.725), c0.y + k * sin(th + 0.725)};
            /* end the line where the arrowhead begins */
            double tx = p3.x - q2.x, ty = p3.y - q2.y, tl = sqrt(tx * tx + ty * ty);
            pt base = {p3.x - tx / tl * al, p3.y - ty / tl * al};
            dy_buf_adds(b, "<path d=\"M");
            put_pt(b, p0);
            dy_buf_adds(b, " C");
            put_pt(b, q1);
            dy_buf_addc(b, ' ');
            put_pt(b, q2);
            dy_buf_addc(b, ' ');
            put_pt(b, base);
            dy_buf_printf(b, "\" stroke=\"%s\" stroke-width=\"%.1f\"/>", col, sw);
            arrow(b, p3, base, hw, col);
        } else {
            double dd = dist(c0, c1);
            /* curve when the other direction exists too, so that both show */
            const dy_net_dyad *back = NULL;
            uint32_t bv = dy_net_dyad_find(n, d->tgt, d->src);
            if (bv)
                back = DY_NET_DYAD(n, bv - 1);
            int bent = back && sel[back->src] >= 0 && sel[back->tgt] >= 0;
            double off = bent ? 0.16 * dd : 0;
            pt mid = {(c0.x + c1.x) / 2 - (c1.y - c0.y) / dd * off, (c0.y + c1.y) / 2 + (c1.x - c0.x) / dd * off};
            double t0 = bez_at_dist(c0, mid, c1, c0, g[a].r + 1.0, 0.0, 0.5, 0);
            double t1 = bez_at_dist(c0, mid, c1, c1, g[z].r + 1.5, 0.5, 1.0, 1);
            pt tip = qbez(c0, mid, c1, t1);
            double tb = bez_at_dist(c0, mid, c1, tip, al, t0, t1, 1);
            pt start = qbez(c0, mid, c1, t0), base = qbez(c0, mid, c1, tb);
            /* the control point of the piece [t0, tb] of the curve */
            double u0 = 1 - t0, u1 = 1 - tb;
            pt ctl = {u0 * u1 * c0.x + (u0 * tb + t0 * u1) * mid.x + t0 * tb * c1.x,
                      u0 * u1 * c0.y + (u0 * tb + t0 * u1) * mid.y + t0 * tb * c1.y};
            dy_buf_adds(b, "<path d=\"M");
            put_pt(b, start);
            dy_buf_adds(b, " Q");
            put_pt(b, ctl);
            dy_buf_addc(b, ' ');
            put_pt(b, base);
            dy_buf_printf(b, "\" stroke=\"%s\" stroke-width=\"%.1f\"/>", col, sw);
            arrow(b, tip, base, hw, col);
        }
        dy_buf_adds(b, "</a></g>\n");
    }
    for (size_t k = 0; k < m; k++) {
        const dy_net_node *v = DY_NET_NODE(n, g[k].node);
        const char *name = node_name(n, g[k].node);
        dy_buf_adds(b, "<g class=\"node\" data-id=\"");
        esc(b, name);
        dy_buf_printf(b, "\" data-events=\"%u\"><title>", dy_net_activity(v));
        esc(b, name);
        dy_buf_printf(b, ": %u %s (%u as source, %u as target)</title>", dy_net_activity(v),
                      plural(dy_net_activity(v), "event", "events"), v->out, v->in);
        dy_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\">", lay[k].x, lay[k].y,
                      g[k].r, lay[k].x, lay[k].y + g[k].r + 15.0);
        esc(b, name);
        dy_buf_adds(b, "</text></g>\n");
    }
    dy_buf_adds(b, "</svg>\n</div>\n");

    /* the legend: colour scale, widths, sizes */
    dy_buf_adds(b, "<div class=\"legend\">\n<span>Mean Goldstein score <svg width=\"230\" height=\"30\" "
                   "viewBox=\"0 0 230 30\" aria-hidden=\"true\"><defs><linearGradient id=\"goldstein-scale\">");
    for (int i = 0; i <= 10; i++) {
        char col[8];
        dy_net_colour(1, -10.0 + 2.0 * i, col);
        dy_buf_printf(b, "<stop offset=\"%d%%\" stop-color=\"%s\"/>", i * 10, col);
    }
    dy_buf_adds(b, "</linearGradient></defs><rect x=\"15\" y=\"2\" width=\"200\" height=\"11\" rx=\"2\" "
                   "fill=\"url(#goldstein-scale)\"/><text x=\"15\" y=\"26\" text-anchor=\"middle\">\xE2\x88\x92"
                   "10</text><text x=\"115\" y=\"26\" text-anchor=\"middle\">0</text><text x=\"215\" y=\"26\" "
                   "text-anchor=\"middle\">+10</text></svg> conflict \xE2\x86\x94 cooperation</span>\n");
    if (!ne)
        emin = emax = 1;
    if (!m)
        amin = amax = 1;
    dy_buf_printf(b, "<span>Width <svg width=\"60\" height=\"18\" aria-hidden=\"true\"><line x1=\"2\" y1=\"5\" "
                     "x2=\"58\" y2=\"5\" stroke=\"#8894a0\" stroke-width=\"%.1f\"/><line x1=\"2\" y1=\"13\" x2=\"58\" "
                     "y2=\"13\" stroke=\"#8894a0\" stroke-width=\"%.1f\"/></svg> %u to %u %s</span>\n",
                  edge_width(emin, emax, wmax), DY_MIN(edge_width(emax, emax, wmax), 7.0), emin, emax,
                  plural(emax, "event", "events"));
    dy_buf_printf(b, "<span>Circle: %u to %u %s of an actor</span>\n</div>\n</section>\n", amin, amax,
                  plural(amax, "event", "events"));
    free(sel), free(g), free(lay), free(le), free(edges), free(drank);
    return 0;
}

/* ==== time series ========================================================================== */

int dy_report_auto_period(int32_t date_min, int32_t date_max)
{
    if (!date_min)
        return NET_BY_MONTH;
    int32_t span = dy_ymd_to_days(date_max) - dy_ymd_to_days(date_min);
    return span <= 62 ? NET_BY_DAY : span <= 183 ? NET_BY_WEEK : NET_BY_MONTH;
}

static size_t bucket_of(const rp *r, int32_t ymd)
{
    int32_t p = dy_net_period(r->by, ymd);
    return (size_t)(r->by == NET_BY_WEEK ? (p - r->p0) / 7 : p - r->p0);
}

typedef struct bucket {
    dy_net_counts c;
} bucket;

static void chart(rp *r, uint32_t di, const bucket *bk, size_t idx)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    const dy_net_dyad *d = DY_NET_DYAD(n, di);
    const double W = 420, H = 168, x0 = 34, x1 = W - 10, top = 10, bottom = H - 26;
    double y0 = (top + bottom) / 2, slot = (x1 - x0) / (double)r->nb;
    uint32_t ymax = 1;
    for (size_t i = 0; i < r->nb; i++) {
        ymax = DY_MAX(ymax, bk[i].c.quad[1] + bk[i].c.quad[2]);
        ymax = DY_MAX(ymax, bk[i].c.quad[3] + bk[i].c.quad[4]);
    }
    double scale = (y0 - top) / ymax;
    dy_buf_printf(b, "<figure class=\"chart\"><figcaption><a href=\"#d%zu\">", idx);
    esc_pair(b, node_name(n, d->src), " \xE2\x86\x92 ", node_name(n, d->tgt));
    dy_buf_printf(b, "</a> <span>%u %s, mean Goldstein ", d->c.events, plural(d->c.events, "event", "events"));
    put_mean(b, &d->c);
    dy_buf_adds(b, "</span></figcaption>\n");
    dy_buf_printf(b, "<svg class=\"series\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                     "width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"",
                  W, H, W, H);
    esc_pair(b, node_name(n, d->src), " to ", node_name(n, d->tgt));
    dy_buf_printf(b, ": cooperation above the line, conflict below, per %s\">\n",
                  r->by == NET_BY_DAY ? "day" : r->by == NET_BY_WEEK ? "week" : "month");
    /* axis: the zero line, the scale at both ends */
    dy_buf_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8894a0\" stroke-width=\"1\"/>\n",
                  x0, y0, x1, y0);
    dy_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">+%u</text>", x0 - 4, top + 8, ymax);
    dy_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">0</text>", x0 - 4, y0 + 3.5);
    dy_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">\xE2\x88\x92%u</text>\n", x0 - 4, bottom, ymax);
    static const char *const fill[5] = {"#b5bcc4", "#92c5de", "#2166ac", "#f4a582", "#b2182b"};
    double bw = slot * 0.72 > 1.0 ? slot * 0.72 : 1.0;
    int32_t pi = r->p0;
    for (size_t i = 0; i < r->nb; i++, pi = dy_net_period_next(r->by, pi)) {
        const dy_net_counts *c = &bk[i].c;
        double xc = x0 + slot * ((double)i + 0.5);
        char label[16];
        dy_net_period_label(r->by, pi, label, NULL, NULL);
        dy_buf_adds(b, "<g class=\"p\"><title>");
        dy_buf_adds(b, label);
        if (!c->events)
            dy_buf_adds(b, ": no events");
        else {
            dy_buf_printf(b, ": %u %s, cooperation %u, conflict %u, mean Goldstein ", c->events,
                          plural(c->events, "event", "events"), c->quad[1] + c->quad[2], c->quad[3] + c->quad[4]);
            put_mean(b, c);
            dy_buf_adds(b, "&#10;");
            put_quads(b, c);
            uint32_t shown = 0;
            for (uint32_t e = d->ev_head; e; e = DY_NET_EVENT(n, e - 1)->next) {
                const dy_net_event *ev = DY_NET_EVENT(n, e - 1);
                if (bucket_of(r, ev->date) != i)
                    continue;
                if (shown++ < EVENTS_IN_TITLE)
                    put_event_line(r, b, ev);
            }
            if (c->events > DY_MIN(shown, EVENTS_IN_TITLE))
                dy_buf_printf(b, "&#10;(%u more in the table)", c->events - DY_MIN(shown, EVENTS_IN_TITLE));
        }
        dy_buf_printf(b, "</title><rect class=\"hit\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                         "fill=\"transparent\"/>",
                      x0 + slot * (double)i, top, slot, bottom - top);
        /* a tick on the line for every period: an empty one reads as zero, not as a gap */
        dy_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"4\" fill=\"#b5bcc4\"/>",
                      xc - DY_MIN(bw, 4.0) / 2, y0 - 2, DY_MIN(bw, 4.0));
        /* cooperation up (verbal, then material), conflict down */
        double up = y0, down = y0;
        for (int q = 1; q <= 4; q++) {
            if (!c->quad[q])
                continue;
            double hgt = c->quad[q] * scale;
            double y = q <= 2 ? up - hgt : down;
            dy_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", xc - bw / 2,
                          y, bw, hgt, fill[q]);
            if (q <= 2)
                up -= hgt;
            else
                down += hgt;
        }
        dy_buf_adds(b, "</g>\n");
    }
    /* period labels, as many as fit */
    char label[16];
    dy_net_period_label(r->by, r->p0, label, NULL, NULL);
    double lw = 6.2 * (double)strlen(label) + 10;
    size_t step = (size_t)ceil(lw / slot);
    if (step < 1)
        step = 1;
    int32_t p = r->p0;
    double right = -1e9; /* where the last label ended */
    for (size_t i = 0; i < r->nb; i++, p = dy_net_period_next(r->by, p)) {
        if (i % step)
            continue;
        dy_net_period_label(r->by, p, label, NULL, NULL);
        double xc = x0 + slot * ((double)i + 0.5), lo = x0 + lw / 2 - 8, hi = x1 - lw / 2 + 8;
        xc = xc < lo ? lo : xc > hi ? hi : xc;
        if (xc - lw / 2 < right)
            continue;
        right = xc + lw / 2;
        dy_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", xc, H - 8, label);
    }
    dy_buf_adds(b, "\n</svg></figure>\n");
}

static int charts(rp *r)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    size_t top = DY_MIN(n->dyads.n, (size_t)r->o->top_dyads);
    dy_buf_adds(b, "<section id=\"trends\">\n<h2>Over time</h2>\n");
    if (!top) {
        dy_buf_adds(b, "<p class=\"explain\">No events to show.</p>\n</section>\n");
        return 0;
    }
    const char *per = r->by == NET_BY_DAY ? "day" : r->by == NET_BY_WEEK ? "week" : "month";
    dy_buf_printf(b, "<p class=\"explain\">The %zu most active %s, events per %s: cooperation above the line "
                     "(<span class=\"key\" style=\"background:#92c5de\"></span>verbal, <span class=\"key\" "
                     "style=\"background:#2166ac\"></span>material), conflict below (<span class=\"key\" "
                     "style=\"background:#f4a582\"></span>verbal, <span class=\"key\" style=\"background:#b2182b\">"
                     "</span>material). Every %s from the first event to the last has its place; an empty one is a "
                     "zero. Point at a bar for its events.</p>\n",
                  top, top == 1 ? "dyad" : "dyads", per, per);
    if (r->clipped)
        dy_buf_printf(b, "<p class=\"explain\">The charts show the last %d months of events only.</p>\n",
                      MAX_PERIODS);
    if (r->o->by != NET_BY_ALL && r->o->by != r->by)
        dy_buf_printf(b, "<p class=\"explain\">Per %s rather than per %s: a chart has room for %d periods.</p>\n",
                      per, r->o->by == NET_BY_DAY ? "day" : "week", MAX_PERIODS);
    dy_buf_adds(b, "<div class=\"charts\">\n");
    bucket *bk = calloc(r->nb * top, sizeof *bk);
    if (!bk)
        return -1;
    /* the network is by day: each cell goes into its period */
    for (size_t i = 0; i < n->cells.n; i++) {
        const dy_net_cell *c = DY_NET_CELL(n, i);
        size_t k = 0;
        while (k < top && n->dyad_order[k] != c->dyad)
            k++;
        if (k == top)
            continue;
        size_t at = bucket_of(r, dy_days_to_ymd(c->period));
        if (at >= r->nb)
            continue;
        dy_net_counts *t = &bk[k * r->nb + at].c;
        t->events += c->c.events;
        for (int q = 0; q < 5; q++)
            t->quad[q] += c->c.quad[q];
        t->g10 += c->c.g10;
        t->gn += c->c.gn;
    }
    for (size_t k = 0; k < top; k++)
        chart(r, n->dyad_order[k], bk + k * r->nb, k);
    free(bk);
    dy_buf_adds(b, "</div>\n</section>\n");
    return 0;
}

/* ==== the table =============================================================================== */

static void event_item(const rp *r, const dy_net_event *ev)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    const char *text = dy_net_str(n, ev->text);
    char name[128];
    code_name(r, dy_net_str(n, ev->code), name, sizeof name);
    dy_buf_adds(b, "<li title=\"");
    esc(b, text);
    dy_buf_adds(b, "\"><span class=\"muted\">");
    put_date(b, ev->date);
    dy_buf_adds(b, "</span> <code>");
    esc(b, dy_net_str(n, ev->code));
    dy_buf_adds(b, "</code> ");
    esc(b, name);
    dy_buf_adds(b, " \xC2\xB7 ");
    esc_pair(b, dy_net_str(n, ev->source), " \xE2\x86\x92 ", dy_net_str(n, ev->target));
    if (ev->mode != DYAD_ASSERTED) {
        dy_buf_adds(b, " <span class=\"mode\">");
        dy_buf_adds(b, dyad_mode_name((dyad_mode)ev->mode));
        dy_buf_adds(b, "</span>");
    }
    if (text[0]) {
        dy_buf_adds(b, "<br>\xE2\x80\x9C");
        esc(b, text);
        dy_buf_adds(b, "\xE2\x80\x9D");
    }
    const char *doc = dy_net_str(n, ev->doc), *verb = dy_net_str(n, ev->verb);
    if (doc[0] || verb[0] || ev->sentence >= 0) {
        dy_buf_adds(b, " <small>(");
        esc(b, doc);
        if (ev->sentence >= 0)
            dy_buf_printf(b, "%ssentence %d", doc[0] ? ", " : "", (int)ev->sentence);
        if (verb[0]) {
            dy_buf_adds(b, doc[0] || ev->sentence >= 0 ? "; verb \xE2\x80\x9C" : "verb \xE2\x80\x9C");
            esc(b, verb);
            dy_buf_adds(b, "\xE2\x80\x9D");
        }
        dy_buf_adds(b, ")</small>");
    }
    dy_buf_adds(b, "</li>");
}

/* A row per dyad, and under it a row with its events and sentences (open on
   click: <details> needs no script). */
static void table(rp *r)
{
    const dy_net *n = r->n;
    dy_buf *b = r->b;
    dy_buf_adds(b, "<section id=\"dyads\">\n<h2>Dyads</h2>\n<p class=\"explain\">Every pair of actors, source to "
                   "target, with the number of events in each quad class, the sum and mean of their Goldstein "
                   "scores (\xE2\x88\x92""10 most conflictual, +10 most cooperative) and the most frequent CAMEO "
                   "event codes. Open a dyad's events for the sentences they were coded from.</p>\n");
    if (!n->dyads.n) {
        dy_buf_adds(b, "<p class=\"explain\">No events to show.</p>\n</section>\n");
        return;
    }
    dy_buf_adds(b, "<table id=\"dyad-table\">\n<colgroup><col style=\"width:9%\"><col style=\"width:9%\">"
                   "<col style=\"width:7%\"><col style=\"width:7.5%\"><col style=\"width:7.5%\"><col style=\"width:"
                   "7.5%\"><col style=\"width:7.5%\"><col style=\"width:8.5%\"><col style=\"width:8%\"><col></colgroup>\n"
                   "<thead><tr><th data-sort=\"str\">Source</th><th data-sort=\"str\">Target</th><th class=\"num\" "
                   "data-sort=\"num\">Events</th><th class=\"num\" data-sort=\"num\">Verbal coop.</th><th "
                   "class=\"num\" data-sort=\"num\">Material coop.</th><th class=\"num\" data-sort=\"num\">Verbal "
                   "conflict</th><th class=\"num\" data-sort=\"num\">Material conflict</th><th class=\"num\" "
                   "data-sort=\"num\">Goldstein sum</th><th class=\"num\" data-sort=\"num\">Mean</th><th>Most "
                   "frequent event codes</th></tr></thead>\n<tbody>\n");
    size_t rows = DY_MIN(n->dyads.n, (size_t)MAX_TABLE_ROWS);
    for (size_t k = 0; k < rows; k++) {
        const dy_net_dyad *d = DY_NET_DYAD(n, n->dyad_order[k]);
        const char *s = node_name(n, d->src), *t = node_name(n, d->tgt);
        dy_net_code top[3];
        size_t nt = dy_net_top_codes(n, d->codes, top, 3);
        /* the words the filter matches: actors and codes, in lower case */
        dy_buf_printf(b, "<tr id=\"d%zu\" class=\"dyad\" data-filter=\"", k);
        for (const char *p = s; *p; p++)
            esc_n(b, &(char){dy_lower(*p)}, 1);
        dy_buf_addc(b, ' ');
        for (const char *p = t; *p; p++)
            esc_n(b, &(char){dy_lower(*p)}, 1);
        for (size_t i = 0; i < nt; i++) {
            dy_buf_addc(b, ' ');
            esc(b, dy_net_str(n, top[i].code));
        }
        dy_buf_adds(b, "\"><td><b>");
        esc(b, s);
        dy_buf_adds(b, "</b></td><td><b>");
        esc(b, t);
        dy_buf_printf(b, "</b></td><td class=\"num\">%u</td>", d->c.events);
        for (int q = 1; q <= 4; q++)
            dy_buf_printf(b, "<td class=\"num\">%u</td>", d->c.quad[q]);
        dy_buf_adds(b, "<td class=\"num\">");
        dy_net_put_g10(b, d->c.g10);
        double mean;
        int has = dy_net_mean(&d->c, &mean);
        char col[8];
        dy_net_colour(has, mean, col);
        if (has)
            dy_buf_printf(b, "</td><td class=\"num\" data-v=\"%.4f\">", mean);
        else
            dy_buf_adds(b, "</td><td class=\"num\" data-v=\"\">");
        dy_buf_printf(b, "<span class=\"swatch\" style=\"background:%s\"></span>", col);
        put_mean(b, &d->c);
        dy_buf_adds(b, "</td><td>");
        for (size_t i = 0; i < nt; i++) {
            char name[128];
            code_name(r, dy_net_str(n, top[i].code), name, sizeof name);
            dy_buf_adds(b, i ? "<br><code>" : "<code>");
            esc(b, dy_net_str(n, top[i].code));
            dy_buf_adds(b, "</code> ");
            esc(b, name);
            dy_buf_printf(b, " <span class=\"muted\">\xC3\x97%u</span>", top[i].n);
        }
        dy_buf_printf(b, "</td></tr>\n<tr class=\"sub\"><td></td><td colspan=\"9\"><details><summary>%u %s"
                         "</summary><ol class=\"events\">",
                      d->c.events, plural(d->c.events, "event and its sentence", "events and their sentences"));
        for (uint32_t e = d->ev_head; e; e = DY_NET_EVENT(n, e - 1)->next)
            event_item(r, DY_NET_EVENT(n, e - 1));
        if (d->c.events > d->kept)
            dy_buf_printf(b, "<li class=\"muted\">and %u more (not listed: <code>--events</code> raises the "
                             "limit)</li>",
                          d->c.events - d->kept);
        dy_buf_adds(b, "</ol></details></td></tr>\n");
    }
    dy_buf_adds(b, "</tbody>\n</table>\n");
    if (rows < n->dyads.n)
        dy_buf_printf(b, "<p class=\"explain\">%zu more dyads are not shown; <code>dyad net</code> lists them "
                         "all.</p>\n",
                      n->dyads.n - rows);
    dy_buf_adds(b, "</section>\n");
}

static void footer(rp *r)
{
    dy_buf *b = r->b;
    const dy_net *n = r->n;
    dy_buf_printf(b, "<footer>Made by dyad " DYAD_VERSION " (<code>dyad report</code>): CAMEO events, %s events, "
                     "actors at %s level%s. The Goldstein score rates an event from \xE2\x88\x92"
                     "10 (most conflictual) to +10 (most cooperative).</footer>\n",
                  n->opt.all_modes ? "all" : "asserted", n->opt.level == NET_LEVEL_ACTOR ? "actor" : "country",
                  n->opt.level == NET_LEVEL_ACTOR ? ""
                                                  : " (RUSGOV counts as RUS; organisations such as IGOUNO keep "
                                                    "their code)");
    dy_buf_adds(b, "</main>\n<script>\n");
    dy_buf_adds(b, script);
    dy_buf_adds(b, "</script>\n</body>\n</html>\n");
}

int dy_report_html(const dy_net *n, const dy_report_options *opt, dy_buf *out)
{
    if (n->opt.by != NET_BY_DAY || n->oom || !n->node_order || !n->dyad_order)
        return -1;
    dy_report_options o = *opt;
    if (o.top_dyads <= 0)
        o.top_dyads = 6;
    if (o.max_nodes <= 0)
        o.max_nodes = 40;
    rp r = {n, &o, out, o.by, 0, 0, 0, 0};
    if (r.by != NET_BY_DAY && r.by != NET_BY_WEEK && r.by != NET_BY_MONTH)
        r.by = dy_report_auto_period(n->date_min, n->date_max);
    /* a chart has room for MAX_PERIODS bars: coarser periods, else the latest ones */
    for (; n->date_min; r.by++) {
        r.p0 = dy_net_period(r.by, n->date_min);
        r.p1 = dy_net_period(r.by, n->date_max);
        r.nb = (size_t)(r.by == NET_BY_WEEK ? (r.p1 - r.p0) / 7 : r.p1 - r.p0) + 1;
        if (r.nb <= MAX_PERIODS || r.by == NET_BY_MONTH)
            break;
    }
    if (r.nb > MAX_PERIODS) {
        r.p0 = r.p1 - (MAX_PERIODS - 1);
        r.nb = MAX_PERIODS;
        r.clipped = 1;
    }
    head(&r);
    summary(&r);
    if (graph(&r) || charts(&r))
        return -1;
    table(&r);
    footer(&r);
    return out->oom ? -1 : 0;
}
