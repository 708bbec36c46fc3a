/* dict.c - `dyad dict` (see below). */
#include "cli.h"
int cmd_dict(int argc, char **argv) { (void)argc; (void)argv; cli_error("dict: not yet"); return EXIT_USAGE; }
