/*
 * layout.c - force-directed layout (see layout.h).
 */
#include "layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define LAYOUT_ITERATIONS 500
#define OVERLAP_PASSES 100   /* passes of pushing apart before spreading everything out */
#define OVERLAP_ROUNDS 60    /* spreads before giving up (never reached in practice) */

/* Box centre, for deciding which way to push. */
static double cx(const dy_layout_node *v) { return v->x + (v->right - v->left) / 2; }
static double cy(const dy_layout_node *v) { return v->y + (v->bottom - v->top) / 2; }

/* Overlap of the two boxes along x and y (positive in both when they overlap). */
static void overlap(const dy_layout_node *a, const dy_layout_node *b, double gap, double *ox, double *oy)
{
    double ax0 = a->x - a->left, ax1 = a->x + a->right, bx0 = b->x - b->left, bx1 = b->x + b->right;
    double ay0 = a->y - a->top, ay1 = a->y + a->bottom, by0 = b->y - b->top, by1 = b->y + b->bottom;
    *ox = (ax1 < bx1 ? ax1 : bx1) - (ax0 > bx0 ? ax0 : bx0) + gap;
    *oy = (ay1 < by1 ? ay1 : by1) - (ay0 > by0 ? ay0 : by0) + gap;
}

int dy_layout_overlaps(const dy_layout_node *nodes, size_t n, double gap)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double ox, oy;
            overlap(&nodes[i], &nodes[j], gap, &ox, &oy);
            if (ox > 1e-9 && oy > 1e-9)
                return 1;
        }
    return 0;
}

static void force_layout(dy_layout_node *v, size_t n, const dy_layout_edge *edges, size_t ne, double k, double *dx,
                         double *dy)
{
    /* a golden-angle spiral: evenly spread, the first (most active) nodes in the middle */
    for (size_t i = 0; i < n; i++) {
        double r = k * 0.6 * sqrt((double)i + 0.5), a = (double)i * 2.399963229728653;
        v[i].x = r * cos(a);
        v[i].y = r * sin(a);
    }
    double t0 = k * (1.0 + sqrt((double)n) / 2);
    for (int it = 0; it < LAYOUT_ITERATIONS; it++) {
        memset(dx, 0, n * sizeof *dx);
        memset(dy, 0, n * sizeof *dy);
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++) {
                double ddx = v[i].x - v[j].x, ddy = v[i].y - v[j].y, d = sqrt(ddx * ddx + ddy * ddy);
                if (d < 1e-6) { /* coincident: separate along a fixed direction */
                    ddx = 1e-3;
                    ddy = 1e-3 * (double)(j - i);
                    d = sqrt(ddx * ddx + ddy * ddy);
                }
                double f = k * k / d;
                dx[i] += ddx / d * f;
                dy[i] += ddy / d * f;
                dx[j] -= ddx / d * f;
                dy[j] -= ddy / d * f;
            }
        for (size_t e = 0; e < ne; e++) {
            uint32_t a = edges[e].a, b = edges[e].b;
            if (a == b || a >= n || b >= n)
                continue;
            double ddx = v[a].x - v[b].x, ddy = v[a].y - v[b].y, d = sqrt(ddx * ddx + ddy * ddy);
            if (d < 1e-6)
                continue;
            double f = d * d / k * edges[e].weight;
            dx[a] -= ddx / d * f;
            dy[a] -= ddy / d * f;
            dx[b] += ddx / d * f;
            dy[b] += ddy / d * f;
        }
        /* a weak pull to the centre keeps unconnected parts near the rest */
        double t = t0 * (1.0 - (double)it / LAYOUT_ITERATIONS) + 0.5;
        for (size_t i = 0; i < n; i++) {
            dx[i] -= v[i].x * 0.15;
            dy[i] -= v[i].y * 0.15;
            double len = sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 1e-9) {
                double step = len < t ? len : t;
                v[i].x += dx[i] / len * step;
                v[i].y += dy[i] / len * step;
            }
        }
    }
}

static int push_apart(dy_layout_node *v, size_t n, double gap)
{
    int moved = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double ox, oy;
            overlap(&v[i], &v[j], gap, &ox, &oy);
            if (ox <= 1e-9 || oy <= 1e-9)
                continue;
            moved = 1;
            /* along the axis that needs the shorter move; a little extra so it settles */
            if (ox < oy) {
                double s = (cx(&v[i]) <= cx(&v[j]) ? -1 : 1) * (ox / 2 + 0.01);
                v[i].x += s;
                v[j].x -= s;
            } else {
                double s = (cy(&v[i]) <= cy(&v[j]) ? -1 : 1) * (oy / 2 + 0.01);
                v[i].y += s;
                v[j].y -= s;
            }
        }
    return moved;
}

int dy_layout(dy_layout_node *v, size_t n, const dy_layout_edge *edges, size_t ne, double ideal, double gap)
{
    if (!n)
        return 0;
    double *dx = malloc(n * sizeof *dx), *dy = malloc(n * sizeof *dy);
    if (!dx || !dy) {
        free(dx);
        free(dy);
        return -1;
    }
    force_layout(v, n, edges, ne, ideal, dx, dy);
    free(dx);
    free(dy);
    for (int round = 0; round < OVERLAP_ROUNDS; round++) {
        int moved = 1;
        for (int pass = 0; pass < OVERLAP_PASSES && moved; pass++)
            moved = push_apart(v, n, gap);
        if (!moved || !dy_layout_overlaps(v, n, gap))
            break;
        /* stuck: spread every position out from the centre (boxes keep their size) */
        double mx = 0, my = 0;
        for (size_t i = 0; i < n; i++)
            mx += v[i].x, my += v[i].y;
        mx /= (double)n;
        my /= (double)n;
        for (size_t i = 0; i < n; i++) {
            v[i].x = mx + (v[i].x - mx) * 1.15;
            v[i].y = my + (v[i].y - my) * 1.15;
        }
    }
    double x0 = v[0].x - v[0].left, y0 = v[0].y - v[0].top;
    for (size_t i = 1; i < n; i++) {
        if (v[i].x - v[i].left < x0)
            x0 = v[i].x - v[i].left;
        if (v[i].y - v[i].top < y0)
            y0 = v[i].y - v[i].top;
    }
    for (size_t i = 0; i < n; i++) {
        v[i].x -= x0;
        v[i].y -= y0;
    }
    return 0;
}
