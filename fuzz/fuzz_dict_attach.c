/*
 * fuzz_dict_attach.c - the loader of compiled dictionaries (src/dict.c
 * dict_attach): a corrupt or truncated image must be rejected, and an image it
 * accepts must be safe to use. The target compiles a small real dictionary in
 * its init; an input is then either
 *   - a whole image (it starts with the magic "DYADDIC1"), or
 *   - a list of 10-byte edits to the real image: [table u8][offset u32][value u32][op u8]
 *     where table picks the header or one section, offset a byte in it, and op
 *     one of: write a u32, write a byte, add to a u32, write a boundary value
 *     (0, 1, n-1, n, n+1, ~0 ... of some table's size), truncate the image
 *     (optionally keeping the header's size in step), make the header's size
 *     match the length, fill from the offset to the end of the section with a u32.
 * An accepted image is prepared and used: a dictionary file is added on top of
 * it (as --dict does) and sentences are coded and explained with both.
 *
 * DYAD_FUZZ_DUMP_IMAGE=FILE writes the init image to FILE (to make seeds).
 */
#include "dictload.h"
#include "fuzz_common.h"

/* The on-disk header (src/dict.h); checked against the real image at init. */
typedef dy_dict_file_header img_header;

static unsigned char *image;
static size_t image_len;
static char extra_path[512];

static const char extra_dict[] =
    "actor Recep Tayyip Erdogan | Erdogan\n  code TURGOV 2014-08-28..\n  code TURELI ..2014-08-27\n  type person\n"
    "agent foreign minister\n  code ~GOV\ndiscard football match\n  scope story\nissue nuclear weapon\n  code NUCLEAR\n";

static const char *const probes[] = {
    "The president met the ministers on Monday in Moscow.",
    "Russian troops attacked Iranian forces with dollars, the foreign minister said.",
    "Putin said Erdogan will visit Ankara next week. He fled.",
    "Erdogan and Putin met to launch an attack on the nuclear weapon football match.",
};

static void remove_extra(void) { remove(extra_path); }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dy_dict d;
    fuzz_base_lexicon(&d);
    fuzz_read_snippet(&d, read_petrarch_verbs, "attach-verbs.txt",
                      "&CURRENCY\n+DOLLARS\n+EUROS\n+&CURRENCY\n\n--- MEET [040] ---\nMEET {MET MEETS MEETING}\n"
                      "- * WITH + [040]\n- + AND $ * [040]\n- {$ AND} * + [042:043]\n\n--- ATTACK [190] ---\nATTACK\n"
                      "- * + WITH &CURRENCY [193]\n- ^ $ * + [190]\nLAUNCH_+ATTACK [190]\n\n--- FLEE [---] ---\nFLEE\n");
    fuzz_read_snippet(&d, read_petrarch_actors, "attach-actors.txt",
                      "RUSSIA_ [RUS]\n+MOSCOW\n+RUSSIAN\nTURKEY_ [TUR]\n+ANKARA\nVLADIMIR_PUTIN_ [RUSGOV 000101-301231]\n"
                      "[RUSELI <000101]\nIRAN [IRN]\n+IRANIAN\n");
    fuzz_read_snippet(&d, read_petrarch_agents, "attach-agents.txt",
                      "!MINST! = MINISTER, MINISTRY\nPRESIDENT [~GOV]\nFOREIGN_!MINST! [~GOV]\nTROOPS {} [~MIL]\n");
    fuzz_read_snippet(&d, read_petrarch_issues, "attach-issues.txt", "n:dollar [ECONOMY]\n");
    FUZZ_CHECK(dict_build_finish(&d) == 0);
    char path[512], err[512];
    fuzz_tmp_path(path, sizeof path, "attach.dict");
    FUZZ_CHECK(dict_save(&d, path, err, sizeof err) == 0);
    dict_free(&d);
    size_t len;
    char *bytes = read_whole_file(path, &len, err, sizeof err);
    FUZZ_CHECK(bytes != NULL);
    remove(path);
    FUZZ_CHECK(posix_memalign((void **)&image, 16, len) == 0);
    memcpy(image, bytes, len);
    free(bytes);
    image_len = len;
    img_header h;
    FUZZ_CHECK(len >= sizeof h);
    memcpy(&h, image, sizeof h);
    FUZZ_CHECK(h.size == len && h.ntables == DT__COUNT);
    FUZZ_CHECK(dict_attach(&d, image, len, err, sizeof err) == 0);
    for (int i = 0; i < DT__COUNT; i++)
        FUZZ_CHECK(h.tab[i].n == DICT_N(&d, i));
    const char *dump = getenv("DYAD_FUZZ_DUMP_IMAGE");
    if (dump)
        fuzz_write_file(dump, image, image_len);
    fuzz_tmp_path(extra_path, sizeof extra_path, "attach-extra.txt");
    fuzz_write_file(extra_path, extra_dict, sizeof extra_dict - 1);
    atexit(remove_extra);
    return 0;
}

