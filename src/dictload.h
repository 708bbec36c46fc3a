/*
 * dictload.h - assembling a whole dictionary: dyad's source tree (dict/) with
 * the WordNet lexicon and the CAMEO tables, a PETRARCH directory, extra files.
 */
#ifndef DYAD_DICTLOAD_H
#define DYAD_DICTLOAD_H

#include "dictread.h"

#define DYAD_DEFAULT_WORDNET "/usr/share/wordnet"

/* Builds a finished dictionary from a dyad source tree:
     DIR/cameo/cameo_event_codes.tsv (and _extra), DIR/cameo/cameo_to_plover.txt
     the .txt files of DIR/verbs (PETRARCH verb format)
     every other .txt file below DIR (dyad format), in sorted path order.
   Returns 0, or -1 when a file cannot be read (problems inside files are
   reported through g and skipped). */
int dictload_source_tree(dy_dict *d, const char *dir, const char *wordnet_dir, dy_diag *g);

/* Replaces the actors, agents and verbs of `base` with a PETRARCH directory's,
   keeping its lexicon and CAMEO tables. */
int dictload_petrarch(dy_dict *d, const dy_dict *base, const char *dir, dy_diag *g);

/* Replaces the actors, agents and verbs of `base` with the given files. */
int dictload_replace(dy_dict *d, const dy_dict *base, const char *const *files, size_t n, dy_diag *g);

/* Adds files (dyad or PETRARCH format, guessed) on top of `base`. */
int dictload_extra(dy_dict *d, const dy_dict *base, const char *const *files, size_t n, dy_diag *g);

/* Reads one file of a guessed kind into a dictionary being built. */
int dictload_file(dy_dict *d, const char *path, dy_diag *g);

#endif
