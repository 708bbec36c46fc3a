/*
 * report.h - one self-contained HTML page that a person can read without
 * explanation: the network as an inline SVG graph (force-directed layout,
 * computed here), a cooperation/conflict time series per top dyad, and a
 * sortable table of dyads with their events and sentences. No network access,
 * no external files; the small script only adds sorting and filtering, and the
 * page works without it.
 */
#ifndef DYAD_REPORT_H
#define DYAD_REPORT_H

#include "dyad.h"
#include "net.h"

typedef struct dy_report_options {
    const char *title;      /* the page's title; NULL: "dyad report" */
    const char *input;      /* the input's name, shown in the header; may be NULL */
    int by;                 /* periods of the charts: NET_BY_DAY, _WEEK or _MONTH;
                               NET_BY_ALL chooses from the span of the dates */
    int top_dyads;          /* dyads with a chart (0: 6) */
    int max_nodes;          /* actors in the graph, most active first (0: 40) */
    const dyad_dict *dict;  /* for the names of event codes; NULL: codes only */
} dy_report_options;

/* The periods the charts use for events from date_min to date_max when
   by == NET_BY_ALL: days up to two months, weeks up to half a year, else months. */
int dy_report_auto_period(int32_t date_min, int32_t date_max);

/* Writes the page. The network must be aggregated by day (NET_BY_DAY), with
   keep_events > 0 for the sentences, and finished. Returns 0 or -1 (out of
   memory, or a network not aggregated by day). */
int dy_report_html(const dy_net *n, const dy_report_options *opt, dy_buf *out);

#endif
