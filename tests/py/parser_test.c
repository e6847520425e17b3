/* tests/py/parser_test.c — the parser against CPython 3.11, on the snippet corpus.
 *
 * tests/parser/{ok,programs}/X.py come with X.ast: python3's ast.dump of the file, then
 * the same with include_attributes=True (scripts/ast_compare.py --regen writes them).
 * tests/parser/errors/X.py come with X.err: what `python3 prog.py` prints for the
 * syntax error. tests/parser/mutations/ holds randomly mutated programs (either kind). Both must match exactly. Then a few direct checks of the tree and the
 * error fields, mutated inputs that must fail cleanly, and the speed on a big file. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../check.h"
#include "py/ast_dump.h"
#include "py/mem.h"
#include "py/parser.h"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);
  if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
    free(s);
    s = NULL;
  }
  if (s) s[n] = '\0';
  fclose(f);
  *len = (size_t)n;
  return s;
}

/* Parses src; returns the dump (malloc'd) or the error report (malloc'd, *is_error). */
static char *parse_to_text(const char *src, size_t len, int attrs, int *is_error) {
  py_ast_arena *arena = py_ast_arena_new();
  py_syntax_error err;
  py_ast_mod *m = py_parse(src, len, PY_PARSE_FILE, arena, &err);
  char *out;
  if (m) {
    size_t size;
    char *d = py_ast_dump(m, attrs, &size);
    out = strdup(d ? d : "(out of memory)");
    if (d) py_mem_free(d, size);
    *is_error = 0;
  } else {
    size_t n = py_syntax_error_format(&err, "prog.py", src, len, NULL, 0);
    out = malloc(n + 1);
    py_syntax_error_format(&err, "prog.py", src, len, out, n + 1);
    *is_error = 1;
  }
  py_ast_arena_free(arena);
  return out;
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Runs every X.py of dir against its X.ast or X.err. */
static void corpus(const char *dir, int *same, int *total) {
  DIR *d = opendir(dir);
  CHECK(d != NULL);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!ends_with(e->d_name, ".py")) continue;
    char path[1024], want_path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t len, wlen;
    char *src = slurp(path, &len);
    snprintf(want_path, sizeof want_path, "%.*s.ast", (int)(strlen(path) - 3), path);
    char *want = slurp(want_path, &wlen);
    int expect_error = 0;
    if (!want) {
      snprintf(want_path, sizeof want_path, "%.*s.err", (int)(strlen(path) - 3), path);
      want = slurp(want_path, &wlen);
      expect_error = 1;
    }
    if (!src || !want) {
      fprintf(stderr, "%s: missing file or expected output\n", path);
      CHECK(0);
      free(src);
      free(want);
      continue;
    }
    (*total)++;
    int ok = 1;
    if (expect_error) {
      int is_error;
      char *got = parse_to_text(src, len, 0, &is_error);
      if (!is_error || strcmp(got, want) != 0) {
        fprintf(stderr, "%s: report differs\n--- want\n%s--- got\n%s\n", path, want, got);
        ok = 0;
      }
      free(got);
    } else {
      char *nl = strchr(want, '\n');
      if (nl) *nl = '\0';
      const char *want_attrs = nl ? nl + 1 : "";
      for (int attrs = 0; attrs <= 1 && ok; attrs++) {
        int is_error;
        char *got = parse_to_text(src, len, attrs, &is_error);
        char *w = attrs ? strdup(want_attrs) : strdup(want);
        char *wnl = strchr(w, '\n');
        if (wnl) *wnl = '\0';
        if (is_error || strcmp(got, w) != 0) {
          fprintf(stderr, "%s: dump differs (attributes=%d)\n--- want\n%.2000s\n--- got\n%.2000s\n",
                  path, attrs, w, got);
          ok = 0;
        }
        free(w);
        free(got);
      }
    }
    *same += ok;
    CHECK(ok);
    free(src);
    free(want);
  }
  closedir(d);
}

/* ---- direct checks -------------------------------------------------------------------- */

static py_ast_mod *parse(py_ast_arena *a, const char *src, py_syntax_error *err) {
  return py_parse(src, strlen(src), PY_PARSE_FILE, a, err);
}

