/* builtin.S - embeds the compiled dictionary (build/dyad.dict) in libdyad,
   16-byte aligned so that it can be used in place, without copying. */
    .section .rodata
    .balign 16
    .globl dyad_builtin_dict
    .type dyad_builtin_dict, @object
dyad_builtin_dict:
    .incbin DYAD_DICT_FILE
    .globl dyad_builtin_dict_end
dyad_builtin_dict_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
