/*
 * layout.h - the force-directed layout of the report's network graph:
 * Fruchterman-Reingold from a fixed spiral start, then the nodes' boxes (circle
 * and label) pushed apart until no two overlap. There is no randomness and the
 * iteration counts are fixed, so the same network always gets the same picture.
 */
#ifndef DYAD_LAYOUT_H
#define DYAD_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

typedef struct dy_layout_node {
    double left, right, top, bottom; /* the extent of the node's box around its anchor, px */
    double x, y;                     /* out: the anchor (the circle's centre) */
} dy_layout_node;

typedef struct dy_layout_edge {
    uint32_t a, b;
    double weight;                   /* > 0; heavier edges pull harder */
} dy_layout_edge;

/* Lays the nodes out with edges of about `ideal` px and at least `gap` px
   between boxes; the top-left corner of the union of the boxes ends at (0, 0).
   Nodes earlier in the array start nearer the centre. Returns 0 or -1 (out of memory). */
int dy_layout(dy_layout_node *nodes, size_t n, const dy_layout_edge *edges, size_t ne, double ideal, double gap);

/* Whether two boxes, each grown by gap/2, overlap. */
int dy_layout_overlaps(const dy_layout_node *nodes, size_t n, double gap);

#endif
