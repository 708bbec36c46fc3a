/*
 * builtin.h - the dictionary compiled from dict/ at build time and linked into
 * libdyad (builtin.S), or none in the dictionary compiler itself.
 */
#ifndef DYAD_BUILTIN_H
#define DYAD_BUILTIN_H

#include <stddef.h>

/* The image and its length, or NULL when this program has none. */
const void *dy_builtin_image(size_t *len);

#endif
