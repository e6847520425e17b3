/* tests/py/containers_misc.c — range, slice, the iterator types and the builtins
 * module against CPython 3.11 (expected values from python3). */
#include "containers_testlib.h"

static py_object *T(py_type *t, int n, ...) {
  py_object *a[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) a[i] = va_arg(ap, py_object *);
  va_end(ap);
  return py_call((py_object *)t, a, (size_t)n, NULL);
}

static py_object *L(py_object *it) { return it ? py_list_from_iterable(it) : NULL; }

int main(void) {
  setup();
  py_object *N = PY_NONE;
  /* range */
  CHECK_STR(R(T(&py_range_type, 1, I(5))), "range(0, 5)");
  py_object *r = T(&py_range_type, 3, I(1), I(10), I(3));
  CHECK_STR(R(r), "range(1, 10, 3)");
  CHECK_STR(R(L(T(&py_range_type, 3, I(10), I(0), I(-3)))), "[10, 7, 4, 1]");
  CHECK_INT(py_len(r), 3);
  CHECK_STR(R(py_getitem(T(&py_range_type, 3, I(0), I(10), I(2)), py_slice_new(I(1), I(3), N))), "range(2, 6, 2)");
  CHECK_STR(R(py_getitem(T(&py_range_type, 1, I(10)), py_slice_new(N, N, I(-1)))), "range(9, -1, -1)");
  CHECK_STR(R(py_getitem(r, py_slice_new(N, N, I(-1)))), "range(7, -2, -3)");
  CHECK_INT(py_contains(r, I(7)), 1);
  CHECK_INT(py_contains(r, I(8)), 0);
  CHECK_STR(R(M(T(&py_range_type, 1, I(3)), "index", 1, I(2))), "2");
  CHECK_STR(R(M(T(&py_range_type, 1, I(3)), "index", 1, I(5))), "!ValueError: 5 is not in range");
  CHECK_INT(py_hash_of(T(&py_range_type, 1, I(3))), -8338477496398685190LL);
  CHECK_STR(R(py_richcompare(T(&py_range_type, 1, I(0)), T(&py_range_type, 2, I(2), I(2)), PY_EQ)), "True");
  CHECK_STR(R(L(B("reversed", NULL, 1, r))), "[7, 4, 1]");
  CHECK_STR(R(py_getitem(T(&py_range_type, 1, I(5)), I(7))), "!IndexError: range object index out of range");
  CHECK_STR(R(T(&py_range_type, 3, I(1), I(2), I(0))), "!ValueError: range() arg 3 must not be zero");
  CHECK_STR(R(T(&py_range_type, 1, py_float_from_double(1.0))),
            "!TypeError: 'float' object cannot be interpreted as an integer");
  /* slice */
  CHECK_STR(R(M(py_slice_new(I(1), I(2), N), "indices", 1, I(10))), "(1, 2, 1)");
  CHECK_STR(R(M(py_slice_new(N, N, I(-1)), "indices", 1, I(5))), "(4, -1, -1)");
  CHECK_STR(R(py_slice_new(I(1), N, N)), "slice(1, None, None)");
  /* iterators */
  CHECK_STR(R(L(B("enumerate", NULL, 2, S("ab"), I(5)))), "[(5, 'a'), (6, 'b')]");
  CHECK_STR(R(L(B("zip", NULL, 2, S("ab"), S("xyz")))), "[('a', 'x'), ('b', 'y')]");
  CHECK_STR(R(L(B("zip", "strict", 3, S("ab"), S("xyz"), PY_TRUE))),
            "!ValueError: zip() argument 2 is longer than argument 1");
  CHECK_STR(R(L(B("zip", "strict", 4, S("ab"), S("xy"), S("x"), PY_TRUE))),
            "!ValueError: zip() argument 3 is shorter than arguments 1-2");
  {
    int64_t a[] = {2, 3}, b[] = {3, 2}, c[] = {0, 1, 0, 2};
    py_object *pow = py_dict_get_str(py_module_dict(builtins_mod()), "pow");
    CHECK_STR(R(L(B("map", NULL, 3, pow, list_of_ints(a, 2), list_of_ints(b, 2)))), "[8, 9]");
    CHECK_STR(R(L(B("filter", NULL, 2, N, list_of_ints(c, 4)))), "[1, 2]");
    CHECK_STR(R(L(B("reversed", NULL, 1, py_tuple_pack(3, I(1), I(2), I(3))))), "[3, 2, 1]");
    CHECK_STR(R(B("map", NULL, 1, pow)), "!TypeError: map() must have at least two arguments.");
    CHECK_STR(R(B("reversed", NULL, 1, I(1))), "!TypeError: 'int' object is not reversible");
  }
  /* builtins */
  {
    int64_t v[] = {3, 1, 2};
    CHECK_STR(R(B("max", NULL, 1, list_of_ints(v, 3))), "3");
    CHECK_STR(R(B("min", NULL, 3, I(3), I(1), I(2))), "1");
    CHECK_STR(R(B("max", "default", 2, py_list_new(0), S("d"))), "'d'");
    CHECK_STR(R(B("max", NULL, 1, py_list_new(0))), "!ValueError: max() arg is an empty sequence");
    py_object *words = py_list_new(0);
    py_list_append(words, S("aa"));
    py_list_append(words, S("b"));
    py_object *len = py_dict_get_str(py_module_dict(builtins_mod()), "len");
    CHECK_STR(R(B("max", "key", 2, words, len)), "'aa'");
    CHECK_STR(R(B("sum", NULL, 1, list_of_ints(v, 3))), "6");
    py_object *tenth = py_list_new(0);
    for (int i = 0; i < 10; i++) py_list_append(tenth, py_float_from_double(0.1));
    CHECK_STR(R(B("sum", NULL, 1, tenth)), "0.9999999999999999");
    py_object *mixed = py_list_new(0);
    py_list_append(mixed, I(1));
    py_list_append(mixed, py_float_from_double(2.5));
    py_list_append(mixed, I(3));
    CHECK_STR(R(B("sum", NULL, 1, mixed)), "6.5");
    py_object *big = py_list_new(0);
    py_list_append(big, I((int64_t)1 << 62));
    py_list_append(big, I((int64_t)1 << 62));
    py_list_append(big, I(1));
    CHECK_STR(R(B("sum", NULL, 1, big)), "9223372036854775809");
    CHECK_STR(R(B("sum", NULL, 2, py_list_new(0), S(""))),
              "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    CHECK_STR(R(B("any", NULL, 1, py_list_new(0))), "False");
    CHECK_STR(R(B("all", NULL, 1, list_of_ints(v, 3))), "True");
    CHECK_STR(R(B("abs", NULL, 1, I(-5))), "5");
    CHECK_STR(R(B("divmod", NULL, 2, I(7), I(-2))), "(-4, -1)");
    CHECK_STR(R(B("pow", NULL, 3, I(2), I(10), I(1000))), "24");
    CHECK_STR(R(B("round", NULL, 1, py_float_from_double(2.5))), "2");
    CHECK_STR(R(B("round", NULL, 2, py_float_from_double(3.14159), I(2))), "3.14");
    CHECK_STR(R(B("hex", NULL, 1, I(255))), "'0xff'");
    CHECK_STR(R(B("oct", NULL, 1, I(-8))), "'-0o10'");
    CHECK_STR(R(B("bin", NULL, 1, I(5))), "'0b101'");
    CHECK_STR(R(B("chr", NULL, 1, I(233))), "'é'");
    CHECK_STR(R(B("ord", NULL, 1, S("é"))), "233");
    CHECK_STR(R(B("ord", NULL, 1, S("ab"))),
              "!TypeError: ord() expected a character, but string of length 2 found");
    CHECK_STR(R(B("ascii", NULL, 1, S("é€😀"))), "\"'\\\\xe9\\\\u20ac\\\\U0001f600'\"");
    CHECK_STR(R(B("callable", NULL, 1, len)), "True");
    CHECK_STR(R(B("callable", NULL, 1, I(1))), "False");
    CHECK_STR(R(B("next", NULL, 2, py_iter(py_list_new(0)), S("dflt"))), "'dflt'");
    CHECK_STR(R(B("next", NULL, 1, I(1))), "!TypeError: 'int' object is not an iterator");
    CHECK_STR(R(B("format", NULL, 2, py_float_from_double(3.5), S(">6"))), "'   3.5'");
    CHECK_STR(R(B("getattr", NULL, 3, I(1), S("nope"), I(7))), "7");
    CHECK_STR(R(B("hasattr", NULL, 2, I(1), S("nope"))), "False");
    CHECK_STR(R(B("getattr", NULL, 2, I(1), I(2))), "!TypeError: attribute name must be string, not 'int'");
    CHECK_STR(R(B("len", NULL, 0)), "!TypeError: len() takes exactly one argument (0 given)");
    CHECK_STR(R(B("iter", NULL, 2, I(1), I(2))), "!TypeError: iter(v, w): v must be callable");
    CHECK_STR(R(B("print", "sep", 3, I(1), I(2), I(1))), "!TypeError: sep must be None or a string, not int");
  }
  return CHECK_DONE("containers_misc");
}
