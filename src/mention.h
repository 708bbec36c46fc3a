/*
 * mention.h - actors in a sentence: dictionary phrases (units), then noun
 * phrases that name an actor (mentions), with their CAMEO codes.
 *
 *   units:    longest dictionary match at each token ("Vladimir Putin",
 *             "Russian", "Defense Ministry"), with case rules so that "turkey"
 *             the bird or "may" the modal never become actors.
 *   mentions: one per noun phrase naming an actor or a role: "the Russian
 *             Defense Ministry" = RUS + ministry(MIL) = RUSMIL; "Syrian
 *             President Bashar al-Assad's troops" = SYR + troops = SYRMIL;
 *             "Russia and Turkey" = two mentions of one coordination group;
 *             "Alexander Zasypkin, the Russian ambassador to Lebanon" = one.
 */
#ifndef DYAD_MENTION_H
#define DYAD_MENTION_H

#include "lexicon.h"
#include "sent.h"

/* Finds dictionary units, discards and issues (s->units, s->tok_unit,
   s->discard, s->issues). Runs before syntax_tag, which uses the units. */
void mention_units(const dy_dict *d, dy_sent *s, dy_arena *a, dy_lexcache *cache);

/* Builds mentions from the noun-phrase chunks (s->m, s->tok_mention) and
   links coordinations and appositions. Codes are computed for `date`. */
void mention_build(const dy_dict *d, dy_sent *s, int32_t date, dy_arena *a);

/* Computes the CAMEO code of a mention at a date into out (cap bytes); "" when
   it has no actor (a bare role such as "officials" or an unresolved pronoun).
   *entry receives the actor code record used, for explanations. */
void mention_code(const dy_dict *d, const dy_mention *m, int32_t date, char *out, size_t cap,
                  const dy_actor_code **entry);

/* Combines an actor code with a role code following CAMEO: a state or place
   takes the role (IRN + MIL = IRNMIL), a named person keeps theirs unless it
   is ELI, an organisation keeps its own; prefix roles (NGO~) go in front. */
void code_combine(const char *actor, int actor_type, const char *role, int prefix, char *out, size_t cap);

/* The country part of a code ("RUSGOV" -> "RUS"), or "" for codes without one. */
void code_country(const char *code, char *out, size_t cap);

/* Does the agent entry name a person (president, minister, spokesman) rather
   than a body (ministry, army)? Used by coreference for he/she. */
int agent_is_person(const dy_dict *d, uint32_t agent);

#endif
