/* runtime/py/lexer.h — Python 3.11 source text to tokens.
 *
 * The lexer reads the whole program at once and gives every token in an array, so the
 * parser may look ahead and back up freely. It follows CPython 3.11's tokenizer: the
 * same INDENT/DEDENT rules (tab stops of 8, and a second count with tabs as 1 column to
 * catch inconsistent tabs), implicit line joining inside brackets, backslash
 * continuation, and the same errors at the same places.
 *
 * A tokenizer error does not stop the array: the tokens before it are kept, and the
 * parser reports the error when it reaches that point (or, for the errors CPython
 * reports from a full scan of the source, even when the parser fails earlier). */
#ifndef TASKSCOPE_PY_LEXER_H
#define TASKSCOPE_PY_LEXER_H
#include <stddef.h>

#include "py/syntax_error.h"
#include "py/token.h"

/* How a tokenizer error competes with a parser error found earlier in the file. */
typedef enum {
  PY_LEXERR_NONE = 0,
  PY_LEXERR_RAISED,        /* CPython raises it at once: it wins over a parser error */
  PY_LEXERR_QUIET,         /* indentation errors: reported only when the parser gets there */
  PY_LEXERR_EOF_IN_PAREN   /* EOF inside brackets: "'(' was never closed", see below */
} py_lexer_error_kind;

typedef struct {
  const char *src;             /* the source, line ends normalized to \n (owned) */
  size_t len;
  size_t *line_starts;         /* byte offset of each line: line n starts at [n-1] */
  int nlines;
  py_token *tokens;            /* count tokens; the last is ENDMARKER unless error */
  size_t count;
  /* The error, if any: it happens after tokens[0..count). */
  py_lexer_error_kind error_kind;
  py_syntax_error error;
  /* The innermost bracket still open where the error happened, if any: CPython then
   * reports "'(' was never closed" instead of a parser error on a later line. */
  int has_unclosed;
  int paren_lineno, paren_col;
  char paren_char;
  py_syntax_error unclosed;     /* that report */
  /* private */
  size_t cap_tokens, cap_lines, src_size;
} py_tokens;

/* Tokenizes src. Returns 0, with *out filled (a tokenizer error is reported in
 * out->error_kind, not by the return value), or -1 when out of memory. */
int py_lexer_tokenize(const char *src, size_t len, py_tokens *out);

/* How the input came, for py_lexer_tokenize_as (flags may be or-ed). */
enum {
  PY_LEX_NO_FINAL_NEWLINE = 1, /* a string for eval or single mode: CPython adds no
                                  final newline, so the last line may end at EOF */
  PY_LEX_SINGLE = 2            /* single mode: the end of input reads as NEWLINE,
                                  the DEDENTs still owed, then ENDMARKER */
};

/* py_lexer_tokenize for input that is not a file (flags: PY_LEX_*). */
int py_lexer_tokenize_as(const char *src, size_t len, int flags, py_tokens *out);

/* Frees what py_lexer_tokenize allocated. */
void py_tokens_free(py_tokens *t);

/* The 1-based character offset CPython gives a 0-based byte column of line lineno
 * (bytes are counted as UTF-8 characters up to the column, plus one). */
int py__tokens_char_offset(const py_tokens *t, int lineno, int byte_col);

#endif
