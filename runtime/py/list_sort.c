/* runtime/py/list_sort.c — the stable sort behind list.sort() and sorted().
 *
 * A natural merge sort: the input is cut into runs (ascending, or strictly descending
 * and then reversed, as timsort finds them), short runs are extended to MIN_RUN items
 * by binary insertion, and neighbouring runs are merged pairwise until one is left.
 * Stability plus a consistent order give the same result as CPython's timsort.
 *
 * Like CPython, the sort first looks at the keys: when all are exact small ints, exact
 * floats or exact strs it compares them directly in C (the common "sort a million
 * ints" case) instead of calling the rich comparison for each pair. */
#include "py/containers.h"

#include <string.h>

enum kind { KIND_GENERIC, KIND_INT, KIND_FLOAT, KIND_STR };

typedef struct {
  union {
    int64_t i;
    double d;
    py_object *o;
  } k;
  py_object *item;
} elem;

#define MIN_RUN 32

/* a < b for the chosen kind: 1, 0, or -1 on error (generic only). */
static inline int lt(const elem *a, const elem *b, enum kind kind) {
  switch (kind) {
    case KIND_INT: return a->k.i < b->k.i;
    case KIND_FLOAT: return a->k.d < b->k.d;
    case KIND_STR: {
      py_object *x = a->k.o, *y = b->k.o;
      py_ssize nx = PY_STR_SIZE(x), ny = PY_STR_SIZE(y);
      int c = memcmp(PY_STR_DATA(x), PY_STR_DATA(y), (size_t)(nx < ny ? nx : ny));
      return c < 0 || (c == 0 && nx < ny);
    }
    default: return py_richcompare_bool(a->k.o, b->k.o, PY_LT);
  }
}

