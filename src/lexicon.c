/*
 * lexicon.c - word classes from WordNet plus dyad's function-word list.
 */
#include "lexicon.h"

#include "words.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* ==== function words ============================================================= */

/* `replace`: the listed classes replace whatever WordNet says ("will" is not a noun
   for our purposes); otherwise they are added ("march" stays a verb and a noun). */
typedef struct closed_word { const char *w; uint32_t pos; int replace; } closed_word;

#define R 1
#define A 0
static const closed_word closed[] = {
    /* determiners and quantifiers */
    {"the", POS_DET, R}, {"a", POS_DET, R}, {"an", POS_DET, R}, {"this", POS_DET | POS_PRON, R},
    {"that", POS_DET | POS_PRON | POS_WH | POS_SCONJ, R}, {"these", POS_DET | POS_PRON, R},
    {"those", POS_DET | POS_PRON, R}, {"each", POS_DET | POS_PRON, R}, {"every", POS_DET, R},
    {"either", POS_DET | POS_CONJ, R}, {"neither", POS_DET | POS_CONJ | POS_NEG, R},
    {"some", POS_DET | POS_PRON, R}, {"any", POS_DET | POS_PRON, R}, {"no", POS_DET | POS_NEG, R},
    {"all", POS_DET | POS_PRON, R}, {"both", POS_DET | POS_PRON | POS_CONJ, R}, {"another", POS_DET | POS_PRON, R},
    {"such", POS_DET | POS_ADJ, R}, {"many", POS_DET | POS_ADJ | POS_PRON, R}, {"much", POS_DET | POS_ADV, R},
    {"several", POS_DET | POS_ADJ, R}, {"few", POS_DET | POS_ADJ, R}, {"most", POS_DET | POS_ADV, R},
    {"more", POS_DET | POS_ADV | POS_ADJ, R}, {"less", POS_DET | POS_ADV, R}, {"other", POS_ADJ | POS_PRON, R},
    {"own", POS_ADJ | POS_VERB, R},
    /* pronouns */
    {"i", POS_PRON, R}, {"me", POS_PRON, R}, {"we", POS_PRON, R}, {"us", POS_PRON, R},
    {"you", POS_PRON, R}, {"he", POS_PRON, R}, {"him", POS_PRON, R}, {"she", POS_PRON, R},
    {"it", POS_PRON, R}, {"they", POS_PRON, R}, {"them", POS_PRON, R},
    {"my", POS_POSS, R}, {"our", POS_POSS, R}, {"your", POS_POSS, R}, {"his", POS_POSS | POS_PRON, R},
    {"her", POS_POSS | POS_PRON, R}, {"its", POS_POSS, R}, {"their", POS_POSS, R},
    {"mine", POS_PRON, R}, {"ours", POS_PRON, R}, {"yours", POS_PRON, R}, {"hers", POS_PRON, R},
    {"theirs", POS_PRON, R}, {"himself", POS_PRON, R}, {"herself", POS_PRON, R}, {"itself", POS_PRON, R},
    {"themselves", POS_PRON, R}, {"ourselves", POS_PRON, R}, {"myself", POS_PRON, R},
    {"yourself", POS_PRON, R}, {"someone", POS_PRON, R}, {"somebody", POS_PRON, R}, {"anyone", POS_PRON, R},
    {"nobody", POS_PRON | POS_NEG, R}, {"everyone", POS_PRON, R}, {"everybody", POS_PRON, R},
    {"something", POS_PRON, R}, {"anything", POS_PRON, R}, {"nothing", POS_PRON | POS_NEG, R},
    {"everything", POS_PRON, R}, {"none", POS_PRON | POS_NEG, R},
    {"who", POS_PRON | POS_WH, R}, {"whom", POS_PRON | POS_WH, R}, {"whose", POS_POSS | POS_WH, R},
    {"which", POS_PRON | POS_WH | POS_DET, R}, {"what", POS_PRON | POS_WH | POS_DET, R},
    {"where", POS_WH | POS_ADV, R}, {"when", POS_WH | POS_SCONJ | POS_ADV, R}, {"why", POS_WH | POS_ADV, R},
    {"how", POS_WH | POS_ADV, R}, {"whether", POS_SCONJ, R}, {"whatever", POS_PRON | POS_DET, R},
    /* prepositions */
    {"about", POS_PREP | POS_ADV, R}, {"above", POS_PREP, R}, {"across", POS_PREP, R},
    {"after", POS_PREP | POS_SCONJ, R}, {"against", POS_PREP, R}, {"along", POS_PREP, R},
    {"amid", POS_PREP, R}, {"amidst", POS_PREP, R}, {"among", POS_PREP, R}, {"amongst", POS_PREP, R},
    {"around", POS_PREP | POS_ADV, R}, {"as", POS_PREP | POS_SCONJ, R}, {"at", POS_PREP, R},
    {"before", POS_PREP | POS_SCONJ, R}, {"behind", POS_PREP, R}, {"below", POS_PREP, R},
    {"beneath", POS_PREP, R}, {"beside", POS_PREP, R}, {"besides", POS_PREP, R},
    {"between", POS_PREP, R}, {"beyond", POS_PREP, R}, {"by", POS_PREP, R}, {"despite", POS_PREP, R},
    {"down", POS_PREP | POS_ADV, R}, {"during", POS_PREP, R}, {"except", POS_PREP, R},
    {"for", POS_PREP, R}, {"from", POS_PREP, R}, {"in", POS_PREP, R}, {"inside", POS_PREP, R},
    {"into", POS_PREP, R}, {"like", POS_PREP | POS_VERB, R}, {"near", POS_PREP | POS_ADJ, R},
    {"of", POS_PREP, R}, {"off", POS_PREP | POS_ADV, R}, {"on", POS_PREP, R}, {"onto", POS_PREP, R},
    {"out", POS_PREP | POS_ADV, R}, {"outside", POS_PREP, R}, {"over", POS_PREP | POS_ADV, R},
    {"past", POS_PREP | POS_ADJ, R}, {"per", POS_PREP, R}, {"since", POS_PREP | POS_SCONJ, R},
    {"than", POS_PREP, R}, {"through", POS_PREP, R}, {"throughout", POS_PREP, R},
    {"till", POS_PREP | POS_SCONJ, R}, {"to", POS_PREP, R}, {"toward", POS_PREP, R},
    {"towards", POS_PREP, R}, {"under", POS_PREP, R}, {"underneath", POS_PREP, R}, {"unlike", POS_PREP, R},
    {"until", POS_PREP | POS_SCONJ, R}, {"up", POS_PREP | POS_ADV, R}, {"upon", POS_PREP, R},
    {"via", POS_PREP, R}, {"with", POS_PREP, R}, {"within", POS_PREP, R}, {"without", POS_PREP | POS_NEG, R},
    {"according", POS_PREP, R}, {"regarding", POS_PREP, R}, {"concerning", POS_PREP, R},
    /* conjunctions */
    {"and", POS_CONJ, R}, {"or", POS_CONJ, R}, {"but", POS_CONJ, R}, {"nor", POS_CONJ | POS_NEG, R},
    {"yet", POS_CONJ | POS_ADV, R}, {"so", POS_CONJ | POS_ADV, R}, {"if", POS_SCONJ, R},
    {"because", POS_SCONJ, R}, {"although", POS_SCONJ, R}, {"though", POS_SCONJ | POS_ADV, R},
    {"unless", POS_SCONJ, R}, {"while", POS_SCONJ, R}, {"whereas", POS_SCONJ, R}, {"once", POS_SCONJ | POS_ADV, R},
    /* auxiliaries and modals */
    {"be", POS_AUX | POS_VERB, R}, {"am", POS_AUX, R}, {"is", POS_AUX | POS_V3SG, R}, {"are", POS_AUX, R},
    {"was", POS_AUX | POS_VPAST, R}, {"were", POS_AUX | POS_VPAST, R}, {"been", POS_AUX | POS_VPART, R},
    {"being", POS_AUX | POS_VING, R}, {"have", POS_AUX | POS_VERB, R}, {"has", POS_AUX | POS_V3SG, R},
    {"had", POS_AUX | POS_VPAST | POS_VPART, R}, {"having", POS_AUX | POS_VING, R},
    {"do", POS_AUX | POS_VERB, R}, {"does", POS_AUX | POS_V3SG, R}, {"did", POS_AUX | POS_VPAST, R},
    {"doing", POS_AUX | POS_VING, R}, {"done", POS_VPART, R},
    {"will", POS_MODAL, R}, {"would", POS_MODAL, R}, {"can", POS_MODAL, R}, {"could", POS_MODAL, R},
    {"may", POS_MODAL | POS_TIME, R}, {"might", POS_MODAL, R}, {"must", POS_MODAL, R},
    {"shall", POS_MODAL, R}, {"should", POS_MODAL, R}, {"wo", POS_MODAL, R}, {"ca", POS_MODAL, R},
    {"ought", POS_MODAL, R}, {"'ll", POS_MODAL, R}, {"'d", POS_MODAL, R}, {"'re", POS_AUX, R},
    {"'ve", POS_AUX, R}, {"'m", POS_AUX, R},
    /* adverbs WordNet also lists as nouns ("until then", "the here and now") */
    {"then", POS_ADV, R}, {"now", POS_ADV, R}, {"also", POS_ADV, R}, {"still", POS_ADV | POS_ADJ, R},
    {"again", POS_ADV, R}, {"already", POS_ADV, R}, {"soon", POS_ADV, R}, {"ever", POS_ADV, R},
    /* negation */
    {"not", POS_NEG, R}, {"n't", POS_NEG, R}, {"never", POS_NEG | POS_ADV, R},
    /* possessive clitic: the coder decides between possessive and "is" */
    {"'s", POS_POSS, R}, {"'", POS_POSS, R},
    /* time words (added to WordNet's classes) */
    {"monday", POS_TIME, A}, {"tuesday", POS_TIME, A}, {"wednesday", POS_TIME, A},
    {"thursday", POS_TIME, A}, {"friday", POS_TIME, A}, {"saturday", POS_TIME, A}, {"sunday", POS_TIME, A},
    {"january", POS_TIME, A}, {"february", POS_TIME, A}, {"march", POS_TIME, A}, {"april", POS_TIME, A},
    {"june", POS_TIME, A}, {"july", POS_TIME, A}, {"august", POS_TIME, A}, {"september", POS_TIME, A},
    {"october", POS_TIME, A}, {"november", POS_TIME, A}, {"december", POS_TIME, A},
    {"yesterday", POS_TIME, A}, {"today", POS_TIME, A}, {"tomorrow", POS_TIME, A}, {"tonight", POS_TIME, A},
    {"week", POS_TIME, A}, {"weekend", POS_TIME, A}, {"month", POS_TIME, A}, {"year", POS_TIME, A},
    {"morning", POS_TIME, A}, {"afternoon", POS_TIME, A}, {"evening", POS_TIME, A}, {"night", POS_TIME, A},
    {"weeks", POS_TIME, A}, {"months", POS_TIME, A}, {"years", POS_TIME, A}, {"days", POS_TIME, A},
    {"day", POS_TIME, A}, {"decade", POS_TIME, A}, {"hours", POS_TIME, A},
    /* titles that stand before names */
    {"mr.", POS_TITLE, R}, {"mrs.", POS_TITLE, R}, {"ms.", POS_TITLE, R}, {"dr.", POS_TITLE, R},
    {"gen.", POS_TITLE, R}, {"col.", POS_TITLE, R}, {"lt.", POS_TITLE, R}, {"sen.", POS_TITLE, R},
    {"rep.", POS_TITLE, R}, {"gov.", POS_TITLE, R}, {"prof.", POS_TITLE, R}, {"adm.", POS_TITLE, R},
    {"maj.", POS_TITLE, R}, {"capt.", POS_TITLE, R}, {"sgt.", POS_TITLE, R},
    /* reporting verbs (added) */
    {"say", POS_REPORT, A}, {"says", POS_REPORT, A}, {"said", POS_REPORT, A}, {"saying", POS_REPORT, A},
    {"tell", POS_REPORT, A}, {"tells", POS_REPORT, A}, {"told", POS_REPORT, A}, {"add", POS_REPORT, A},
    {"added", POS_REPORT, A}, {"adds", POS_REPORT, A}, {"report", POS_REPORT, A}, {"reported", POS_REPORT, A},
    {"reports", POS_REPORT, A}, {"state", POS_REPORT, A}, {"stated", POS_REPORT, A}, {"note", POS_REPORT, A},
    {"noted", POS_REPORT, A}, {"claim", POS_REPORT, A}, {"claimed", POS_REPORT, A}, {"announce", POS_REPORT, A},
    {"announced", POS_REPORT, A}, {"insisted", POS_REPORT, A}, {"explained", POS_REPORT, A},
    {"believe", POS_REPORT, A}, {"believes", POS_REPORT, A}, {"believed", POS_REPORT, A},
    {"argue", POS_REPORT, A}, {"argued", POS_REPORT, A}, {"argues", POS_REPORT, A},
    {"think", POS_REPORT, A}, {"thinks", POS_REPORT, A}, {"thought", POS_REPORT, A},
    {"indicated", POS_REPORT, A}, {"suggested", POS_REPORT, A}, {"confirmed", POS_REPORT, A},
    {"denied", POS_REPORT, A}, {"denies", POS_REPORT, A}, {"deny", POS_REPORT, A},
};
#undef R
#undef A