static uint32_t rd32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

/* Applies the edits to a copy of the real image; returns it (16-aligned, of
   exactly *len bytes, so that the sanitizer sees any read past the end). */
static unsigned char *edited_image(const uint8_t *data, size_t size, size_t *len)
{
    unsigned char *w = malloc(image_len);
    FUZZ_CHECK(w != NULL);
    memcpy(w, image, image_len);
    img_header h;
    memcpy(&h, image, sizeof h);
    size_t n = image_len;
    for (size_t i = 0; i + 10 <= size; i += 10) {
        unsigned table = data[i] % (DT__COUNT + 1);
        uint32_t off = rd32(data + i + 1), val = rd32(data + i + 5);
        unsigned op = data[i + 9] % 7;
        size_t base = 0, span = sizeof h;
        if (table < DT__COUNT) {
            base = (size_t)h.tab[table].off;
            span = (size_t)h.tab[table].n * h.tab[table].item;
        }
        if (span == 0)
            continue;
        size_t at = base + off % span;
        if (op == 0 || op == 2 || op == 3 || op == 6)
            at &= ~(size_t)3;
        if (op == 4) {
            n = (size_t)off % (n + 1);
            if (val & 1 && n >= 16)
                memcpy(w + 16, &(uint64_t){n}, 8);
            continue;
        }
        if (op == 5) {
            if (n >= 24)
                memcpy(w + 16, &(uint64_t){n}, 8);
            continue;
        }
        if (op == 6) {
            for (size_t k = at & ~(size_t)3; k + 4 <= base + span && k + 4 <= n; k += 4)
                memcpy(w + k, &val, 4);
            continue;
        }
        if (at + 4 > n)
            continue;
        uint32_t cur;
        memcpy(&cur, w + at, 4);
        if (op == 0)
            cur = val;
        else if (op == 1) {
            w[at] = (unsigned char)val;
            continue;
        } else if (op == 2)
            cur += val;
        else {
            uint32_t tn = h.tab[(val >> 3) % DT__COUNT].n;
            const uint32_t pick[8] = {0, 1, tn - 1, tn, tn + 1, 0xFFFFFFFFu, 0x7FFFFFFFu, 0x80000000u | (val >> 16)};
            cur = pick[val & 7];
        }
        memcpy(w + at, &cur, 4);
    }
    unsigned char *out = NULL;
    FUZZ_CHECK(posix_memalign((void **)&out, 16, n ? n : 1) == 0);
    memcpy(out, w, n);
    free(w);
    *len = n;
    return out;
}

static void use(const dyad_dict *dd)
{
    dyad_coder *c = dyad_coder_new(dd);
    FUZZ_CHECK(c != NULL);
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        const dyad_result *r;
        const char *trace;
        FUZZ_CHECK(dyad_explain(c, 20200107, probes[i], strlen(probes[i]), &r, &trace) == 0);
        for (size_t k = 0; k < r->nevents; k++)
            (void)dyad_event_json(r, k, "fuzz", DYAD_JSON_PLOVER | DYAD_JSON_DEBUG, NULL, 0);
    }
    const char *report;
    FUZZ_CHECK(dyad_lookup(c, 20200107, "Russia's foreign minister", 25, &report) >= 0);
    dyad_coder_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *img;
    size_t len;
    if (size >= 8 && memcmp(data, "DYADDIC1", 8) == 0) {
        img = NULL;
        FUZZ_CHECK(posix_memalign((void **)&img, 16, size) == 0);
        memcpy(img, data, size);
        len = size;
    } else
        img = edited_image(data, size, &len);
    struct dyad_dict dd;
    char err[512];
    err[0] = 0;
    if (dict_attach(&dd.d, img, len, err, sizeof err) != 0) {
        FUZZ_CHECK(err[0] != 0); /* rejected, and says why */
        free(img);
        return 0;
    }
    FUZZ_CHECK(dict_prepare(&dd.d) == 0);
    use(&dd);
    /* a dictionary file on top of the image, as --dict-compiled with --dict does */
    struct dyad_dict ex;
    dy_diag g;
    memset(&g, 0, sizeof g);
    const char *files[1] = {extra_path};
    FUZZ_CHECK(dictload_extra(&ex.d, &dd.d, files, 1, &g) == 0);
    FUZZ_CHECK(dict_prepare(&ex.d) == 0);
    use(&ex);
    dict_free(&ex.d);
    dict_free(&dd.d);
    free(img);
    return 0;
}
