/* tests/py/containers_list.c — list and tuple behaviour against CPython 3.11: slicing
 * (read, assign, delete, extended), operators, every method with its error text,
 * sorting (fast int path, generic path, key=, reverse=, stability), tuple hashes. */
#include "containers_testlib.h"

static const int64_t DATA[300] = {-20,25,19,-34,-3,27,10,30,24,-42,27,-49,10,-17,20,-21,-26,41,10,19,20,10,0,31,-31,-21,31,-31,16,-1,44,-49,35,49,-42,-30,47,25,-45,-12,49,-47,-16,10,26,42,-1,41,50,4,0,43,23,6,-33,-4,-38,-46,-33,13,-23,-17,36,5,49,30,-12,3,14,-1,23,-6,18,24,2,24,-21,-7,37,-47,-15,27,35,39,-30,39,-9,19,23,22,-37,41,33,-23,31,23,-16,-14,-35,-42,11,31,11,-39,-6,-42,2,-31,-48,-13,4,48,3,-35,-45,27,28,47,-45,-2,41,25,-8,20,-15,14,-20,-46,-11,-50,-41,-37,26,18,-46,-25,2,-13,28,-17,-31,38,-45,-7,-10,-4,-33,-2,-2,8,16,-1,32,26,37,21,-37,29,14,-16,5,31,42,41,-20,-12,5,-17,16,-12,20,-7,-49,50,3,24,-10,-48,-2,28,25,30,-33,-43,31,30,-8,9,-5,36,-5,27,40,-15,44,12,-48,25,-43,36,-48,-3,-18,30,8,-12,25,26,-10,-28,-4,-27,-10,47,-3,26,-17,-12,50,-2,-37,48,-47,22,37,44,-34,-11,14,-22,33,-16,-20,-9,-27,36,5,33,39,-38,-37,26,-9,-8,36,-22,6,-29,-40,-7,44,33,-23,22,7,-16,-22,50,-35,-46,17,-26,-10,23,-27,-15,-7,32,-40,29,-6,25,-34,3,-13,16,-16,9,-6,31,3,-13,3,22,2,-46,2,-31,-25,-50,11,29,15,5,21,41,-22,-46,45,8};
#define SORTED_REPR "[-50, -50, -49, -49, -49, -48, -48, -48, -48, -47, -47, -47, -46, -46, -46, -46, -46, -46, -45, -45, -45, -45, -43, -43, -42, -42, -42, -42, -41, -40, -40, -39, -38, -38, -37, -37, -37, -37, -37, -35, -35, -35, -34, -34, -34, -33, -33, -33, -33, -31, -31, -31, -31, -31, -30, -30, -29, -28, -27, -27, -27, -26, -26, -25, -25, -23, -23, -23, -22, -22, -22, -22, -21, -21, -21, -20, -20, -20, -20, -18, -17, -17, -17, -17, -17, -16, -16, -16, -16, -16, -16, -15, -15, -15, -15, -14, -13, -13, -13, -13, -12, -12, -12, -12, -12, -12, -11, -11, -10, -10, -10, -10, -10, -9, -9, -9, -8, -8, -8, -7, -7, -7, -7, -7, -6, -6, -6, -6, -5, -5, -4, -4, -4, -3, -3, -3, -2, -2, -2, -2, -2, -1, -1, -1, -1, 0, 0, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 5, 5, 6, 6, 7, 8, 8, 8, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 12, 13, 14, 14, 14, 14, 15, 16, 16, 16, 16, 17, 18, 18, 19, 19, 19, 20, 20, 20, 20, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 25, 25, 25, 26, 26, 26, 26, 26, 26, 27, 27, 27, 27, 27, 28, 28, 28, 29, 29, 29, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 32, 32, 33, 33, 33, 33, 35, 35, 36, 36, 36, 36, 36, 37, 37, 37, 38, 39, 39, 39, 40, 41, 41, 41, 41, 41, 41, 42, 42, 43, 44, 44, 44, 44, 45, 47, 47, 47, 48, 48, 49, 49, 49, 50, 50, 50, 50]"
#define SORTED_REV_REPR "[50, 50, 50, 50, 49, 49, 49, 48, 48, 47, 47, 47, 45, 44, 44, 44, 44, 43, 42, 42, 41, 41, 41, 41, 41, 41, 40, 39, 39, 39, 38, 37, 37, 37, 36, 36, 36, 36, 36, 35, 35, 33, 33, 33, 33, 32, 32, 31, 31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29, 29, 29, 28, 28, 28, 27, 27, 27, 27, 27, 26, 26, 26, 26, 26, 26, 25, 25, 25, 25, 25, 25, 25, 24, 24, 24, 24, 23, 23, 23, 23, 23, 22, 22, 22, 22, 21, 21, 20, 20, 20, 20, 19, 19, 19, 18, 18, 17, 16, 16, 16, 16, 15, 14, 14, 14, 14, 13, 12, 11, 11, 11, 10, 10, 10, 10, 10, 9, 9, 8, 8, 8, 7, 6, 6, 5, 5, 5, 5, 5, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 0, 0, -1, -1, -1, -1, -2, -2, -2, -2, -2, -3, -3, -3, -4, -4, -4, -5, -5, -6, -6, -6, -6, -7, -7, -7, -7, -7, -8, -8, -8, -9, -9, -9, -10, -10, -10, -10, -10, -11, -11, -12, -12, -12, -12, -12, -12, -13, -13, -13, -13, -14, -15, -15, -15, -15, -16, -16, -16, -16, -16, -16, -17, -17, -17, -17, -17, -18, -20, -20, -20, -20, -21, -21, -21, -22, -22, -22, -22, -23, -23, -23, -25, -25, -26, -26, -27, -27, -27, -28, -29, -30, -30, -31, -31, -31, -31, -31, -33, -33, -33, -33, -34, -34, -34, -35, -35, -35, -37, -37, -37, -37, -37, -38, -38, -39, -40, -40, -41, -42, -42, -42, -42, -43, -43, -45, -45, -45, -45, -46, -46, -46, -46, -46, -46, -47, -47, -47, -48, -48, -48, -48, -49, -49, -49, -50, -50]"