static void check_tree_fields(void) {
  py_ast_arena *a = py_ast_arena_new();
  py_syntax_error err;
  py_ast_mod *m = parse(a, "x = 0x_FF + 1_000 + 2.5 + 3j + 'h\\u00e9' + b'\\x00'\n", &err);
  CHECK(m != NULL);
  if (m) {
    py_ast_stmt *s = m->v.Module.body.items[0];
    CHECK_INT(s->kind, PY_STMT_Assign);
    /* ((((0xFF + 1000) + 2.5) + 3j) + 'hé') + b'\0' */
    py_ast_expr *e = s->v.Assign.value;
    py_ast_expr *bytes = e->v.BinOp.right;
    CHECK_INT(bytes->v.Constant.value.kind, PY_CONST_bytes);
    CHECK_INT(bytes->v.Constant.value.len, 1);
    e = e->v.BinOp.left;
    py_ast_expr *str = e->v.BinOp.right;
    CHECK_INT(str->v.Constant.value.kind, PY_CONST_str);
    CHECK_STR(str->v.Constant.value.bytes, "h\xc3\xa9");
    e = e->v.BinOp.left;
    CHECK_INT(e->v.BinOp.right->v.Constant.value.kind, PY_CONST_complex);
    e = e->v.BinOp.left;
    CHECK(e->v.BinOp.right->v.Constant.value.f == 2.5);
    e = e->v.BinOp.left;
    CHECK_STR(e->v.BinOp.left->v.Constant.value.digits, "FF");
    CHECK_INT(e->v.BinOp.left->v.Constant.value.base, 16);
    CHECK_STR(e->v.BinOp.right->v.Constant.value.digits, "1000");
    CHECK_INT(e->v.BinOp.right->v.Constant.value.base, 10);
  }
  py_ast_arena_free(a);
}

static void check_error_fields(void) {
  static const struct {
    const char *src, *msg;
    py_syntax_error_type type;
    int lineno, offset, end_lineno, end_offset;
  } cases[] = {
      {"if x\n  pass\n", "expected ':'", PY_SYNERR_SyntaxError, 1, 5, 1, 5},
      {"x = [1 2]\n", "invalid syntax. Perhaps you forgot a comma?", PY_SYNERR_SyntaxError, 1, 6, 1, 9},
      {"f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
       PY_SYNERR_SyntaxError, 1, 1, 1, 4},
      {"x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('",
       PY_SYNERR_SyntaxError, 1, 6, 1, 6},
      {"if x:\npass\n", "expected an indented block after 'if' statement on line 1",
       PY_SYNERR_IndentationError, 2, 1, 2, 5},
      {"x = 'abc\n", "unterminated string literal (detected at line 1)", PY_SYNERR_SyntaxError,
       1, 5, 1, 5},
      {"x = 1 2\n", "invalid syntax", PY_SYNERR_SyntaxError, 1, 7, 1, 8},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    py_ast_arena *a = py_ast_arena_new();
    py_syntax_error err;
    CHECK(parse(a, cases[i].src, &err) == NULL);
    CHECK_STR(err.msg, cases[i].msg);
    CHECK_INT(err.type, cases[i].type);
    CHECK_INT(err.lineno, cases[i].lineno);
    CHECK_INT(err.offset, cases[i].offset);
    CHECK_INT(err.end_lineno, cases[i].end_lineno);
    CHECK_INT(err.end_offset, cases[i].end_offset);
    py_ast_arena_free(a);
  }
}

/* Deep nesting fails with an error, never a crash. */
static void check_limits(void) {
  size_t n = 200000;
  char *s = malloc(n + 4);
  memset(s, '-', n);
  strcpy(s + n, "1\n");
  py_ast_arena *a = py_ast_arena_new();
  py_syntax_error err;
  CHECK(py_parse(s, strlen(s), PY_PARSE_FILE, a, &err) == NULL);
  CHECK_INT(err.type, PY_SYNERR_MemoryError);
  py_ast_arena_free(a);
  /* lambda: lambda: ... 5000 deep */
  size_t k = 0;
  for (int i = 0; i < 5000 && k + 8 < n; i++) k += (size_t)sprintf(s + k, "lambda:");
  strcpy(s + k, "1\n");
  a = py_ast_arena_new();
  CHECK(py_parse(s, strlen(s), PY_PARSE_FILE, a, &err) == NULL);
  py_ast_arena_free(a);
  free(s);
}