int lex_build_closed_class(dy_dict *d)
{
    for (size_t i = 0; i < DY_ARRAY_LEN(closed); i++) {
        uint32_t id = dict_word(d, closed[i].w, strlen(closed[i].w));
        if (!id)
            return -1;
        dy_word *w = &D_WORDS(d)[id];
        if (closed[i].replace) {
            w->pos = closed[i].pos;
            w->lemma = 0; /* "his" is not the plural of "hi" */
        }
        else
            w->pos |= closed[i].pos;
    }
    /* Contracted auxiliaries keep their base forms for lemma display. */
    static const char *const pairs[][2] = {
        {"wo", "will"}, {"ca", "can"}, {"n't", "not"}, {"'ll", "will"}, {"'d", "would"},
        {"is", "be"}, {"am", "be"}, {"are", "be"}, {"was", "be"}, {"were", "be"}, {"been", "be"},
        {"being", "be"}, {"has", "have"}, {"had", "have"}, {"having", "have"}, {"does", "do"},
        {"did", "do"}, {"doing", "do"}, {"done", "do"}, {"'re", "be"}, {"'ve", "have"}, {"'m", "be"},
    };
    for (size_t i = 0; i < DY_ARRAY_LEN(pairs); i++) {
        uint32_t a = dict_word(d, pairs[i][0], strlen(pairs[i][0]));
        uint32_t b = dict_word(d, pairs[i][1], strlen(pairs[i][1]));
        if (!a || !b)
            return -1;
        D_WORDS(d)[a].lemma = b;
    }
    return dict_oom(d) ? -1 : 0;
}

