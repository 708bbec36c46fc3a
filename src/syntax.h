/*
 * syntax.h - word classes in context, noun-phrase chunks, verb groups and the
 * subject of a verb (see syntax.c).
 */
#ifndef DYAD_SYNTAX_H
#define DYAD_SYNTAX_H

#include "sent.h"

/* Chooses one word class per token (s->tag), using s->units for dictionary phrases. */
void syntax_tag(const dy_dict *d, dy_sent *s);
/* Noun-phrase chunks (s->np, s->tok_np). */
void syntax_chunk(dy_sent *s, dy_arena *a);
/* Verb groups (s->vg, s->tok_vgroup), with dictionary verb entries matched. */
void syntax_verb_groups(const dy_dict *d, dy_sent *s, dy_arena *a);
/* Does token i end a clause when scanning for objects? */
int syntax_is_boundary(const dy_sent *s, int i);
/* Is the verb at this token one whose object is the subject of a following infinitive? */
int syntax_object_control(const dy_sent *s, int verb_tok);
/* The noun phrase that is the subject of verb group vgi, or -1. *via is set when
   the verb is coordinated with an earlier one and shares its subject. */
int syntax_subject_np(const dy_sent *s, int vgi, int *via);

#endif
