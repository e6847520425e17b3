/* tests/py/objcore_classes.c — classes built from C: creation, mro, dunder dispatch
 * (repr, eq/hash, binary operators with reflection, len/bool, getattr, iteration,
 * call, init), metaclasses, subclassing builtins, descriptors. Expected texts come
 * from python3 (see the comments). */
#include "objcore_common.h"

/* ---- methods used by the classes below ---- */

static py_object *m_repr_A(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return S("A()");
}
static py_object *m_true(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return py_bool(1);
}
static py_object *m_init_x(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)kw;
  if (n != 2) return py_raise(&py_exc_TypeError, "__init__ wants x");
  if (py_setattr(a[0], py_str_intern_cstr("x"), a[1]) < 0) return NULL;
  return py_newref(PY_NONE);
}
static py_object *m_init_ret1(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(1);
}
static py_object *m_xadd(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return S("X.add");
}
static py_object *m_xradd(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return S("X.radd");
}
static py_object *m_yradd(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return S("Y.radd");
}
static py_object *m_len3(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(3);
}
static py_object *m_len_neg(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(-1);
}
static py_object *m_getattr_bang(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)n, (void)kw;
  py_object *bang = S("!");
  py_object *r = py_str_concat(a[1], bang);
  py_decref(bang);
  return r;
}
/* __iter__ returns self; __next__ counts a per-instance attribute "i" up to 3. */
static py_object *m_self(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)n, (void)kw;
  return py_newref(a[0]);
}
static py_object *m_next3(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)n, (void)kw;
  py_object *name = py_str_intern_cstr("i");
  py_object *i = py_getattr_opt(a[0], name);
  int64_t v = i ? PY_INT_SMALL(i) : 0;
  py_xdecref(i);
  if (v >= 3) return py_raise(&py_exc_StopIteration, "");
  py_object *nv = I(v + 1);
  py_setattr(a[0], name, nv);
  return nv;
}
static py_object *m_call_count(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)kw;
  return I((int64_t)n - 1); /* minus self */
}
static py_object *m_getitem_double(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)n, (void)kw;
  return py_binop(a[1], a[1], PY_OP_ADD);
}
static py_object *m_lt_false(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return py_bool(0);
}
static py_object *m_hash_42(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(42);
}
static py_object *m_bool_int(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(1);
}
static py_object *m_super_repr(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)n, (void)kw;
  /* super(D2, self).__repr__() with D2 stored as a class attribute "cls" */
  py_object *cls = py_getattr_str(a[0], "cls");
  py_object *sup = py_call2((py_object *)&py_super_type, cls, a[0]);
  py_decref(cls);
  if (!sup) return NULL;
  py_object *r = py_call_method(sup, PY_ID(__repr__), NULL, 0);
  py_decref(sup);
  if (!r) return NULL;
  py_object *pre = S("sub:");
  py_object *out = py_str_concat(pre, r);
  py_decref(pre);
  py_decref(r);
  return out;
}

