/* runtime/py/formatspec.h — the format-spec mini-language of format(), f-strings and
 * str.format, and the number conversions of the printf-style `%` operator.
 *
 * Parsing and applying are separate so a caller can parse a constant spec once. Every
 * message is CPython 3.11's word for word; the caller passes the object's type name
 * ('int', 'bool', 'float', 'str', a subclass name) because several messages show it.
 * Strings are UTF-8. Results are allocated with py_mem_alloc and freed with
 * py_mem_free(s, len + 1). A failing call returns a py_num_status (PY_NUM_EVALUE or
 * PY_NUM_EOVERFLOW with the message in *err, or PY_NUM_ENOMEM) and allocates nothing. */
#ifndef TASKSCOPE_PY_FORMATSPEC_H
#define TASKSCOPE_PY_FORMATSPEC_H
#include <stddef.h>
#include <stdint.h>

#include "py/bigint.h"

/* The message of a failed call, ready for ValueError / OverflowError. */
typedef struct py_fmt_error {
  char msg[320];
} py_fmt_error;

/* A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct py_formatspec {
  uint32_t fill;          /* fill code point, ' ' unless given */
  uint32_t type;          /* presentation type code point, 0 when absent */
  char align;             /* '<' '>' '=' '^', or 0 for the type's default */
  char sign;              /* '+' '-' ' ', or 0 */
  char grouping;          /* ',' or '_', or 0 */
  unsigned char no_neg_0; /* 'z' */
  unsigned char alt;      /* '#' */
  unsigned char zero;     /* a '0' before the width (without an explicit fill) */
  int64_t width;          /* -1 when absent */
  int64_t precision;      /* -1 when absent */
  const char *text;       /* the spec itself (borrowed), for messages */
  size_t text_len;
} py_formatspec;

/* Parses spec[0..n). Errors: "Invalid format specifier '...' for object of type
 * '...'", "Format specifier missing precision", "Too many decimal digits in format
 * string", "Cannot specify both ',' and '_'.". The spec text stays borrowed. */
int py_formatspec_parse(const char *spec, size_t n, const char *type_name,
                        py_formatspec *out, py_fmt_error *err);

/* format(v, spec) for an int (bigint or int64): types b c d o x X n and, through
 * float(v), e E f F g G %. */
int py_formatspec_int(const py_formatspec *spec, const py_bigint *v, const char *type_name,
                      char **out, size_t *len, py_fmt_error *err);
int py_formatspec_int64(const py_formatspec *spec, int64_t v, const char *type_name,
                        char **out, size_t *len, py_fmt_error *err);
/* format(x, spec) for a float: types e E f F g G n % and none. */
int py_formatspec_float(const py_formatspec *spec, double x, const char *type_name,
                        char **out, size_t *len, py_fmt_error *err);
/* format(s, spec) for a str (UTF-8, n bytes): type s or none; width and precision
 * count code points. */
int py_formatspec_str(const py_formatspec *spec, const char *s, size_t n,
                      const char *type_name, char **out, size_t *len, py_fmt_error *err);

/* ---- printf-style ('%' operator) -------------------------------------------------- */

/* Width or precision given as '*': the caller takes it from the arguments and stores
 * it, as CPython does: a negative width sets `left` and stores its absolute value, a
 * negative precision stores 0. */
#define PY_PRINTF_STAR (-2)

/* One parsed conversion after its '%' (and after any "(key)", which the caller
 * handles). */
typedef struct py_printf_spec {
  unsigned char left, plus, space, alt, zero; /* flags - + space # 0 */
  int64_t width;                             /* -1 absent, PY_PRINTF_STAR */
  int64_t precision;                         /* -1 absent, PY_PRINTF_STAR */
  char conv;                                 /* the conversion character */
} py_printf_spec;

/* Parses flags, width, precision, an ignored length modifier (h l L) and the
 * conversion character from fmt[0..n); *used receives the bytes consumed. Returns
 * PY_NUM_EVALUE with "incomplete format" when the text ends first. The conversion
 * character is not checked (the caller raises "unsupported format character"). */
int py_printf_parse(const char *fmt, size_t n, size_t *used, py_printf_spec *out,
                    py_fmt_error *err);
/* %d %i %u %x %X %o %c of an integer value (the caller has already applied int() or
 * __index__ as CPython does for each conversion). %c: OverflowError "%c arg not in
 * range(0x110000)". */
int py_printf_int(const py_printf_spec *spec, const py_bigint *v, char **out, size_t *len,
                  py_fmt_error *err);
int py_printf_int64(const py_printf_spec *spec, int64_t v, char **out, size_t *len,
                    py_fmt_error *err);
/* %e %E %f %F %g %G of a float. */
int py_printf_float(const py_printf_spec *spec, double x, char **out, size_t *len,
                    py_fmt_error *err);

#endif
