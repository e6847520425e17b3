/* runtime/py/syntax_error.h — a syntax error found by the tokenizer or the parser, and
 * the text CPython 3.11 prints for it.
 *
 * The fields are those of the SyntaxError CPython 3.11 raises when it runs a file:
 * lineno/end_lineno 1-based; offset/end_offset 1-based columns, end_offset one past
 * the last column to underline (0 or -1: no end, one caret; offset 0: no caret).
 * Columns of tokenizer errors count characters; columns of parser errors count UTF-8
 * bytes, because CPython only converts them when a file declares its encoding — so on
 * a line with non-ASCII text the caret lands where CPython's does, not under the
 * character. The message is worded exactly as CPython 3.11 words it. A program that
 * stores these on a SyntaxError object gets the attributes CPython's has. */
#ifndef TASKSCOPE_PY_SYNTAX_ERROR_H
#define TASKSCOPE_PY_SYNTAX_ERROR_H
#include <stddef.h>

/* The exception class CPython raises for the error. */
typedef enum {
  PY_SYNERR_SyntaxError = 1,
  PY_SYNERR_IndentationError,          /* a subclass of SyntaxError */
  PY_SYNERR_TabError,                  /* a subclass of IndentationError */
  PY_SYNERR_MemoryError                /* not a syntax error: the arena ran out */
} py_syntax_error_type;

typedef struct {
  py_syntax_error_type type;
  char msg[240];                       /* the message, NUL-terminated */
  int lineno, offset;                  /* where the underline starts (0 = unknown) */
  int end_lineno, end_offset;          /* where it ends (0 = unknown) */
  int msg_has_filename;                /* msg holds one "%s" for the file name */
  int text_without_newline;            /* the tokenizer's own errors quote the line
                                          without its newline */
  char text[160];                      /* the line to quote, when it is not the source's
                                          line lineno (f-string expressions); "" if so */
} py_syntax_error;

/* Returns the class name CPython prints ("SyntaxError", "IndentationError", ...). */
const char *py_syntax_error_type_name(py_syntax_error_type t);

/* Writes the report CPython prints for an uncaught SyntaxError in a file:
 *     File "prog.py", line 3
 *       if x
 *           ^
 *   SyntaxError: expected ':'
 * given the program's source (to quote the line). Writes at most cap bytes into buf
 * (NUL-terminated when cap > 0) and returns the length of the whole report, as
 * snprintf does. */
size_t py_syntax_error_format(const py_syntax_error *e, const char *filename,
                              const char *src, size_t src_len, char *buf, size_t cap);

/* Makes the error pending as the instance CPython raises (SyntaxError, IndentationError
 * or TabError with filename, lineno, offset, text, end_lineno, end_offset; MemoryError
 * for PY_SYNERR_MemoryError). src/n: the source, to quote the line (src may be NULL).
 * Lives in errors.c, which has the object system this header does not need. */
void py__raise_syntax_error(const py_syntax_error *e, const char *filename, const char *src,
                            size_t n);

#endif
