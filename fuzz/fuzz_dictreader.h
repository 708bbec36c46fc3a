/*
 * fuzz_dictreader.h - the body of the dictionary-reader targets: the input is
 * one dictionary file, read on top of a small base dictionary (the lexicon and
 * small verb, actor and agent dictionaries, so that whatever the input adds can
 * meet the rest while coding), then compiled, loaded back and used.
 *
 * A target includes this after defining FUZZ_READER (the reader under test),
 * FUZZ_FILE_NAME (the scratch file's name) and FUZZ_BASE_* (which of the base
 * snippets to read: the one for the reader under test is left out).
 */
#ifndef DYAD_FUZZ_DICTREADER_H
#define DYAD_FUZZ_DICTREADER_H

#include "fuzz_common.h"

#ifdef FUZZ_BASE_VERBS
static const char fuzz_base_verbs[] =
    "&CURRENCY\n+DOLLARS\n+EUROS\n\n"
    "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n- * WITH + [040]\n- + AND $ * [040]\n\n"
    "--- VISIT [042:043] ---\nVISIT\n- * + [042]\n\n"
    "--- ATTACK [190] ---\nATTACK\n- * + WITH &CURRENCY [193]\nLAUNCH_+ATTACK [190]\n\n"
    "--- SAY [010] ---\nSAY\n- * + WILL VISIT [036]\n";
#endif
#ifdef FUZZ_BASE_ACTORS
static const char fuzz_base_actors[] =
    "RUSSIA_ [RUS]\n+MOSCOW\n+RUSSIAN\nTURKEY_ [TUR]\n+ANKARA\n"
    "VLADIMIR_PUTIN_ [RUSGOV 000101-301231]\n[RUSELI <000101]\nIRAN [IRN]\n+IRANIAN\n";
#endif
#ifdef FUZZ_BASE_AGENTS
static const char fuzz_base_agents[] =
    "!MINST! = MINISTER, MINISTRY\nPRESIDENT [~GOV]\nFOREIGN_!MINST! [~GOV]\nTROOPS {} [~MIL]\n";
#endif

static dy_dict fuzz_base;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_base_lexicon(&fuzz_base);
#ifdef FUZZ_BASE_VERBS
    fuzz_read_snippet(&fuzz_base, read_petrarch_verbs, "base-verbs.txt", fuzz_base_verbs);
#endif
#ifdef FUZZ_BASE_ACTORS
    fuzz_read_snippet(&fuzz_base, read_petrarch_actors, "base-actors.txt", fuzz_base_actors);
#endif
#ifdef FUZZ_BASE_AGENTS
    fuzz_read_snippet(&fuzz_base, read_petrarch_agents, "base-agents.txt", fuzz_base_agents);
#endif
    FUZZ_CHECK(dict_build_finish(&fuzz_base) == 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[512];
    fuzz_tmp_path(path, sizeof path, FUZZ_FILE_NAME);
    fuzz_write_file(path, data, size);
    dy_dict d;
    FUZZ_CHECK(dict_build_from(&d, &fuzz_base, DICT_COPY_ALL) == 0);
    dy_diag g;
    fuzz_diag_ctx dc;
    fuzz_diag_init(&g, &dc, path, data, size);
    /* The file is readable and memory does not run out: problems inside the
       file are reported and skipped, never a failure of the whole read. */
    FUZZ_CHECK(FUZZ_READER(&d, path, &g) == 0);
    remove(path);
    fuzz_compile_and_code(&d, (const char *)data, size);
    dict_free(&d);
    return 0;
}

#endif
