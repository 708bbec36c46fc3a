/*
 * json.h - the little JSON dyad needs: reading one story record per line and
 * writing strings with escapes.
 *
 * The reader is a single forward pass with an explicit depth limit (no
 * recursion), so hostile input (200,000 nested brackets, 50 MB strings) costs
 * time linear in its size and nothing more.
 */
#ifndef DYAD_JSON_H
#define DYAD_JSON_H

#include "dyad.h"
#include "util.h"

#define DY_JSON_MAX_DEPTH 256

/* See dyad_parse_story in dyad.h. */
int dy_json_story(const char *line, size_t len, dyad_story *out, dy_buf *scratch, char *err, size_t errlen);

/* Appends s[0..n) as a JSON string literal (with quotes). Invalid UTF-8 is
   replaced by U+FFFD so that the output is always valid JSON. */
void dy_json_str(dy_buf *b, const char *s, size_t n);

/* The same written at o, which must have room for 6 * n + 2 bytes; returns the
   end of what was written. */
char *dy_json_put_str(char *o, const char *s, size_t n);

/* Does the buffer look like JSON Lines (first non-blank byte is '{')? */
int dy_json_looks_like(const char *s, size_t n);

/* A minimal reader of dyad's own event lines, for `dyad net` and `dyad report`:
   calls fn(ctx, key, keylen, value, vlen, is_string) for each top-level member
   whose value is a string, number, true, false or null. Strings are unescaped
   into scratch. Returns 0 or -1 with a message. */
typedef void (*dy_json_member_fn)(void *ctx, const char *key, size_t klen, const char *val, size_t vlen, int is_string);
int dy_json_members(const char *line, size_t len, dy_json_member_fn fn, void *ctx, dy_buf *scratch, char *err,
                    size_t errlen);

#endif