/* ==== regular inflection ============================================================ */

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* One syllable ending consonant-vowel-consonant ("stop", "plan"): double the consonant. */
static int doubles_final(const char *w, size_t n)
{
    if (n < 3 || n > 5)
        return 0;
    char c = w[n - 1], v = w[n - 2], p = w[n - 3];
    if (is_vowel(c) || c == 'w' || c == 'x' || c == 'y' || !is_vowel(v) || is_vowel(p))
        return 0;
    int vowels = 0;
    for (size_t i = 0; i < n; i++)
        vowels += is_vowel(w[i]) && (i == 0 || !is_vowel(w[i - 1]));
    return vowels == 1;
}

void lex_verb_forms(const char *w, size_t n, char *s3, char *past, char *ing, size_t cap)
{
    s3[0] = past[0] = ing[0] = 0;
    if (n == 0 || n + 4 >= cap)
        return;
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
    /* 3sg */
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')) ||
        (last == 'o' && !is_vowel(prev)))
        snprintf(s3, cap, "%.*ses", (int)n, w);
    else if (last == 'y' && !is_vowel(prev))
        snprintf(s3, cap, "%.*sies", (int)n - 1, w);
    else
        snprintf(s3, cap, "%.*ss", (int)n, w);
    /* past */
    if (last == 'e')
        snprintf(past, cap, "%.*sd", (int)n, w);
    else if (last == 'y' && !is_vowel(prev))
        snprintf(past, cap, "%.*sied", (int)n - 1, w);
    else if (doubles_final(w, n))
        snprintf(past, cap, "%.*s%ced", (int)n, w, last);
    else
        snprintf(past, cap, "%.*sed", (int)n, w);
    /* -ing */
    if (last == 'e' && n > 2 && prev == 'i')
        snprintf(ing, cap, "%.*sying", (int)n - 2, w);
    else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o' && n > 2)
        snprintf(ing, cap, "%.*sing", (int)n - 1, w);
    else if (doubles_final(w, n))
        snprintf(ing, cap, "%.*s%cing", (int)n, w, last);
    else
        snprintf(ing, cap, "%.*sing", (int)n, w);
}

