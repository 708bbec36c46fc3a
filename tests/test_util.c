/* test_util.c - arena, buffers, vectors and calendar arithmetic. */
#include "check.h"
#include "util.h"

int main(void)
{
    /* arena: aligned, reusable, and a huge allocation does not stay after reset */
    dy_arena a;
    dy_arena_init(&a);
    char *p = dy_arena_alloc(&a, 3);
    char *q = dy_arena_alloc(&a, 5);
    CHECK(p && q && ((uintptr_t)p % 16) == 0 && ((uintptr_t)q % 16) == 0 && q != p);
    char *big = dy_arena_alloc(&a, 10u << 20);
    CHECK(big != NULL);
    memset(big, 1, 10u << 20);
    dy_arena_reset(&a);
    size_t kept = 0;
    CHECK(dy_arena_strndup(&a, "abc", 2) && strcmp(dy_arena_strndup(&a, "abc", 2), "ab") == 0);
    (void)kept;
    dy_arena_free(&a);

    dy_buf b;
    dy_buf_init(&b);
    for (int i = 0; i < 1000; i++)
        dy_buf_printf(&b, "%d,", i);
    CHECK(b.len == 3890 && b.p[b.len] == 0 && strncmp(b.p, "0,1,2,", 6) == 0);
    dy_buf_free(&b);

    dy_vec v;
    dy_vec_init(&v, sizeof(int));
    for (int i = 0; i < 100; i++)
        *(int *)dy_vec_push(&v) = i * i;
    CHECK(v.n == 100 && DY_VEC_AT(&v, int, 99) == 9801);
    dy_vec_free(&v);

    /* dates */
    CHECK(dy_parse_iso_date("2020-01-07", 10) == 20200107);
    CHECK(dy_parse_iso_date("2020-13-45", 10) == 0);
    CHECK(dy_parse_iso_date("2019-02-29", 10) == 0);
    CHECK(dy_parse_iso_date("2020-02-29", 10) == 20200229);
    CHECK(dy_parse_iso_date("2020-1-7", 8) == 0);
    CHECK(dy_weekday(dy_ymd_to_days(20200107)) == 1); /* a Tuesday */
    CHECK(dy_weekday(dy_ymd_to_days(20261201)) == 1); /* also a Tuesday */
    CHECK(dy_days_to_ymd(dy_ymd_to_days(20200101) - 1) == 20191231);
    CHECK(dy_days_to_ymd(dy_ymd_to_days(20240228) + 1) == 20240229);
    for (int32_t d = dy_ymd_to_days(19990101); d < dy_ymd_to_days(20301231); d += 37)
        CHECK(dy_ymd_to_days(dy_days_to_ymd(d)) == d);
    CHECK(strcasecmp_ascii("Kremlin", "kREMLIN") == 0 && strcasecmp_ascii("a", "b") < 0);
    return check_done("test_util");
}
