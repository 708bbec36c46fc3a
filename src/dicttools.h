/*
 * dicttools.h - the work behind `dyad dict check` and `dyad dict convert`.
 */
#ifndef DYAD_DICTTOOLS_H
#define DYAD_DICTTOOLS_H

#include "dictread.h"

/* Lints a dyad source tree (dict/): codes that are not CAMEO actor codes,
   overlapping or inverted date ranges, one name with conflicting codes in two
   entries, an alias that hides a more specific entry of another kind, event
   codes of verb patterns missing from the CAMEO table. Appends one line per
   problem ("file:line: what") to report and returns their number, or -1 when
   the tree cannot be read (the reason is in report). The nfiles files (dyad
   or PETRARCH format, as `dyad code --dict` takes them) are read on top of the
   tree and their entries linted too, but for name conflicts: giving a name
   another code is what a user dictionary is for. */
long dicttools_check(const char *dir, const char *wordnet_dir, const char *const *files, size_t nfiles,
                     dy_buf *report);

/* Converts PETRARCH actor and agent files into dyad's source format. Returns 0,
   or -1 with messages through g. */
int dicttools_convert(const char *const *files, size_t n, dy_buf *out, dy_diag *g);

#endif