static void noun_plural(const char *w, size_t n, char *out, size_t cap)
{
    out[0] = 0;
    if (n == 0 || n + 3 >= cap)
        return;
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
        snprintf(out, cap, "%.*ses", (int)n, w);
    else if (last == 'y' && !is_vowel(prev))
        snprintf(out, cap, "%.*sies", (int)n - 1, w);
    else
        snprintf(out, cap, "%.*ss", (int)n, w);
}

/* ==== WordNet ============================================================================ */

static int plain_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z') && s[i] != '-' && s[i] != '\'')
            return 0;
    return n > 0;
}

static uint8_t freq_byte(long c) { return (uint8_t)(c > 255 ? 255 : (c < 0 ? 0 : c)); }

/* Adds a form with POS bits and a base form. A form that already has a
   different lemma keeps the more frequent one. */
static int add_form(dy_dict *d, const char *form, size_t n, uint32_t pos, uint32_t lemma)
{
    uint32_t id = dict_word(d, form, n);
    if (!id)
        return -1;
    dy_word *w = &D_WORDS(d)[id];
    w->pos |= pos;
    if (lemma && lemma != id) {
        if (!w->lemma)
            w->lemma = lemma;
        else if (w->lemma != lemma) {
            const dy_word *cur = &D_WORDS(d)[w->lemma], *nw = &D_WORDS(d)[lemma];
            if (nw->vfreq + nw->nfreq > cur->vfreq + cur->nfreq)
                w->lemma = lemma;
        }
    }
    return 0;
}