static int startswith(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static void test_basics(void) {
  CHECK_STR(rep((py_object *)&py_int_type), "<class 'int'>");
  CHECK_STR(rep((py_object *)&py_object_type), "<class 'object'>");
  CHECK_STR(rep((py_object *)&py_type_type), "<class 'type'>");
  CHECK_STR(rep(PY_NONE), "None");
  CHECK_STR(rep(PY_NOTIMPLEMENTED), "NotImplemented");
  CHECK_STR(rep(PY_ELLIPSIS), "Ellipsis");
  CHECK_STR(rep((py_object *)&py_exc_ValueError), "<class 'ValueError'>");
  py_object *o = py_call0((py_object *)&py_object_type);
  CHECK(startswith(rep(o), "<object object at 0x"));
  CHECK_INT(py_richcompare_bool(o, o, PY_EQ), 1);
  CHECK_INT(py_hash_of(o), py_hash_pointer(o));
  py_object *one = I(1);
  CHECK_STR(txt(py_call((py_object *)&py_object_type, &one, 1, NULL)),
            "!TypeError: object() takes no arguments");
  py_decref(one);
  CHECK_STR(txt(py_call0(PY_NONE)), "!TypeError: 'NoneType' object is not callable");
  CHECK(py_call0((py_object *)&py_none_type) == PY_NONE);
  CHECK_STR(txt(py_call1((py_object *)&py_type_type, o)), "<class 'object'>");
  CHECK_STR(txt(py_getattr_str((py_object *)&py_int_type, "__name__")), "int");
  CHECK_STR(txt(py_getattr_str((py_object *)&py_int_type, "nope")),
            "!AttributeError: type object 'int' has no attribute 'nope'");
  py_object *two = I(2);
  CHECK_INT(py_setattr((py_object *)&py_int_type, py_str_intern_cstr("x"), two), -1);
  CHECK_STR(err(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
  CHECK_INT(py_setattr(two, py_str_intern_cstr("x"), two), -1);
  CHECK_STR(err(), "AttributeError: 'int' object has no attribute 'x'");
  py_decref(two);
  py_decref(o);
}

static void test_class_basics(void) {
  static const meth a_defs[] = {{"__init__", m_init_x}, {"__repr__", m_repr_A},
                                {"__eq__", m_true}, {0}};
  py_object *A = make_class("A", NULL, a_defs);
  CHECK_STR(rep(A), "<class '__main__.A'>");
  CHECK_STR(txt(py_getattr_str(A, "__qualname__")), "A");
  CHECK_STR(txt(py_getattr_str(A, "__module__")), "__main__");
  CHECK_STR(txt(py_getattr_str(A, "__hash__")), "None");
  py_object *one = I(1);
  py_object *a = py_call1(A, one);
  CHECK_STR(rep(a), "A()");
  CHECK_STR(txt(py_getattr_str(a, "x")), "1");
  CHECK_INT(py_hash_of(a), -1);
  CHECK_STR(err(), "TypeError: unhashable type: 'A'");
  CHECK_INT(py_richcompare_bool(a, one, PY_EQ), 1);
  /* != falls back to the inverse of __eq__ */
  CHECK_INT(py_richcompare_bool(a, one, PY_NE), 0);
  CHECK_STR(txt(py_richcompare(a, one, PY_LT)),
            "!TypeError: '<' not supported between instances of 'A' and 'int'");
  CHECK_STR(txt(py_getattr_str(a, "y")), "!AttributeError: 'A' object has no attribute 'y'");
  CHECK_STR(txt(py_getattr_str(a, "__dict__")), "{'x': 1}");
  CHECK_INT(py_isinstance(a, A), 1);
  CHECK_INT(py_isinstance(a, (py_object *)&py_object_type), 1);
  CHECK_INT(py_isinstance(a, (py_object *)&py_int_type), 0);

  /* B(A) inherits everything; a subclass that does not define __eq__ still has
   * __hash__ None from A. */
  py_object *bases = py_tuple_pack(1, A);
  py_object *B = make_class("B", bases, NULL);
  py_object *b = py_call1(B, one);
  CHECK_STR(rep(b), "A()");
  CHECK_INT(py_hash_of(b), -1);
  CHECK_STR(err(), "TypeError: unhashable type: 'B'");
  CHECK_INT(py_issubclass(B, A), 1);
  CHECK_INT(py_issubclass(A, B), 0);
  CHECK_STR(txt(py_getattr_str(B, "__mro__")),
            "(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)");
  CHECK_STR(txt(py_getattr_str(B, "__bases__")), "(<class '__main__.A'>,)");

  /* A class without __init__ takes no arguments. */
  py_object *E = make_class("E", NULL, NULL);
  CHECK_STR(txt(py_call1(E, one)), "!TypeError: E() takes no arguments");
  py_object *e = py_call0(E);
  CHECK(startswith(rep(e), "<__main__.E object at 0x"));
  CHECK_INT(py_hash_of(e), py_hash_pointer(e));
  py_object *xname = py_str_intern_cstr("x");
  CHECK_INT(py_setattr(e, xname, NULL), -1);
  CHECK_STR(err(), "AttributeError: 'E' object has no attribute 'x'");
  /* __init__ must return None */
  static const meth bad_init[] = {{"__init__", m_init_ret1}, {0}};
  py_object *F = make_class("F", NULL, bad_init);
  CHECK_STR(txt(py_call0(F)), "!TypeError: __init__() should return None, not 'int'");
  /* Setting a dunder on the class updates the slot. */
  py_object *f = fn_new("__repr__", m_repr_A);
  CHECK_INT(py_setattr(E, PY_ID(__repr__), f), 0);
  CHECK_STR(rep(e), "A()");
  py_decref(f);

  py_decref(F);
  py_decref(e);
  py_decref(E);
  py_decref(b);
  py_decref(B);
  py_decref(bases);
  py_decref(a);
  py_decref(one);
  py_decref(A);
}

static void test_binops(void) {
  static const meth x_defs[] = {{"__add__", m_xadd}, {"__radd__", m_xradd}, {0}};
  static const meth y_defs[] = {{"__radd__", m_yradd}, {0}};
  py_object *X = make_class("X", NULL, x_defs);
  py_object *bases = py_tuple_pack(1, X);
  py_object *Y = make_class("Y", bases, y_defs);
  py_object *x = py_call0(X), *y = py_call0(Y), *one = I(1), *s = S("a");
  /* python3: X() + Y() -> 'Y.radd'; 1 + X() -> 'X.radd'; X() + 1 -> 'X.add' */
  CHECK_STR(txt(py_binop(x, y, PY_OP_ADD)), "Y.radd");
  CHECK_STR(txt(py_binop(one, x, PY_OP_ADD)), "X.radd");
  CHECK_STR(txt(py_binop(x, one, PY_OP_ADD)), "X.add");
  CHECK_STR(txt(py_inplace_binop(x, one, PY_OP_ADD)), "X.add");
  CHECK_STR(txt(py_binop(x, one, PY_OP_SUB)),
            "!TypeError: unsupported operand type(s) for -: 'X' and 'int'");
  CHECK_STR(txt(py_binop(one, s, PY_OP_ADD)),
            "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK_STR(txt(py_inplace_binop(one, s, PY_OP_ADD)),
            "!TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  CHECK_STR(txt(py_binop(s, one, PY_OP_ADD)),
            "!TypeError: can only concatenate str (not \"int\") to str");
  CHECK_STR(txt(py_binop(one, s, PY_OP_POW)),
            "!TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  CHECK_STR(txt(py_pow3(one, s, one)),
            "!TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
  CHECK_STR(txt(py_binop(one, s, PY_OP_DIVMOD)),
            "!TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'");
  CHECK_STR(txt(py_neg(s)), "!TypeError: bad operand type for unary -: 'str'");
  CHECK_STR(txt(py_invert(s)), "!TypeError: bad operand type for unary ~: 'str'");
  CHECK_STR(txt(py_absolute(s)), "!TypeError: bad operand type for abs(): 'str'");
  CHECK_STR(txt(py_richcompare(one, s, PY_LT)),
            "!TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK_INT(py_richcompare_bool(one, s, PY_EQ), 0);
  CHECK_INT(py_richcompare_bool(one, s, PY_NE), 1);
  /* int.__add__ as a slot wrapper, called unbound and bound */
  py_object *add = py_getattr_str((py_object *)&py_int_type, "__add__");
  CHECK_STR(rep(add), "<slot wrapper '__add__' of 'int' objects>");
  py_object *three = I(3), *four = I(4);
  CHECK_STR(txt(py_call2(add, three, four)), "7");
  CHECK_STR(txt(py_call2(add, s, four)),
            "!TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  py_object *bound = py_getattr_str(three, "__add__");
  CHECK(startswith(rep(bound), "<method-wrapper '__add__' of int object at 0x"));
  CHECK_STR(txt(py_call1(bound, four)), "7");
  CHECK_STR(txt(py_call0(bound)), "!TypeError: expected 1 argument, got 0");
  py_decref(bound);
  py_decref(add);
  py_decref(three);
  py_decref(four);
  py_decref(s);
  py_decref(one);
  py_decref(x);
  py_decref(y);
  py_decref(Y);
  py_decref(bases);
  py_decref(X);
}

static void test_protocols(void) {
  static const meth l_defs[] = {{"__len__", m_len3}, {0}};
  py_object *L = make_class("L", NULL, l_defs);
  py_object *l = py_call0(L);
  CHECK_INT(py_len(l), 3);
  CHECK_INT(py_truthy(l), 1);
  static const meth ln_defs[] = {{"__len__", m_len_neg}, {0}};
  py_object *LN = make_class("LN", NULL, ln_defs);
  py_object *ln = py_call0(LN);
  CHECK_INT(py_len(ln), -1);
  CHECK_STR(err(), "ValueError: __len__() should return >= 0");
  static const meth b_defs[] = {{"__bool__", m_bool_int}, {0}};
  py_object *BI = make_class("BI", NULL, b_defs);
  py_object *bi = py_call0(BI);
  CHECK_INT(py_truthy(bi), -1);
  CHECK_STR(err(), "TypeError: __bool__ should return bool, returned int");

  static const meth g_defs[] = {{"__getattr__", m_getattr_bang}, {0}};
  py_object *G = make_class("G", NULL, g_defs);
  py_object *g = py_call0(G);
  py_object *one = I(1);
  py_setattr(g, py_str_intern_cstr("y"), one);
  CHECK_STR(txt(py_getattr_str(g, "foo")), "foo!");
  CHECK_STR(txt(py_getattr_str(g, "y")), "1");

  static const meth it_defs[] = {{"__iter__", m_self}, {"__next__", m_next3}, {0}};
  py_object *IT = make_class("IT", NULL, it_defs);
  py_object *itobj = py_call0(IT);
  py_object *it = py_iter(itobj);
  CHECK(it == itobj);
  int64_t sum = 0;
  py_object *v;
  while ((v = py_next(it))) {
    sum += PY_INT_SMALL(v);
    py_decref(v);
  }
  CHECK(!py_err_occurred());
  CHECK_INT(sum, 6);
  CHECK_INT(py_contains(itobj, one), 0); /* exhausted already */
  py_decref(it);

  static const meth c_defs[] = {{"__call__", m_call_count}, {"__getitem__", m_getitem_double},
                                {"__lt__", m_lt_false}, {"__hash__", m_hash_42}, {0}};
  py_object *C = make_class("C", NULL, c_defs);
  py_object *c = py_call0(C);
  py_object *args[3] = {one, one, one};
  CHECK_STR(txt(py_call(c, args, 3, NULL)), "3");
  CHECK_STR(txt(py_getitem(c, one)), "2");
  CHECK_INT(py_richcompare_bool(c, one, PY_LT), 0);
  /* reflected: 1 > c asks c.__lt__(1) */
  CHECK_INT(py_richcompare_bool(one, c, PY_GT), 0);
  CHECK_INT(py_hash_of(c), 42);
  CHECK_STR(txt(py_setitem(c, one, one) < 0 ? NULL : S("ok")),
            "!TypeError: 'C' object does not support item assignment");

  /* builtin errors */
  CHECK_INT(py_len(one), -1);
  CHECK_STR(err(), "TypeError: object of type 'int' has no len()");
  CHECK_STR(txt(py_iter(one)), "!TypeError: 'int' object is not iterable");
  CHECK_STR(txt(py_next(one)), "!TypeError: 'int' object is not an iterator");
  CHECK_INT(py_contains(one, one), -1);
  CHECK_STR(err(), "TypeError: argument of type 'int' is not iterable");
  CHECK_STR(txt(py_getitem(one, one)), "!TypeError: 'int' object is not subscriptable");
  CHECK_STR(txt(py_getitem((py_object *)&py_object_type, one)),
            "!TypeError: type 'object' is not subscriptable");
  py_object *s = S("ab");
  CHECK_INT(py_setitem(s, one, one), -1);
  CHECK_STR(err(), "TypeError: 'str' object does not support item assignment");
  CHECK_INT(py_delitem(s, one), -1);
  CHECK_STR(err(), "TypeError: 'str' object doesn't support item deletion");
  py_object *lst = py_list_new(0);
  CHECK_INT(py_hash_of(lst), -1);
  CHECK_STR(err(), "TypeError: unhashable type: 'list'");
  CHECK_STR(txt(py_getattr_str((py_object *)&py_list_type, "__hash__")), "None");
  CHECK_INT(py_isinstance(one, one), -1);
  CHECK_STR(err(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  CHECK_INT(py_issubclass(one, (py_object *)&py_int_type), -1);
  CHECK_STR(err(), "TypeError: issubclass() arg 1 must be a class");
  CHECK_INT(py_issubclass((py_object *)&py_int_type, one), -1);
  CHECK_STR(err(),
            "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
  py_object *tup = py_tuple_pack(2, (py_object *)&py_str_type, (py_object *)&py_int_type);
  CHECK_INT(py_isinstance(one, tup), 1);
  py_decref(tup);
  py_object *obj = py_call0((py_object *)&py_object_type);
  CHECK_STR(txt(py_format(obj, s)),
            "!TypeError: unsupported format string passed to object.__format__");
  py_decref(obj);
  py_decref(lst);
  py_decref(s);

  py_decref(c);
  py_decref(C);
  py_decref(itobj);
  py_decref(IT);
  py_decref(g);
  py_decref(G);
  py_decref(one);
  py_decref(bi);
  py_decref(BI);
  py_decref(ln);
  py_decref(LN);
  py_decref(l);
  py_decref(L);
}

static void test_mro_and_meta(void) {
  py_object *D1 = make_class("D1", NULL, NULL);
  py_object *b1 = py_tuple_pack(1, D1);
  py_object *D2 = make_class("D2", b1, NULL);
  py_object *D3 = make_class("D3", b1, NULL);
  py_object *b23 = py_tuple_pack(2, D2, D3);
  py_object *D4 = make_class("D4", b23, NULL);
  CHECK_STR(txt(py_getattr_str(D4, "__mro__")),
            "(<class '__main__.D4'>, <class '__main__.D2'>, <class '__main__.D3'>, "
            "<class '__main__.D1'>, <class 'object'>)");
  py_object *b12 = py_tuple_pack(2, D1, D2);
  CHECK_STR(txt(make_class("E", b12, NULL)),
            "!TypeError: Cannot create a consistent method resolution\n"
            "order (MRO) for bases D1, D2");
  py_object *bis = py_tuple_pack(2, (py_object *)&py_int_type, (py_object *)&py_str_type);
  CHECK_STR(txt(make_class("IS", bis, NULL)),
            "!TypeError: multiple bases have instance lay-out conflict");
  py_object *bb = py_tuple_pack(1, (py_object *)&py_bool_type);
  CHECK_STR(txt(make_class("BB", bb, NULL)),
            "!TypeError: type 'bool' is not an acceptable base type");

  /* a metaclass */
  py_object *tb = py_tuple_pack(1, (py_object *)&py_type_type);
  py_object *M = make_class("M", tb, NULL);
  py_object *C = make_class_meta(M, "C", NULL, NULL);
  CHECK(C && PY_TYPE(C) == (py_type *)M);
  CHECK_STR(rep(C), "<class '__main__.C'>");
  py_object *cb = py_tuple_pack(1, C);
  py_object *meta = py_class_metaclass(NULL, cb);
  CHECK(meta == M);
  py_xdecref(meta);
  py_object *CC = make_class("CC", cb, NULL); /* type() picks the derived metaclass M */
  CHECK(CC && PY_TYPE(CC) == (py_type *)M);
  py_object *ci = py_call0(CC);
  CHECK(startswith(rep(ci), "<__main__.CC object at 0x"));

  /* subclassing int: instances get a __dict__ */
  py_object *ib = py_tuple_pack(1, (py_object *)&py_int_type);
  py_object *MyInt = make_class("MyInt", ib, NULL);
  py_object *five = I(5), *one = I(1);
  py_object *m = py_call1(MyInt, five);
  CHECK(m && PY_TYPE(m) == (py_type *)MyInt);
  CHECK_INT(py_setattr(m, py_str_intern_cstr("a"), one), 0);
  CHECK_STR(txt(py_getattr_str(m, "a")), "1");
  CHECK_STR(txt(py_binop(m, one, PY_OP_ADD)), "6");
  CHECK_STR(rep(m), "5");
  CHECK_STR(txt(py_getattr_str(m, "__dict__")), "{'a': 1}");
  py_object *newf = py_getattr_str((py_object *)&py_int_type, "__new__");
  py_object *m2 = py_call2(newf, MyInt, five);
  CHECK(m2 && PY_TYPE(m2) == (py_type *)MyInt);
  py_xdecref(m2);
  CHECK_STR(txt(py_call1(newf, (py_object *)&py_str_type)),
            "!TypeError: int.__new__(str): str is not a subtype of int");
  CHECK_STR(txt(py_call1(newf, one)), "!TypeError: int.__new__(X): X is not a type object (int)");
  py_decref(newf);

  /* super(D2, x).__repr__() */
  static const meth sr_defs[] = {{"__repr__", m_super_repr}, {0}};
  py_object *SR = make_class("SR", NULL, sr_defs);
  py_setattr(SR, py_str_intern_cstr("cls"), SR);
  py_object *sr = py_call0(SR);
  CHECK(startswith(rep(sr), "sub:<__main__.SR object at 0x"));
  py_object *d4 = py_call0(D4);
  py_object *sup = py_call2((py_object *)&py_super_type, D2, d4);
  CHECK_STR(rep(sup), "<super: <class 'D2'>, <D4 object>>");
  py_decref(d4);
  py_object *sa = S("a");
  CHECK_STR(txt(py_call2((py_object *)&py_super_type, (py_object *)&py_int_type, sa)),
            "!TypeError: super(type, obj): obj must be an instance or subtype of type");
  py_decref(sa);

  py_decref(sup);
  py_decref(sr);
  py_decref(SR);
  py_decref(m);
  py_decref(five);
  py_decref(one);
  py_decref(MyInt);
  py_decref(ib);
  py_decref(ci);
  py_decref(CC);
  py_decref(cb);
  py_decref(C);
  py_decref(M);
  py_decref(tb);
  py_decref(bb);
  py_decref(bis);
  py_decref(b12);
  py_decref(D4);
  py_decref(b23);
  py_decref(D3);
  py_decref(D2);
  py_decref(b1);
  py_decref(D1);
}


/* A class from an explicit namespace dict (steals nothing). */
static py_object *class_from_ns(const char *name, py_object *bases, py_object *ns) {
  py_object *n = S(name);
  py_object *b = bases ? py_newref(bases) : py_tuple_new(0);
  py_dict_set_str(ns, "__module__", PY_ID(__main__));
  py_object *args[3] = {n, b, ns};
  py_object *cls = py_call((py_object *)&py_type_type, args, 3, NULL);
  py_decref(n);
  py_decref(b);
  return cls;
}

static void test_slots_abstract_subclasses(void) {
  /* class B: __slots__ = ("x",) */
  py_object *ns = py_dict_new();
  py_object *slots = py_tuple_pack(1, py_str_intern_cstr("x"));
  py_dict_set_str(ns, "__slots__", slots);
  py_object *B = class_from_ns("B", NULL, ns);
  py_object *b = py_call0(B);
  py_object *one = I(1), *x = py_str_intern_cstr("x"), *y = py_str_intern_cstr("y");
  CHECK_STR(txt(py_getattr(b, x)), "!AttributeError: 'B' object has no attribute 'x'");
  CHECK_INT(py_setattr(b, x, one), 0);
  CHECK_STR(txt(py_getattr(b, x)), "1");
  CHECK_INT(py_setattr(b, y, one), -1);
  CHECK_STR(err(), "AttributeError: 'B' object has no attribute 'y'");
  CHECK_STR(txt(py_getattr_str(b, "__dict__")),
            "!AttributeError: 'B' object has no attribute '__dict__'");
  py_object *mx = py_getattr(B, x);
  CHECK_STR(rep(mx), "<member 'x' of 'B' objects>");
  py_xdecref(mx);
  CHECK_INT(py_setattr(b, x, NULL), 0);
  CHECK_INT(py_setattr(b, x, NULL), -1);
  CHECK_STR(err(), "AttributeError: x");
  py_decref(b);
  py_decref(B);
  py_decref(ns);
  /* __slots__ conflicting with a class variable */
  ns = py_dict_new();
  py_dict_set_str(ns, "__slots__", slots);
  py_dict_set_str(ns, "x", one);
  CHECK_STR(txt(class_from_ns("C", NULL, ns)),
            "!ValueError: 'x' in __slots__ conflicts with class variable");
  py_decref(ns);
  /* non-empty __slots__ on a tuple subclass */
  ns = py_dict_new();
  py_dict_set_str(ns, "__slots__", slots);
  py_object *tb = py_tuple_pack(1, (py_object *)&py_tuple_type);
  CHECK_STR(txt(class_from_ns("T", tb, ns)),
            "!TypeError: nonempty __slots__ not supported for subtype of 'tuple'");
  py_decref(ns);
  /* a str subclass keeps its __dict__ in front of the object */
  ns = py_dict_new();
  py_object *sb = py_tuple_pack(1, (py_object *)&py_str_type);
  py_object *MyStr = class_from_ns("MyStr", sb, ns);
  py_object *hello = S("hello");
  py_object *ms = py_call1(MyStr, hello);
  CHECK(ms && PY_TYPE(ms) == (py_type *)MyStr);
  CHECK_INT(py_setattr(ms, y, one), 0);
  CHECK_STR(txt(py_getattr(ms, y)), "1");
  CHECK_STR(rep(ms), "'hello'");
  CHECK_INT(py_richcompare_bool(ms, hello, PY_EQ), 1);
  py_xdecref(ms);
  py_decref(hello);
  py_decref(MyStr);
  py_decref(sb);
  py_decref(ns);
  py_decref(tb);
  py_decref(slots);

  /* abstract classes and __subclasses__ */
  ns = py_dict_new();
  py_object *A = class_from_ns("Shape", NULL, ns);
  py_object *names = py_tuple_pack(2, py_str_intern_cstr("per"), py_str_intern_cstr("area"));
  py_object *fs = py_frozenset_new(names);
  CHECK_INT(py_setattr(A, py_str_intern_cstr("__abstractmethods__"), fs), 0);
  CHECK_STR(txt(py_call0(A)),
            "!TypeError: Can't instantiate abstract class Shape with abstract methods area, per");
  py_object *ab = py_tuple_pack(1, A);
  py_object *ns2 = py_dict_new();
  py_object *Sq = class_from_ns("Square", ab, ns2);
  py_object *subs = py_call_method(A, py_str_intern_cstr("__subclasses__"), NULL, 0);
  CHECK_STR(rep(subs), "[<class '__main__.Square'>]");
  py_xdecref(subs);
  py_decref(Sq);
  py_decref(ns2);
  py_decref(ab);
  py_decref(fs);
  py_decref(names);
  py_decref(A);
  py_decref(ns);
  py_decref(one);
}

static void test_numbers(void) {
  py_ssize n = 0;
  py_object *f = py_float_from_double(1.5), *s = S("a"), *seven = I(7);
  CHECK_INT(py_index_ssize(seven, &n), 0);
  CHECK_INT(n, 7);
  CHECK_INT(py_index_ssize(f, &n), -1);
  CHECK_STR(err(), "TypeError: 'float' object cannot be interpreted as an integer");
  py_object *big = py_int_from_string("1180591620717411303424", 22, 10); /* 2**70 */
  CHECK_INT(py_index_ssize(big, &n), -1);
  CHECK_STR(err(), "OverflowError: cannot fit 'int' into an index-sized integer");
  CHECK(py_as_double(seven) == 7.0);
  CHECK(py_as_double(f) == 1.5);
  CHECK(py_as_double(s) == -1.0);
  CHECK_STR(err(), "TypeError: must be real number, not str");
  CHECK_STR(txt(py_number_index(f)), "!TypeError: 'float' object cannot be interpreted as an integer");
  CHECK_STR(txt(py_number_index(seven)), "7");
  /* py_getattr_opt: absent is NULL without an error */
  CHECK(py_getattr_opt(seven, py_str_intern_cstr("nope")) == NULL && !py_err_occurred());
  CHECK_STR(txt(py_call_method(s, py_str_intern_cstr("upper"), NULL, 0)), "A");
  py_decref(big);
  py_decref(seven);
  py_decref(s);
  py_decref(f);
}

int main(void) {
  if (py_objcore_init() < 0) {
    fprintf(stderr, "init failed: %s\n", err());
    return 1;
  }
  test_basics();
  test_class_basics();
  test_binops();
  test_protocols();
  test_mro_and_meta();
  test_slots_abstract_subclasses();
  test_numbers();
  return CHECK_DONE("objcore_classes");
}