static void reverse_elems(elem *lo, elem *hi) {
  for (--hi; lo < hi; lo++, hi--) {
    elem t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

/* Sorts a[lo, hi) given that a[lo, start) is already sorted. */
static int binary_insertion(elem *a, py_ssize lo, py_ssize hi, py_ssize start,
                            enum kind kind) {
  for (py_ssize i = start; i < hi; i++) {
    elem pivot = a[i];
    py_ssize l = lo, r = i;
    while (l < r) {
      py_ssize m = l + ((r - l) >> 1);
      int c = lt(&pivot, &a[m], kind);
      if (c < 0) return -1;
      if (c) r = m;
      else l = m + 1;
    }
    memmove(&a[l + 1], &a[l], (size_t)(i - l) * sizeof(elem));
    a[l] = pivot;
  }
  return 0;
}

/* Length of the run starting at lo (reversed in place when strictly descending), or -1
 * on error. */
static py_ssize count_run(elem *a, py_ssize lo, py_ssize hi, enum kind kind) {
  if (lo + 1 >= hi) return hi - lo;
  py_ssize i = lo + 1;
  int c = lt(&a[i], &a[i - 1], kind);
  if (c < 0) return -1;
  if (c) {
    for (i++; i < hi; i++) {
      c = lt(&a[i], &a[i - 1], kind);
      if (c < 0) return -1;
      if (!c) break;
    }
    reverse_elems(a + lo, a + i);
  } else {
    for (i++; i < hi; i++) {
      c = lt(&a[i], &a[i - 1], kind);
      if (c < 0) return -1;
      if (c) break;
    }
  }
  return i - lo;
}

/* Merges the sorted runs a[lo, mid) and a[mid, hi) using tmp (room for mid - lo). On a
 * comparison error the array still holds every item exactly once. */
static int merge(elem *a, py_ssize lo, py_ssize mid, py_ssize hi, elem *tmp,
                 enum kind kind) {
  /* Already in order: nothing to do (common for nearly sorted data). */
  int c = lt(&a[mid], &a[mid - 1], kind);
  if (c <= 0) return c;
  py_ssize n1 = mid - lo;
  memcpy(tmp, a + lo, (size_t)n1 * sizeof(elem));
  py_ssize i = 0, j = mid, k = lo;
  int rc = 0;
  while (i < n1 && j < hi) {
    c = lt(&a[j], &tmp[i], kind);
    if (c < 0) {
      rc = -1;
      break;
    }
    if (c) a[k++] = a[j++];
    else a[k++] = tmp[i++];
  }
  memcpy(a + k, tmp + i, (size_t)(n1 - i) * sizeof(elem));
  return rc;
}

static enum kind choose_kind(py_object *const *keys, py_ssize n) {
  py_type *t = PY_TYPE(keys[0]);
  if (t != &py_int_type && t != &py_float_type && t != &py_str_type) return KIND_GENERIC;
  for (py_ssize i = 0; i < n; i++) {
    if (PY_TYPE(keys[i]) != t) return KIND_GENERIC;
    if (t == &py_int_type && !PY_INT_IS_SMALL(keys[i])) return KIND_GENERIC;
  }
  return t == &py_int_type ? KIND_INT : t == &py_float_type ? KIND_FLOAT : KIND_STR;
}

static int sort_elems(elem *a, py_ssize n, enum kind kind) {
  /* Cut into runs, remembering where each starts. */
  py_ssize cap = n / MIN_RUN + 2, nruns = 0;
  py_ssize *starts = py_mem_alloc((size_t)cap * sizeof(py_ssize));
  elem *tmp = py_mem_alloc((size_t)(n / 2 + 1) * sizeof(elem));
  int rc = 0;
  if (!starts || !tmp) {
    py_raise_nomemory();
    rc = -1;
    goto done;
  }
  for (py_ssize lo = 0; lo < n;) {
    py_ssize len = count_run(a, lo, n, kind);
    if (len < 0) {
      rc = -1;
      goto done;
    }
    if (len < MIN_RUN) {
      py_ssize force = n - lo < MIN_RUN ? n - lo : MIN_RUN;
      if (binary_insertion(a, lo, lo + force, lo + len, kind) < 0) {
        rc = -1;
        goto done;
      }
      len = force;
    }
    starts[nruns++] = lo;
    lo += len;
  }
  starts[nruns] = n;
  /* Merge neighbours pairwise until one run is left; the temporary area only ever
   * holds a left run, which is at most half of the data... except for an uneven
   * final pair, so merge the shorter side through it when needed. */
  while (nruns > 1) {
    py_ssize w = 0;
    for (py_ssize r = 0; r < nruns; r += 2) {
      if (r + 1 < nruns) {
        py_ssize lo = starts[r], mid = starts[r + 1], hi = starts[r + 2];
        if (mid - lo > n / 2 + 1) {
          /* Left run too long for tmp: rotate work onto a larger buffer. */
          elem *big = py_mem_alloc((size_t)(mid - lo) * sizeof(elem));
          if (!big) {
            py_raise_nomemory();
            rc = -1;
            goto done;
          }
          rc = merge(a, lo, mid, hi, big, kind);
          py_mem_free(big, (size_t)(mid - lo) * sizeof(elem));
        } else {
          rc = merge(a, lo, mid, hi, tmp, kind);
        }
        if (rc < 0) goto done;
      }
      starts[w++] = starts[r];
    }
    starts[w] = n;
    nruns = w;
  }
done:
  py_mem_free(starts, (size_t)cap * sizeof(py_ssize));
  py_mem_free(tmp, (size_t)(n / 2 + 1) * sizeof(elem));
  return rc;
}

int py__sort_items(py_object **items, py_object **keys, py_ssize n) {
  if (n < 2) return 0;
  py_object **k = keys ? keys : items;
  enum kind kind = choose_kind(k, n);
  elem *a = py_mem_alloc((size_t)n * sizeof(elem));
  if (!a) {
    py_raise_nomemory();
    return -1;
  }
  for (py_ssize i = 0; i < n; i++) {
    switch (kind) {
      case KIND_INT: a[i].k.i = PY_INT_SMALL(k[i]); break;
      case KIND_FLOAT: a[i].k.d = PY_FLOAT_VALUE(k[i]); break;
      default: a[i].k.o = k[i]; break;
    }
    a[i].item = items[i];
  }
  int rc = sort_elems(a, n, kind);
  /* Write back even after an error: every item is still present exactly once. The
   * keys are only compared, and the caller releases them all, so their order does
   * not matter, except in the generic case where they are the items' partners. */
  for (py_ssize i = 0; i < n; i++) {
    items[i] = a[i].item;
    if (keys && kind == KIND_GENERIC) keys[i] = a[i].k.o;
  }
  py_mem_free(a, (size_t)n * sizeof(elem));
  return rc;
}