/* The lexicographer file of the synset at byte `offset` of data.noun. */
static int lexfile_at(FILE *data, long offset)
{
    if (!data || fseek(data, offset, SEEK_SET) != 0)
        return 0;
    char buf[64];
    if (!fgets(buf, sizeof buf, data))
        return 0;
    const char *p = strchr(buf, ' ');
    return p ? atoi(p + 1) : 0;
}

static int read_index(dy_dict *d, const char *dir, const char *name, uint32_t pos, char *err, size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/index.%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: %s (install the Debian package wordnet-base)", path, strerror(errno));
        return -1;
    }
    FILE *data = NULL;
    if (pos == POS_NOUN) {
        snprintf(path, sizeof path, "%s/data.noun", dir);
        data = fopen(path, "r");
    }
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ')
            continue; /* licence header */
        /* lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets... */
        char *fields[64];
        int nf = 0;
        for (char *tok = strtok(line, " \n"); tok && nf < 64; tok = strtok(NULL, " \n"))
            fields[nf++] = tok;
        if (nf < 4)
            continue;
        size_t n = strlen(fields[0]);
        if (!plain_word(fields[0], n))
            continue;
        int p_cnt = atoi(fields[3]);
        long tagsense = (4 + p_cnt + 1 < nf) ? atol(fields[4 + p_cnt + 1]) : 0;
        uint32_t id = dict_word(d, fields[0], n);
        if (!id) {
            fclose(f);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        dy_word *w = &D_WORDS(d)[id];
        w->pos |= pos;
        /* Even untagged senses count a little, so that any sense beats none. */
        uint8_t fb = freq_byte(tagsense + 1);
        if (pos == POS_NOUN) {
            w->nfreq = fb;
            /* the first listed sense is the most frequent one */
            int first = 4 + p_cnt + 2;
            if (first < nf)
                w->nsem = (uint8_t)lexfile_at(data, atol(fields[first]));
            for (int k = first; k < nf && k < first + 5; k++)
                if (lexfile_at(data, atol(fields[k])) == NSEM_ARTIFACT)
                    w->nsem_artifact = 1;
        }
        else if (pos == POS_VERB)
            w->vfreq = fb;
        else if (pos == POS_ADJ)
            w->afreq = fb;
        else
            w->rfreq = fb;
    }
    fclose(f);
    if (data)
        fclose(data);
    return 0;
}

static int participle_shaped(const char *form, size_t fl)
{
    return fl > 2 && form[fl - 1] == 'n' && (form[fl - 2] == 'e' || form[fl - 2] == 'w' || form[fl - 2] == 'u');
}

/* Does verb.exc (open as f) list a participle-shaped form of base? Reads the
   file again from the start and puts the position back. */
static int has_en_participle(FILE *f, const char *base)
{
    long at = ftell(f);
    if (at < 0 || fseek(f, 0, SEEK_SET))
        return 0;
    char line[256];
    int found = 0;
    size_t bl = strlen(base);
    while (!found && fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (!sp || strncmp(sp + 1, base, bl) || (sp[1 + bl] != '\n' && sp[1 + bl] != ' ' && sp[1 + bl] != 0))
            continue;
        found = participle_shaped(line, (size_t)(sp - line));
    }
    fseek(f, at, SEEK_SET);
    return found;
}