static py_object *SL(py_object *a, py_object *b, py_object *c) { return py_slice_new(a, b, c); }
static py_object *ten(void) {
  int64_t v[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  return list_of_ints(v, 10);
}

int main(void) {
  setup();
  py_object *N = PY_NONE;
  /* slicing reads */
  CHECK_STR(R(py_getitem(ten(), SL(N, N, I(2)))), "[1, 3, 5, 7, 9]");
  CHECK_STR(R(py_getitem(ten(), SL(I(1), I(8), I(3)))), "[2, 5, 8]");
  CHECK_STR(R(py_getitem(ten(), SL(N, N, I(-3)))), "[10, 7, 4, 1]");
  CHECK_STR(R(py_getitem(ten(), SL(I(-3), N, N))), "[8, 9, 10]");
  CHECK_STR(R(py_getitem(ten(), SL(I(8), I(2), I(-2)))), "[9, 7, 5]");
  CHECK_STR(R(py_getitem(ten(), SL(N, N, I(0)))), "!ValueError: slice step cannot be zero");
  CHECK_STR(R(py_getitem(ten(), I(10))), "!IndexError: list index out of range");
  CHECK_STR(R(py_getitem(ten(), I(-10))), "1");
  CHECK_STR(R(py_getitem(ten(), S("a"))), "!TypeError: list indices must be integers or slices, not str");
  /* slice assignment and deletion */
  {
    py_object *m = ten();
    int64_t z[] = {0};
    py_setitem(m, SL(I(1), I(3), N), list_of_ints(z, 1));
    CHECK_STR(R(m), "[1, 0, 4, 5, 6, 7, 8, 9, 10]");
    m = ten();
    py_setitem(m, SL(N, N, I(2)), S("abcde"));
    CHECK_STR(R(m), "['a', 2, 'b', 4, 'c', 6, 'd', 8, 'e', 10]");
    m = ten();
    CHECK_INT(py_setitem(m, SL(N, N, I(2)), S("abc")), -1);
    CHECK_STR(R(NULL), "!ValueError: attempt to assign sequence of size 3 to extended slice of size 5");
    m = ten();
    py_delitem(m, SL(N, N, I(3)));
    CHECK_STR(R(m), "[2, 3, 5, 6, 8, 9]");
    m = ten();
    py_delitem(m, SL(I(1), I(-1), I(2)));
    CHECK_STR(R(m), "[1, 3, 5, 7, 9, 10]");
    m = ten();
    CHECK_INT(py_setitem(m, SL(N, N, I(3)), py_list_new(0)), -1);
    CHECK_STR(R(NULL), "!ValueError: attempt to assign sequence of size 0 to extended slice of size 4");
    py_setitem(m, SL(I(2), I(5), N), py_list_new(0));
    CHECK_STR(R(m), "[1, 2, 6, 7, 8, 9, 10]");
    m = ten();
    py_setitem(m, SL(I(2), I(2), N), py_tuple_pack(2, I(7), I(8)));
    CHECK_STR(R(m), "[1, 2, 7, 8, 3, 4, 5, 6, 7, 8, 9, 10]");
    m = ten();
    py_setitem(m, SL(N, N, N), m);
    CHECK_STR(R(m), "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    CHECK_INT(py_setitem(m, I(10), I(1)), -1);
    CHECK_STR(R(NULL), "!IndexError: list assignment index out of range");
    py_delitem(m, I(0));
    py_delitem(m, I(-1));
    CHECK_STR(R(m), "[2, 3, 4, 5, 6, 7, 8, 9]");
  }
  /* operators */
  {
    int64_t v[] = {1, 2};
    py_object *m = list_of_ints(v, 2);
    CHECK_STR(R(py_inplace_binop(m, I(3), PY_OP_MUL)), "[1, 2, 1, 2, 1, 2]");
    m = list_of_ints(v, 1);
    CHECK_STR(R(py_inplace_binop(m, py_tuple_pack(2, I(2), I(3)), PY_OP_ADD)), "[1, 2, 3]");
    CHECK_STR(R(py_binop(m, py_tuple_new(0), PY_OP_ADD)),
              "!TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK_STR(R(py_binop(I(2), list_of_ints(v, 2), PY_OP_MUL)), "[1, 2, 1, 2]");
    CHECK_STR(R(py_binop(m, S("a"), PY_OP_MUL)),
              "!TypeError: can't multiply sequence by non-int of type 'str'");
    int64_t a[] = {1, 2}, b[] = {1, 2, 0}, c[] = {2}, d[] = {1, 5};
    CHECK_STR(R(py_richcompare(list_of_ints(a, 2), list_of_ints(b, 3), PY_LT)), "True");
    CHECK_STR(R(py_richcompare(list_of_ints(a, 2), list_of_ints(a, 2), PY_EQ)), "True");
    CHECK_STR(R(py_richcompare(list_of_ints(c, 1), list_of_ints(d, 2), PY_GT)), "True");
    CHECK_INT(py_contains(list_of_ints(b, 3), I(0)), 1);
  }
  /* methods */
  {
    int64_t v[] = {3, 1, 2};
    py_object *m = list_of_ints(v, 3);
    M(m, "insert", 2, I(-10), I(0));
    M(m, "insert", 2, I(100), I(9));
    CHECK_STR(R(m), "[0, 3, 1, 2, 9]");
    CHECK_STR(R(M(m, "pop", 1, I(1))), "3");
    CHECK_STR(R(M(m, "pop", 0)), "9");
    CHECK_STR(R(M(m, "index", 1, I(2))), "2");
    CHECK_STR(R(M(m, "count", 1, I(2))), "1");
    CHECK_STR(R(M(m, "index", 1, I(7))), "!ValueError: 7 is not in list");
    CHECK_STR(R(M(m, "remove", 1, I(7))), "!ValueError: list.remove(x): x not in list");
    CHECK_STR(R(M(m, "pop", 1, I(5))), "!IndexError: pop index out of range");
    CHECK_STR(R(M(py_list_new(0), "pop", 0)), "!IndexError: pop from empty list");
    CHECK_STR(R(M(m, "append", 0)), "!TypeError: list.append() takes exactly one argument (0 given)");
    M(m, "reverse", 0);
    CHECK_STR(R(m), "[2, 1, 0]");
    CHECK_STR(R(M(m, "copy", 0)), "[2, 1, 0]");
    M(m, "clear", 0);
    CHECK_STR(R(m), "[]");
    py_list_append(m, I(1));
    py_list_append(m, I(2));
    py_list_append(m, m);
    CHECK_STR(R(m), "[1, 2, [...]]");
  }
  /* sorting */
  {
    py_object *m = list_of_ints(DATA, 300);
    CHECK_INT(py_list_sort(m, NULL, 0), 0);
    CHECK_STR(R(m), SORTED_REPR);
    m = list_of_ints(DATA, 300);
    CHECK_INT(py_list_sort(m, NULL, 1), 0);
    CHECK_STR(R(m), SORTED_REV_REPR);
    /* generic path: mixing ints and floats */
    m = list_of_ints(DATA, 300);
    PY_LIST_ITEMS(m)[7] = py_float_from_double(30.5);
    py_object *e = py_list_from_iterable(m);
    CHECK_INT(py_list_sort(m, NULL, 0), 0);
    CHECK_STR(R(py_getitem(m, SL(I(244), I(247), N))), "[30, 30.5, 31]");
    (void)e;
    const char *w[] = {"pear", "apple", "fig", "banana", "kiwi"};
    py_object *ws = py_list_new(0);
    for (int i = 0; i < 5; i++) py_list_append(ws, S(w[i]));
    py_object *len = py_dict_get_str(py_module_dict(builtins_mod()), "len");
    py_object *s1 = py_list_from_iterable(ws);
    py_list_sort(s1, len, 0);
    CHECK_STR(R(s1), "['fig', 'pear', 'kiwi', 'apple', 'banana']");
    py_object *s2 = py_list_from_iterable(ws);
    py_list_sort(s2, len, 1);
    CHECK_STR(R(s2), "['banana', 'apple', 'pear', 'kiwi', 'fig']");
    py_object *s3 = py_list_from_iterable(ws);
    py_list_sort(s3, NULL, 0);
    CHECK_STR(R(s3), "['apple', 'banana', 'fig', 'kiwi', 'pear']");
    py_object *bad = py_list_new(0);
    py_list_append(bad, I(1));
    py_list_append(bad, S("a"));
    CHECK_INT(py_list_sort(bad, NULL, 0), -1);
    CHECK_STR(R(NULL), "!TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK_STR(R(B("sorted", "reverse", 2, S("bca"), PY_TRUE)), "['c', 'b', 'a']");
  }
  /* tuples */
  {
    CHECK_STR(R(py_tuple_pack(1, I(1))), "(1,)");
    CHECK_STR(R(py_tuple_new(0)), "()");
    CHECK(py_tuple_new(0) == py_tuple_new(0));
    CHECK_STR(R(py_tuple_pack(2, py_tuple_pack(2, I(1), I(2)), py_tuple_pack(1, I(3)))), "((1, 2), (3,))");
    CHECK_INT(py_hash_of(py_tuple_pack(3, I(1), I(2), I(3))), 529344067295497451LL);
    CHECK_INT(py_hash_of(py_tuple_new(0)), 5740354900026072187LL);
    CHECK_INT(py_hash_of(py_tuple_pack(2, I(1), py_tuple_pack(2, I(2), S("a")))), -1980324044848378350LL);
    CHECK_INT(py_hash_of(py_tuple_pack(1, S("x"))), -728545910160311267LL);
    CHECK_INT(py_hash_of(py_tuple_pack(2, py_float_from_double(1.5), I(-1))), -9002791676578425913LL);
    py_object *t = py_tuple_pack(4, I(1), I(2), I(3), I(2));
    CHECK_STR(R(M(t, "count", 1, I(2))), "2");
    CHECK_STR(R(M(t, "index", 2, I(2), I(2))), "3");
    CHECK_STR(R(M(t, "index", 1, I(9))), "!ValueError: tuple.index(x): x not in tuple");
    CHECK_STR(R(py_getitem(t, SL(I(1), N, N))), "(2, 3, 2)");
    CHECK_STR(R(py_getitem(t, SL(N, N, I(-1)))), "(2, 3, 2, 1)");
    CHECK_STR(R(py_binop(t, I(2), PY_OP_MUL)), "(1, 2, 3, 2, 1, 2, 3, 2)");
    CHECK_STR(R(py_binop(t, py_tuple_pack(1, I(4)), PY_OP_ADD)), "(1, 2, 3, 2, 4)");
    CHECK_STR(R(py_binop(t, py_list_new(0), PY_OP_ADD)),
              "!TypeError: can only concatenate tuple (not \"list\") to tuple");
    CHECK_STR(R(py_richcompare(py_tuple_pack(1, I(1)), py_tuple_pack(2, I(1), I(2)), PY_LT)), "True");
    CHECK_STR(R(py_getitem(t, I(4))), "!IndexError: tuple index out of range");
  }
  return CHECK_DONE("containers_list");
}
