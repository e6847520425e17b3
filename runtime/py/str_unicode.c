/* runtime/py/str_unicode.c — Unicode character classes and case mappings for str's
 * methods and repr, answered from tables generated out of CPython 3.11 itself
 * (scripts/gen_str_unicode.py → str_unicode_tables.h). ASCII is answered directly. */
#include <stdint.h>

#include "py/object.h"
#include "py/scalars.h"

typedef struct uc_run {
  uint32_t start, end;
  int32_t stride, delta; /* every stride-th code point in [start, end] maps to c + delta */
} uc_run;
typedef struct uc_multi {
  uint32_t c;
  int32_t n;
  uint32_t m[3];
} uc_multi;

#include "py/str_unicode_tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < r[mid][0]) hi = mid;
    else if (c > r[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

#define CLASS(fn, table, ascii_expr)                                  \
  bool fn(uint32_t c) {                                                \
    if (c < 0x80) return (ascii_expr);                                 \
    return in_ranges(table, COUNT(table), c);                          \
  }

CLASS(py__uc_isprintable, uc_printable, c >= 0x20 && c < 0x7F)
CLASS(py__uc_isspace, uc_space, c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
CLASS(py__uc_isalpha, uc_alpha, (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
CLASS(py__uc_isdecimal, uc_decimal, c >= '0' && c <= '9')
CLASS(py__uc_isdigit, uc_digit, c >= '0' && c <= '9')
CLASS(py__uc_isnumeric, uc_numeric, c >= '0' && c <= '9')
CLASS(py__uc_isupper, uc_upper, c >= 'A' && c <= 'Z')
CLASS(py__uc_islower, uc_lower, c >= 'a' && c <= 'z')
CLASS(py__uc_istitle, uc_title, false)
CLASS(py__uc_iscased, uc_cased, (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
CLASS(py__uc_is_case_ignorable, uc_case_ignorable,
      c == '\'' || c == '.' || c == ':' || c == '^' || c == '`')
CLASS(py__uc_is_xid_start, uc_xid_start, c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
CLASS(py__uc_is_xid_continue, uc_xid_continue,
      c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))

int py__uc_decimal_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c < 0x80) return -1;
  size_t lo = 0, hi = COUNT(uc_decimal_zero);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < uc_decimal_zero[mid]) hi = mid;
    else if (c >= uc_decimal_zero[mid] + 10) lo = mid + 1;
    else return (int)(c - uc_decimal_zero[mid]);
  }
  return -1;
}

static uint32_t map_single(const uc_run *runs, size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < runs[mid].start) hi = mid;
    else if (c > runs[mid].end) lo = mid + 1;
    else {
      if ((c - runs[mid].start) % (uint32_t)runs[mid].stride) return c;
      return (uint32_t)((int32_t)c + runs[mid].delta);
    }
  }
  return c;
}

static int map_full(const uc_run *runs, size_t nruns, const uc_multi *multi, size_t nmulti,
                    uint32_t c, uint32_t *out) {
  /* The multi list is short and sorted; a linear scan with early exit is enough. */
  for (size_t i = 0; i < nmulti && multi[i].c <= c; i++) {
    if (multi[i].c == c) {
      for (int k = 0; k < multi[i].n; k++) out[k] = multi[i].m[k];
      return multi[i].n;
    }
  }
  out[0] = map_single(runs, nruns, c);
  return 1;
}

#define MAPPING(fn_full, fn_simple, name, ascii_expr)                                 \
  int fn_full(uint32_t c, uint32_t *out) {                                             \
    if (c < 0x80) {                                                                    \
      out[0] = (ascii_expr);                                                           \
      return 1;                                                                        \
    }                                                                                  \
    return map_full(uc_map_##name, COUNT(uc_map_##name), uc_multi_##name,             \
                    COUNT(uc_multi_##name) - 1, c, out);                               \
  }                                                                                    \
  uint32_t fn_simple(uint32_t c) {                                                     \
    uint32_t out[3];                                                                   \
    return fn_full(c, out) == 1 ? out[0] : c;                                          \
  }

MAPPING(py__uc_upper_full, py__uc_upper, upper, (c >= 'a' && c <= 'z') ? c - 32 : c)
MAPPING(py__uc_lower_full, py__uc_lower, lower, (c >= 'A' && c <= 'Z') ? c + 32 : c)
MAPPING(py__uc_title_full, py__uc_title, title, (c >= 'a' && c <= 'z') ? c - 32 : c)
MAPPING(py__uc_fold_full, py__uc_fold, fold, (c >= 'A' && c <= 'Z') ? c + 32 : c)