static int read_exc(dy_dict *d, const char *dir, const char *name, uint32_t formpos, char *err, size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.exc", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *form = strtok(line, " \n"), *base = strtok(NULL, " \n");
        if (!form || !base || !plain_word(form, strlen(form)) || !plain_word(base, strlen(base)))
            continue;
        uint32_t b = dict_lookup(d, base, strlen(base));
        if (!b)
            continue;
        /* adj.exc lists "offer" as a comparative of "off": a form that is a noun or
           verb in its own right keeps only its own readings */
        if (formpos == POS_ADJ) {
            uint32_t fw = dict_lookup(d, form, strlen(form));
            if (fw && (D_WORDS(d)[fw].pos & (POS_NOUN | POS_VERB)))
                continue;
        }
        uint32_t pos = formpos;
        if (formpos == POS_VPAST) {
            /* verb.exc mixes past tenses and participles: "-en/-wn/-un" forms are
               participles ("taken", "shown", "begun"); and a past form of a verb that
               has such a participle is a past tense only ("began", "spoke", "took") */
            size_t fl = strlen(form);
            pos = POS_VPAST | POS_VPART;
            if (participle_shaped(form, fl))
                pos = POS_VPART;
            else if (has_en_participle(f, base))
                pos = POS_VPAST;
            if (fl > 3 && strcmp(form + fl - 3, "ing") == 0)
                pos = POS_VING;
            else if (fl > 1 && form[fl - 1] == 's' && strncmp(form, base, strlen(base)) != 0)
                pos = POS_V3SG;
        }
        if (add_form(d, form, strlen(form), pos, b)) {
            fclose(f);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    fclose(f);
    return 0;
}

int lex_build_wordnet(dy_dict *d, const char *dir, char *err, size_t errlen)
{
    static const struct { const char *name; uint32_t pos; } idx[] = {
        {"noun", POS_NOUN}, {"verb", POS_VERB}, {"adj", POS_ADJ}, {"adv", POS_ADV},
    };
    for (size_t i = 0; i < DY_ARRAY_LEN(idx); i++)
        if (read_index(d, dir, idx[i].name, idx[i].pos, err, errlen))
            return -1;
    /* Irregular forms first: where a regular form would be wrong, the exception wins. */
    if (read_exc(d, dir, "verb", POS_VPAST, err, errlen) || read_exc(d, dir, "noun", POS_NOUN | POS_PLURAL, err, errlen) ||
        read_exc(d, dir, "adj", POS_ADJ, err, errlen))
        return -1;
    /* verb.exc leaves out the verbs whose past is their base form: "Saudi Arabia
       cut diplomatic ties", "India hit back" */
    static const char *const same_past[] = {"cut", "hit", "put", "set", "shut", "quit", "cost", "spread", "bid",
                                            "burst", "thrust", "upset", "let", "shed", "split", "beat", "cast",
                                            "broadcast", "forecast", "hurt", "bet", "rid", "slit", "strut"};
    for (size_t i = 0; i < DY_ARRAY_LEN(same_past); i++) {
        uint32_t b = dict_lookup(d, same_past[i], strlen(same_past[i]));
        if (b && (D_WORDS(d)[b].pos & POS_VERB) &&
            add_form(d, same_past[i], strlen(same_past[i]), POS_VPAST | POS_VPART, b)) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    /* Regular inflections of every single-word verb and noun lemma. The loop covers
       the words present before it started, not the forms it adds. */
    uint32_t nwords = DICT_N(d, DT_WORD);
    char s3[128], past[128], ing[128];
    for (uint32_t id = 1; id < nwords; id++) {
        dy_word w = D_WORDS(d)[id];
        if (w.lemma)
            continue; /* an inflected form itself */
        const char *s = dict_s(d, w.s);
        size_t n = w.s.len;
        if (!plain_word(s, n) || n < 2)
            continue;
        char buf[128];
        if (n >= sizeof buf - 8)
            continue;
        memcpy(buf, s, n);
        buf[n] = 0;
        if (w.pos & POS_VERB) {
            lex_verb_forms(buf, n, s3, past, ing, sizeof s3);
            if (add_form(d, s3, strlen(s3), POS_V3SG, id) || add_form(d, past, strlen(past), POS_VPAST | POS_VPART, id) ||
                add_form(d, ing, strlen(ing), POS_VING, id))
                goto oom;
        }
        if ((w.pos & POS_NOUN) && !(w.pos & POS_PLURAL)) {
            noun_plural(buf, n, s3, sizeof s3);
            /* Keep existing plural exceptions: "man" has "men", not "mans". */
            if (!dict_lookup(d, s3, strlen(s3)) || (D_WORDS(d)[dict_lookup(d, s3, strlen(s3))].pos & POS_NOUN) == 0)
                if (add_form(d, s3, strlen(s3), POS_NOUN | POS_PLURAL, id))
                    goto oom;
        }
    }
    return dict_oom(d) ? -1 : 0;
oom:
    snprintf(err, errlen, "out of memory");
    return -1;
}

/* ==== run time ============================================================================ */

uint32_t lex_analyze(const dy_dict *d, const char *w, size_t n, uint32_t *pos)
{
    /* Suffix rules in the spirit of WordNet's morphy: strip, look up, accept a base
       that has the matching class. */
    static const struct { const char *suf, *rep; uint32_t need, give; } rules[] = {
        {"ies", "y", POS_VERB | POS_NOUN, POS_V3SG | POS_NOUN | POS_PLURAL},
        {"es", "", POS_VERB | POS_NOUN, POS_V3SG | POS_NOUN | POS_PLURAL},
        {"s", "", POS_VERB | POS_NOUN, POS_V3SG | POS_NOUN | POS_PLURAL},
        {"ied", "y", POS_VERB, POS_VPAST | POS_VPART},
        {"ed", "e", POS_VERB, POS_VPAST | POS_VPART},
        {"ed", "", POS_VERB, POS_VPAST | POS_VPART},
        {"ing", "e", POS_VERB, POS_VING},
        {"ing", "", POS_VERB, POS_VING},
    };
    char buf[64];
    if (n >= sizeof buf - 4)
        return 0;
    for (size_t i = 0; i < DY_ARRAY_LEN(rules); i++) {
        size_t sl = strlen(rules[i].suf);
        if (n <= sl + 1 || memcmp(w + n - sl, rules[i].suf, sl) != 0)
            continue;
        size_t bl = n - sl;
        memcpy(buf, w, bl);
        size_t rl = strlen(rules[i].rep);
        memcpy(buf + bl, rules[i].rep, rl);
        bl += rl;
        uint32_t id = dict_lookup(d, buf, bl);
        if (id && (D_WORDS(d)[id].pos & rules[i].need)) {
            uint32_t have = D_WORDS(d)[id].pos;
            uint32_t give = rules[i].give;
            if (!(have & POS_VERB))
                give &= ~(POS_V3SG | POS_VPAST | POS_VPART | POS_VING);
            if (!(have & POS_NOUN))
                give &= ~(POS_NOUN | POS_PLURAL);
            *pos = give;
            return id;
        }
    }
    return 0;
}

/* The word's entry, or its analysis by suffix rules when it has none. */
static void lex_word(const dy_dict *d, dy_token *t)
{
    t->word = dict_lookup(d, t->key, t->keylen);
    if (!t->word && (t->flags & TF_ABBR) && t->keylen > 1) /* "Gen." -> "gen" */
        t->word = dict_lookup(d, t->key, t->keylen - 1);
    if (t->kind == TK_NUM) {
        t->pos = POS_NUM;
        return;
    }
    if (t->word) {
        const dy_word *w = &D_WORDS(d)[t->word];
        t->pos = w->pos;
        t->lemma = w->lemma ? w->lemma : t->word;
    } else {
        uint32_t pos = 0;
        uint32_t base = lex_analyze(d, t->key, t->keylen, &pos);
        if (base) {
            t->lemma = base;
            t->pos = pos;
        }
    }
}

/* The words.h ids of a token whose word and lemma are known: of its key, and of
   the form lemma_in() compares, the lemma's text, else the word's, else the key. */
static void lex_rule_words(const dy_dict *d, dy_token *t)
{
    t->rw = words_find(t->key, t->keylen);
    uint32_t l = t->lemma ? t->lemma : t->word;
    if (!l) {
        t->rl = t->rw;
        return;
    }
    dy_str w = D_WORDS(d)[l].s;
    t->rl = words_find(dict_s(d, w), w.len);
}

/* The cache set of a word token's key, asked for (prefetched) now and read
   later, and the key's hash; NULL (hash 0) for a token the cache does not keep
   (punctuation, numbers, "Gen.", long keys): the answer depends on the key
   and, for "Gen.", on the period. */
static dy_lexcache_slot *cache_set(dy_lexcache *cache, const dy_token *t, uint64_t *h)
{
    *h = 0;
    if (!cache || t->kind != TK_WORD || (t->flags & TF_ABBR) || !t->key || t->keylen == 0 || t->keylen > LEX_CACHE_KEY)
        return NULL;
    *h = dy_hash(t->key, t->keylen);
    dy_lexcache_slot *set = &cache->slot[(*h & (LEX_CACHE_SLOTS / 2 - 1)) * 2];
    DY_PREFETCH(set);
    DY_PREFETCH(set + 1); /* a set of two 48-byte slots spans two lines */
    return set;
}

void lex_tag_tokens(const dy_dict *d, dy_lexcache *cache, const char *text, dy_token *toks, size_t n)
{
    (void)text;
    if (cache && cache->d != d) {
        memset(cache->slot, 0, sizeof cache->slot);
        memset(cache->punct, 0, sizeof cache->punct);
        memset(cache->trie, 0, sizeof cache->trie);
        cache->d = d;
    }
    /* The cache is too large for the nearest cache of the processor, and its
       sets are read in no order: each token's set is asked for AHEAD tokens
       before it is read, so that the reads overlap instead of waiting in turn. */
    enum { AHEAD = 8 };
    dy_lexcache_slot *sets[AHEAD];
    uint64_t hashes[AHEAD];
    for (size_t k = 0; k < n && k < AHEAD; k++)
        sets[k] = cache_set(cache, &toks[k], &hashes[k]);
    for (size_t i = 0; i < n; i++) {
        dy_token *t = &toks[i];
        dy_lexcache_slot *set = sets[i % AHEAD];
        uint64_t h = hashes[i % AHEAD];
        if (i + AHEAD < n)
            sets[i % AHEAD] = cache_set(cache, &toks[i + AHEAD], &hashes[i % AHEAD]);
        if (t->kind == TK_PUNCT || t->kind == TK_QUOTE) {
            t->pos = POS_PUNCT;
            if (cache && t->key && t->keylen == 1) {
                /* (a punctuation token has no lemma and its word is its key:
                   both ids are the key's) */
                unsigned char ch = (unsigned char)t->key[0];
                uint32_t *e = &cache->punct[ch];
                if (!*e) {
                    *e = dict_lookup(d, t->key, 1) + 1;
                    cache->punct_rw[ch] = words_find(t->key, 1);
                }
                t->word = *e - 1;
                t->rw = t->rl = cache->punct_rw[ch];
                continue;
            }
            t->word = t->key ? dict_lookup(d, t->key, t->keylen) : 0;
            lex_rule_words(d, t);
            continue;
        }
        if (!set) {
            lex_word(d, t);
            lex_rule_words(d, t);
            continue;
        }
        /* two ways a set: the newest answer first, the one it displaced second */
        const dy_lexcache_slot *e = NULL;
        for (int w = 0; w < 2 && !e; w++)
            if (set[w].hash == h && set[w].len == t->keylen && memcmp(set[w].key, t->key, t->keylen) == 0)
                e = &set[w];
        if (e) {
            t->word = e->word;
            t->lemma = e->lemma;
            t->pos = e->pos;
            t->rw = e->rw;
            t->rl = e->rl;
            continue;
        }
        uint32_t lemma0 = t->lemma, pos0 = t->pos;
        lex_word(d, t);
        lex_rule_words(d, t);
        /* a token's lemma and pos start out empty: what lex_word leaves is the
           whole answer, the same for every token of this key */
        if (lemma0 == 0 && pos0 == 0) {
            set[1] = set[0];
            dy_lexcache_slot *n = &set[0];
            n->hash = h;
            n->len = (uint8_t)t->keylen;
            memcpy(n->key, t->key, t->keylen);
            n->word = t->word;
            n->lemma = t->lemma;
            n->pos = t->pos;
            n->rw = t->rw;
            n->rl = t->rl;
        }
    }
}

uint32_t lex_trie_next(const dy_dict *d, dy_lexcache *cache, uint32_t node, uint32_t word, uint64_t *kids)
{
    if (!cache || cache->d != d || !word) {
        uint32_t child = dict_trie_next(d, node, word);
        *kids = dict_node_kids(d, child);
        return child;
    }
    /* two ways a set, as for the words */
    dy_triecache_slot *set =
        &cache->trie[((uint32_t)dy_hash_u64((uint64_t)node << 32 | word) & (TRIE_CACHE_SLOTS / 2 - 1)) * 2];
    for (int w = 0; w < 2; w++)
        if (set[w].word == word && set[w].node == node) {
            *kids = set[w].kids;
            return set[w].child;
        }
    set[1] = set[0];
    set[0].node = node;
    set[0].word = word;
    set[0].child = dict_trie_next(d, node, word);
    set[0].kids = *kids = dict_node_kids(d, set[0].child);
    return set[0].child;
}
