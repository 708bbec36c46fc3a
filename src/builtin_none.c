/* builtin_none.c - for the dictionary compiler, which runs before there is a
   built-in dictionary to embed. */
#include "builtin.h"

const void *dy_builtin_image(size_t *len)
{
    *len = 0;
    return NULL;
}