/* Mutated programs: every outcome is fine except a crash (ASan watches). */
static void check_mutations(void) {
  static const char *seeds[] = {
      "async def f(a, *b, c=1, **d):\n    async with x as y:\n        return [i async for i in z]\n",
      "x = f'{a!r:>{w}}' 'b' rb'c'\nclass A(B, metaclass=M):\n    def g(self, /, *, k): yield from k\n",
      "try:\n    pass\nexcept* E as e:\n    raise X from e\nfinally:\n    del a[1:2, ...]\n",
  };
  unsigned rnd = 12345;
  char buf[512];
  for (int iter = 0; iter < 3000; iter++) {
    const char *seed = seeds[iter % 3];
    size_t n = strlen(seed);
    memcpy(buf, seed, n);
    for (int m = 0; m < 1 + iter % 4; m++) {
      rnd = rnd * 1103515245u + 12345u;
      size_t pos = (rnd >> 8) % n;
      rnd = rnd * 1103515245u + 12345u;
      static const char alphabet[] = "()[]{}:'\"\\\n\t #=*,.fbr0x_jeEl@;!$\xc3\xa9\xe2\x80\x9c";
      buf[pos] = alphabet[(rnd >> 8) % (sizeof alphabet - 1)];
    }
    py_ast_arena *a = py_ast_arena_new();
    py_syntax_error err;
    py_ast_mod *mod = py_parse(buf, n, PY_PARSE_FILE, a, &err);
    if (!mod) {
      char out[2048];
      py_syntax_error_format(&err, "prog.py", buf, n, out, sizeof out);
      CHECK(err.msg[0] != '\0' || err.type == PY_SYNERR_MemoryError);
    } else {
      size_t size;
      char *d = py_ast_dump(mod, 1, &size);
      py_mem_free(d, size);
    }
    py_ast_arena_free(a);
  }
}

/* Lexing and parsing 1,000 lines must take a few milliseconds at most (natively,
 * optimized; this build has sanitizers, so the bound is loose). */
static void check_speed(void) {
  static const char *chunk =
      "def handler_%d(request, *args, timeout=1.5, **kw):\n"
      "    data = {'id': %d, 'items': [x * 2 for x in range(10) if x %% 3]}\n"
      "    if data['id'] > 10 and not kw.get('quiet'):\n"
      "        print(f\"handler {request!r}: {data['items'][-1]:>8}\")\n"
      "    result = await_it(args) if args else None\n"
      "    try:\n"
      "        value = compute(data, lambda a, b=2: a + b)\n"
      "    except (KeyError, ValueError) as exc:\n"
      "        raise RuntimeError('bad') from exc\n"
      "    return value, result\n";
  size_t cap = 200000, n = 0;
  char *src = malloc(cap);
  for (int i = 0; i < 100; i++) n += (size_t)snprintf(src + n, cap - n, chunk, i, i);
  clock_t t0 = clock();
  int reps = 20;
  for (int r = 0; r < reps; r++) {
    py_ast_arena *a = py_ast_arena_new();
    py_syntax_error err;
    CHECK(py_parse(src, n, PY_PARSE_FILE, a, &err) != NULL);
    py_ast_arena_free(a);
  }
  double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC / reps;
  fprintf(stderr, "parser_test: 1,000 lines parsed in %.2f ms (this build)\n", ms);
  CHECK(ms < 100.0);
  free(src);
}

/* Under a memory cap the parser fails with MemoryError at every point it can fail,
 * and gives every byte back (the next program runs in a clean engine). */
static void check_memory_cap(void) {
  const char *src =
      "async def main(a, *b, c=1, **d):\n"
      "    x = [f'{i!r:>{w}}' for i in range(10) if i]\n"
      "    async with lock as l:\n"
      "        return {k: v for k, v in d.items()}, (yield from g())\n";
  size_t base = py_mem_used();
  int failures = 0, successes = 0;
  for (size_t cap = 64; cap < 200000; cap += cap / 8 + 16) {
    py_mem_set_limit(base + cap);
    py_ast_arena *a = py_ast_arena_new();
    py_syntax_error err;
    py_ast_mod *m = a ? py_parse(src, strlen(src), PY_PARSE_FILE, a, &err) : NULL;
    if (m) successes++;
    else if (!a || err.type == PY_SYNERR_MemoryError) failures++;
    else CHECK(0); /* a syntax error would be wrong: the program is valid */
    py_ast_arena_free(a);
    py_mem_set_limit(0);
    CHECK_INT(py_mem_used(), base);
  }
  CHECK(failures > 0);
  CHECK(successes > 0);
}

int main(void) {
  int same = 0, total = 0;
  corpus("tests/parser/ok", &same, &total);
  corpus("tests/parser/programs", &same, &total);
  corpus("tests/parser/errors", &same, &total);
  corpus("tests/parser/mutations", &same, &total);
  fprintf(stderr, "parser_test: %d of %d corpus files match python3\n", same, total);
  check_tree_fields();
  check_error_fields();
  check_limits();
  check_mutations();
  check_speed();
  check_memory_cap();
  return CHECK_DONE("parser_test");
}
