/* tests/py/containers_dict.c — dict behaviour against CPython 3.11: insertion order
 * through deletions and re-insertions, views and their set operations, every method
 * with its error text, merging, | and the {...} recursion guard. */
#include "containers_testlib.h"

static py_object *abc(void) {
  py_object *d = py_dict_new();
  py_dict_set(d, S("a"), I(1));
  py_dict_set(d, S("b"), I(2));
  py_dict_set(d, S("c"), I(3));
  return d;
}

int main(void) {
  setup();
  {
    py_object *d = py_dict_new();
    py_dict_set(d, S("a"), I(1));
    py_dict_set(d, S("b"), I(2));
    py_dict_set(d, S("c"), I(3));
    py_dict_del(d, S("a"));
    py_dict_set(d, S("a"), I(4));
    CHECK_STR(R(d), "{'b': 2, 'c': 3, 'a': 4}");
    CHECK_STR(R(M(d, "keys", 0)), "dict_keys(['b', 'c', 'a'])");
    CHECK_STR(R(M(d, "values", 0)), "dict_values([2, 3, 4])");
    CHECK_STR(R(M(d, "items", 0)), "dict_items([('b', 2), ('c', 3), ('a', 4)])");
    CHECK_STR(R(M(d, "pop", 1, S("b"))), "2");
    CHECK_STR(R(M(d, "pop", 2, S("zz"), I(0))), "0");
    CHECK_STR(R(M(d, "pop", 1, S("zz"))), "!KeyError: 'zz'");
    CHECK_STR(R(M(d, "popitem", 0)), "('a', 4)");
    CHECK_STR(R(d), "{'c': 3}");
    CHECK_STR(R(M(py_dict_new(), "popitem", 0)), "!KeyError: 'popitem(): dictionary is empty'");
    CHECK_STR(R(py_getitem(d, S("q"))), "!KeyError: 'q'");
    CHECK_STR(R(py_getitem(d, py_tuple_pack(2, I(1), I(2)))), "!KeyError: (1, 2)");
    CHECK_STR(R(py_getitem(d, py_list_new(0))), "!TypeError: unhashable type: 'list'");
  }
  {
    py_object *d = py_dict_new();
    py_dict_set(d, I(1), S("x"));
    py_dict_set(d, py_float_from_double(1.0), S("y"));
    CHECK_STR(R(d), "{1: 'y'}");
  }
  {
    py_object *e = py_dict_new();
    py_dict_set(e, S("x"), I(1));
    py_object *y = py_dict_new();
    py_dict_set(y, S("y"), I(2));
    M(e, "update", 1, y);
    py_object *pairs = py_list_new(0);
    py_list_append(pairs, py_tuple_pack(2, S("z"), I(3)));
    M(e, "update", 1, pairs);
    CHECK_STR(R(e), "{'x': 1, 'y': 2, 'z': 3}");
    py_object *bad = py_list_new(0);
    py_list_append(bad, I(1));
    CHECK_STR(R(M(e, "update", 1, bad)),
              "!TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    py_object *bad3 = py_list_new(0);
    py_list_append(bad3, py_tuple_pack(3, I(1), I(2), I(3)));
    CHECK_STR(R(M(e, "update", 1, bad3)),
              "!ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK_STR(R(M(e, "get", 1, S("q"))), "None");
    CHECK_STR(R(M(e, "get", 1, S("x"))), "1");
    CHECK_STR(R(M(e, "setdefault", 2, S("x"), I(9))), "1");
    CHECK_STR(R(M(e, "setdefault", 2, S("n"), I(7))), "7");
    CHECK_STR(R(e), "{'x': 1, 'y': 2, 'z': 3, 'n': 7}");
    CHECK_STR(R(M((py_object *)&py_dict_type, "fromkeys", 2, S("ab"), I(0))), "{'a': 0, 'b': 0}");
  }
  {
    py_object *a = py_dict_new(), *b = py_dict_new();
    py_dict_set(a, S("a"), I(1));
    py_dict_set(b, S("b"), I(2));
    py_dict_set(b, S("a"), I(3));
    CHECK_STR(R(py_binop(a, b, PY_OP_OR)), "{'a': 3, 'b': 2}");
    py_object *c = py_dict_new();
    py_dict_set(c, S("a"), py_float_from_double(1.0));
    CHECK_STR(R(py_richcompare(a, c, PY_EQ)), "True");
    CHECK_STR(R(py_richcompare(a, b, PY_LT)),
              "!TypeError: '<' not supported between instances of 'dict' and 'dict'");
    py_object *f = py_dict_new();
    py_dict_set(f, S("self"), f);
    CHECK_STR(R(f), "{'self': {...}}");
  }
  {
    py_object *d = abc();
    py_object *k = M(d, "keys", 0);
    const char *w1[] = {"b", "c", "z"}, *w2[] = {"z"}, *w3[] = {"a"}, *w4[] = {"a", "q"};
    CHECK_STR(R(py_binop(k, set_of_strs(w1, 3), PY_OP_AND)), "{'c', 'b'}");
    CHECK_STR(R(py_binop(k, set_of_strs(w2, 1), PY_OP_OR)), "{'c', 'a', 'b', 'z'}");
    CHECK_STR(R(py_binop(k, set_of_strs(w3, 1), PY_OP_SUB)), "{'c', 'b'}");
    CHECK_STR(R(py_binop(k, set_of_strs(w4, 2), PY_OP_XOR)), "{'q', 'c', 'b'}");
    CHECK_INT(py_contains(k, S("a")), 1);
    const char *w5[] = {"c", "b", "a"};
    CHECK_STR(R(py_richcompare(k, set_of_strs(w5, 3), PY_EQ)), "True");
    CHECK_STR(R(py_list_from_iterable(M(d, "__reversed__", 0))), "['c', 'b', 'a']");
    CHECK_STR(R(py_list_from_iterable(M(M(d, "items", 0), "__reversed__", 0))),
              "[('c', 3), ('b', 2), ('a', 1)]");
    /* mutation during iteration */
    py_object *it = py_iter(d);
    py_object *first = py_next(it);
    CHECK_STR(R(first), "'a'");
    py_dict_set(d, S("new"), I(0));
    CHECK(py_next(it) == NULL);
    CHECK_STR(R(NULL), "!RuntimeError: dictionary changed size during iteration");
  }
  {
    py_object *big = py_dict_new();
    for (int i = 0; i < 1000; i++) py_dict_set(big, I(i * 7 % 1009), I(i));
    for (int i = 0; i < 1000; i += 2) py_dict_del(big, I(i * 7 % 1009));
    CHECK_INT(py_dict_size(big), 500);
    CHECK_STR(R(py_getitem(py_list_from_iterable(M(big, "items", 0)), py_slice_new(NULL, I(5), NULL))),
              "[(7, 1), (21, 3), (35, 5), (49, 7), (63, 9)]");
    CHECK_STR(R(py_getitem(py_list_from_iterable(big), py_slice_new(I(-3), NULL, NULL))),
              "[911, 925, 939]");
  }
  {
    py_object *d = py_dict_new();
    py_object *l = py_list_new(0);
    py_list_append(l, I(3));
    py_dict_set(d, py_tuple_pack(2, I(1), I(2)), l);
    py_dict_set(d, PY_NONE, py_dict_new());
    py_dict_set(d, S("q"), py_tuple_pack(1, I(1)));
    CHECK_STR(R(d), "{(1, 2): [3], None: {}, 'q': (1,)}");
  }
  {
    /* popitem reuses entry slots but leaves DUMMY index slots: inserting and popping
     * many times must still resize (this once looped forever in a lookup). */
    py_object *d = py_dict_new();
    py_dict_set(d, S("keep"), I(1));
    for (int i = 0; i < 1000; i++) {
      py_dict_set(d, I(i), I(i));
      py_object *kv = M(d, "popitem", 0);
      CHECK(kv != NULL);
    }
    CHECK_STR(R(py_getitem(d, I(5))), "!KeyError: 5");
    CHECK_STR(R(d), "{'keep': 1}");
  }
  return CHECK_DONE("containers_dict");
}
