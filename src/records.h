/*
 * records.h - PETRARCH's unit-test records (PETR.UnitTest.records.xml):
 *
 *   <Environment> <Verbfile>..</Verbfile> <Actorfile>..</Actorfile> ... </Environment>
 *   <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
 *     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
 *     <EventCoding noevents="True"></EventCoding>
 *     <Text> ... </Text>  <Parse> ... </Parse>
 *   </Sentence>
 *
 * A small reader of this subset of XML: elements, attributes, text, comments
 * and the five predefined entities. Anything else is skipped; broken input is
 * an error with a line number, never a crash.
 */
#ifndef DYAD_RECORDS_H
#define DYAD_RECORDS_H

#include <stddef.h>
#include <stdint.h>

#define REC_MAX_EVENTS 16
#define REC_MAX_FILES 8

typedef struct dy_rec_event {
    char source[48], target[48], code[16]; /* new actors: '"THE MINISTRY OF MAGIC"' */
} dy_rec_event;

typedef struct dy_record {
    char id[64];
    char category[32];
    int32_t date;          /* YYYYMMDD, 0 when missing or invalid */
    int sentence;          /* the sentence="true" attribute */
    char *text;            /* the <Text>, whitespace collapsed (malloc) */
    int nevents;
    dy_rec_event ev[REC_MAX_EVENTS];
    int noevents;          /* noevents="True" */
    char error[32];        /* error="sentencediscard" and the like */
    unsigned line;         /* where the record starts */
    int one_sided;         /* <Config option="require_dyad" value="false"> was in force:
                              events with no target are coded too */
    int comma[6];          /* comma_min, comma_max, comma_bmin, comma_bmax, comma_emin,
                              comma_emax in force: PETR_config.ini's (TABARI's) 2, 8, 0,
                              0, 2, 8 until a <Config> changes one */
    int new_actor_len;     /* <Config option="new_actor_length"> in force (0: off) */
    int bad_parse;         /* the <Parse>'s brackets do not balance: PETRARCH's input
                              is malformed (its error="bad_input_parse") */
} dy_record;

/* The names of dy_record.comma, in order (the order of DYAD_OPT_COMMA_*). */
extern const char *const records_comma_option[6];

typedef struct dy_records {
    dy_record *r;
    size_t n, cap;
    char verbfile[256], agentfile[256], discardfile[256], issuefile[256];
    char actorfile[REC_MAX_FILES][256];
    int nactorfiles;
} dy_records;

/* Parses the records. Returns 0, or -1 with "line N: what" in err. */
int records_parse(const char *xml, size_t len, dy_records *out, char *err, size_t errlen);
void records_free(dy_records *r);

#endif
