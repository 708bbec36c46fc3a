/* builtin_blob.c - the compiled dictionary embedded by builtin.S. */
#include "builtin.h"

extern const unsigned char dyad_builtin_dict[];
extern const unsigned char dyad_builtin_dict_end[];

const void *dy_builtin_image(size_t *len)
{
    *len = (size_t)(dyad_builtin_dict_end - dyad_builtin_dict);
    return dyad_builtin_dict;
}
