/* validate.c - `dyad validate` (see below). */
#include "cli.h"
int cmd_validate(int argc, char **argv) { (void)argc; (void)argv; cli_error("validate: not yet"); return EXIT_USAGE; }
