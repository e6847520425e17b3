/* tests/py/objcore_descr.c — descriptors (property, staticmethod, classmethod,
 * method and getset descriptors, bound methods, builtin functions), modules, and
 * argument binding messages. Expected texts from python3. */
#include "objcore_common.h"

static py_object *g_five(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)n, (void)kw;
  return I(5);
}
static py_object *g_store(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)kw;
  if (n != 2) return py_raise(&py_exc_TypeError, "setter wants 2");
  if (py_setattr(a[0], py_str_intern_cstr("_v"), a[1]) < 0) return NULL;
  return py_newref(PY_NONE);
}
static py_object *g_count(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)a, (void)kw;
  return I((int64_t)n);
}
static py_object *g_first(py_object *f, py_object *const *a, size_t n, py_object *kw) {
  (void)f, (void)kw;
  return n ? py_newref(a[0]) : py_newref(PY_NONE);
}

static int startswith(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static void test_property(void) {
  py_object *getter = fn_new("v", g_five), *setter = fn_new("v", g_store);
  py_object *prop = py_call1((py_object *)&py_property_type, getter);
  CHECK(startswith(rep(prop), "<property object at 0x"));
  py_object *ns = py_dict_new();
  py_dict_set_str(ns, "v", prop);
  py_object *ro = py_call0((py_object *)&py_property_type);
  py_dict_set_str(ns, "w", ro);
  py_object *name = S("P"), *bases = py_tuple_new(0);
  py_object *args[3] = {name, bases, ns};
  py_object *P = py_call((py_object *)&py_type_type, args, 3, NULL);
  py_object *p = py_call0(P);
  py_object *one = I(1);
  CHECK_STR(txt(py_getattr_str(p, "v")), "5");
  CHECK_INT(py_setattr(p, py_str_intern_cstr("v"), one), -1);
  CHECK_STR(err(), "AttributeError: property 'v' of 'P' object has no setter");
  CHECK_STR(txt(py_getattr_str(p, "w")), "!AttributeError: property 'w' of 'P' object has no getter");
  CHECK_INT(py_setattr(p, py_str_intern_cstr("w"), NULL), -1);
  CHECK_STR(err(), "AttributeError: property 'w' of 'P' object has no deleter");
  /* the decorator form: prop.setter(f) makes a new property with both */
  py_object *p2 = py_call_method(prop, py_str_intern_cstr("setter"), &setter, 1);
  CHECK(p2 && PY_TYPE(p2) == &py_property_type);
  CHECK_INT(py_setattr(P, py_str_intern_cstr("v"), p2), 0);
  CHECK_INT(py_setattr(p, py_str_intern_cstr("v"), one), 0);
  CHECK_STR(txt(py_getattr_str(p, "_v")), "1");
  CHECK_STR(txt(py_getattr_str(p2, "fget")), txt(py_repr(getter)));
  py_object *pv = py_getattr_str(P, "v");
  CHECK(pv == p2);
  py_xdecref(pv);
  py_decref(p2);
  py_decref(one);
  py_decref(p);
  py_decref(P);
  py_decref(name);
  py_decref(bases);
  py_decref(ns);
  py_decref(ro);
  py_decref(prop);
  py_decref(getter);
  py_decref(setter);
}

static void test_static_class_methods(void) {
  py_object *f = fn_new("f", g_count), *first = fn_new("c", g_first);
  py_object *sm = py_call1((py_object *)&py_staticmethod_type, f);
  py_object *cm = py_call1((py_object *)&py_classmethod_type, first);
  py_object *ns = py_dict_new();
  py_dict_set_str(ns, "s", sm);
  py_dict_set_str(ns, "c", cm);
  py_object *name = S("K"), *bases = py_tuple_new(0);
  py_object *args[3] = {name, bases, ns};
  py_object *K = py_call((py_object *)&py_type_type, args, 3, NULL);
  py_object *k = py_call0(K);
  py_object *one = I(1);
  /* staticmethod: no self from the class or an instance */
  py_object *ks = py_getattr_str(k, "s");
  CHECK(ks == f);
  CHECK_STR(txt(py_call1(ks, one)), "1");
  py_xdecref(ks);
  CHECK_STR(txt(py_call1(sm, one)), "1"); /* staticmethod objects are callable (3.10+) */
  /* classmethod: the class as first argument from both */
  CHECK_STR(txt(py_call_method(k, py_str_intern_cstr("c"), NULL, 0)), "<class '__main__.K'>");
  py_object *kc = py_getattr_str(K, "c");
  CHECK(startswith(rep(kc), "<bound method ? of <class 'K'>>") ||
        startswith(rep(kc), "<bound method"));
  CHECK_STR(txt(py_call0(kc)), "<class '__main__.K'>");
  py_xdecref(kc);
  CHECK_STR(txt(py_call0((py_object *)&py_staticmethod_type)),
            "!TypeError: staticmethod expected 1 argument, got 0");
  CHECK(startswith(rep(sm), "<staticmethod(<function object at 0x"));
  py_object *len_def_holder = py_getattr_str(sm, "__func__");
  CHECK(len_def_holder == f);
  py_xdecref(len_def_holder);

  /* bound methods: equality by self identity and function */
  py_object *m1 = py_method_new(f, k), *m2 = py_method_new(f, k), *m3 = py_method_new(f, K);
  CHECK_INT(py_richcompare_bool(m1, m2, PY_EQ), 1);
  CHECK_INT(py_richcompare_bool(m1, m3, PY_EQ), 0);
  CHECK_STR(txt(py_getattr_str(m1, "__self__")), txt(py_repr(k)));
  CHECK(py_hash_of(m1) == py_hash_of(m2));
  CHECK_STR(txt(py_call1(m1, one)), "2");
  py_decref(m1);
  py_decref(m2);
  py_decref(m3);

  py_decref(one);
  py_decref(k);
  py_decref(K);
  py_decref(name);
  py_decref(bases);
  py_decref(ns);
  py_decref(sm);
  py_decref(cm);
  py_decref(f);
  py_decref(first);
}

static void test_builtin_descriptors(void) {
  py_object *append = py_getattr_str((py_object *)&py_list_type, "append");
  CHECK_STR(rep(append), "<method 'append' of 'list' objects>");
  py_object *lst = py_list_new(0), *one = I(1);
  py_object *args[2] = {one, one};
  CHECK_STR(txt(py_call(append, args, 2, NULL)),
            "!TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
  CHECK_STR(txt(py_call0(append)), "!TypeError: unbound method list.append() needs an argument");
  py_object *ba = py_getattr_str(lst, "append");
  CHECK(startswith(rep(ba), "<built-in method append of list object at 0x"));
  CHECK_STR(txt(py_getattr_str(ba, "__qualname__")), "list.append");
  CHECK_STR(txt(py_getattr_str(ba, "__name__")), "append");
  CHECK_STR(txt(py_call1(ba, one)), "None");
  CHECK_STR(rep(lst), "[1]");
  py_object *ba2 = py_getattr_str(lst, "append");
  CHECK_INT(py_richcompare_bool(ba, ba2, PY_EQ), 1);
  py_decref(ba2);
  py_decref(ba);
  py_object *init = py_getattr_str((py_object *)&py_object_type, "__init__");
  CHECK_STR(rep(init), "<slot wrapper '__init__' of 'object' objects>");
  py_decref(init);
  py_object *argsd = py_getattr_str((py_object *)&py_exc_BaseException, "args");
  CHECK_STR(rep(argsd), "<attribute 'args' of 'BaseException' objects>");
  py_decref(argsd);
  py_object *cls = py_getattr_str(one, "__class__");
  CHECK(cls == (py_object *)&py_int_type);
  py_decref(cls);
  CHECK_INT(py_setattr(one, PY_ID(__class__), (py_object *)&py_str_type), -1);
  CHECK_STR(err(),
            "TypeError: __class__ assignment only supported for mutable types or ModuleType "
            "subclasses");
  py_decref(lst);
  py_decref(append);
  py_decref(one);
}

static py_object *mod_fn(py_object *self, py_object *const *a, size_t n, py_object *kw) {
  (void)self, (void)a, (void)kw;
  return I((int64_t)n);
}

static void test_module(void) {
  static const py_method_def defs[] = {{"count", mod_fn, 0, NULL}, {0}};
  py_object *m = py_module_new("mymod");
  CHECK_STR(rep(m), "<module 'mymod' (built-in)>");
  CHECK_INT(py_module_add_functions(m, defs), 0);
  py_object *f = py_getattr_str(m, "count");
  CHECK_STR(rep(f), "<built-in function count>");
  CHECK_STR(txt(py_getattr_str(f, "__module__")), "mymod");
  CHECK_STR(txt(py_call0(f)), "0");
  py_decref(f);
  CHECK_STR(txt(py_getattr_str(m, "nope")),
            "!AttributeError: module 'mymod' has no attribute 'nope'");
  py_object *one = I(1);
  CHECK_INT(py_module_add(m, "one", one), 0);
  CHECK_STR(txt(py_getattr_str(m, "one")), "1");
  CHECK_STR(txt(py_getattr_str(m, "__name__")), "mymod");
  CHECK(py_dict_get_str(py_module_dict(m), "one") == one);
  py_decref(one);
  /* The module and its functions refer to each other; break the cycle. */
  py_object *cn = S("count");
  py_dict_del(py_module_dict(m), cn);
  py_decref(cn);
  py_decref(m);
}

static const char *const isclose_names[] = {"a", "b", "rel_tol", "abs_tol"};
static const py_params isclose_sig = {"isclose", isclose_names, 4, 0, 2, 2};
static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed"};
static const py_params from_bytes_sig = {"from_bytes", from_bytes_names, 3, 0, 2, 1};
static const char *const split_names[] = {"sep", "maxsplit"};
static const py_params split_sig = {"split", split_names, 2, 0, 2, 0};

static const char *bind(const py_params *p, size_t nargs, const char *kws) {
  py_object *args[8], *out[8];
  for (int i = 0; i < 8; i++) args[i] = I(i);
  py_object *kwnames = NULL;
  size_t nkw = 0;
  if (kws) {
    kwnames = py_tuple_new((py_ssize)(strlen(kws) ? 1 : 0));
    char buf[64];
    snprintf(buf, sizeof buf, "%s", kws);
    /* comma-separated names */
    py_object *l = py_list_new(0);
    for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
      py_object *s = S(t);
      py_list_append(l, s);
      py_decref(s);
      nkw++;
    }
    py_decref(kwnames);
    kwnames = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
    py_decref(l);
  }
  (void)nkw;
  int r = py_args_bind(p, args, nargs, kwnames, out);
  py_xdecref(kwnames);
  for (int i = 0; i < 8; i++) py_decref(args[i]);
  return r == 0 ? "ok" : err();
}

static void test_args(void) {
  /* python3: math.isclose(1) etc. */
  CHECK_STR(bind(&isclose_sig, 1, NULL), "TypeError: isclose() missing required argument 'b' (pos 2)");
  CHECK_STR(bind(&isclose_sig, 3, NULL),
            "TypeError: isclose() takes exactly 2 positional arguments (3 given)");
  CHECK_STR(bind(&isclose_sig, 0, "a,b"), "ok");
  CHECK_STR(bind(&isclose_sig, 1, "b,c"), "TypeError: 'c' is an invalid keyword argument for isclose()");
  CHECK_STR(bind(&isclose_sig, 2, "rel_tol,abs_tol,x"),
            "TypeError: isclose() takes at most 4 arguments (5 given)");
  CHECK_STR(bind(&from_bytes_sig, 2, "bytes"),
            "TypeError: argument for from_bytes() given by name ('bytes') and position (1)");
  CHECK_STR(bind(&from_bytes_sig, 0, NULL),
            "TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
  CHECK_STR(bind(&from_bytes_sig, 3, NULL),
            "TypeError: from_bytes() takes at most 2 positional arguments (3 given)");
  CHECK_STR(bind(&from_bytes_sig, 0, "bytes,byteorder,signed,x"),
            "TypeError: from_bytes() takes at most 3 keyword arguments (4 given)");
  CHECK_STR(bind(&split_sig, 3, NULL), "TypeError: split() takes at most 2 arguments (3 given)");
  CHECK_STR(bind(&split_sig, 0, "x"), "TypeError: 'x' is an invalid keyword argument for split()");

  py_object *kw = py_tuple_pack(1, PY_ID(args));
  CHECK_INT(py_args_check("len", 0, NULL, 1, 1), -1);
  CHECK_STR(err(), "TypeError: len() takes exactly one argument (0 given)");
  CHECK_INT(py_args_check("list.clear", 1, NULL, 0, 0), -1);
  CHECK_STR(err(), "TypeError: list.clear() takes no arguments (1 given)");
  CHECK_INT(py_args_check("divmod", 1, NULL, 2, 2), -1);
  CHECK_STR(err(), "TypeError: divmod expected 2 arguments, got 1");
  CHECK_INT(py_args_check("getattr", 1, NULL, 2, 3), -1);
  CHECK_STR(err(), "TypeError: getattr expected at least 2 arguments, got 1");
  CHECK_INT(py_args_check("replace", 4, NULL, 2, 3), -1);
  CHECK_STR(err(), "TypeError: replace expected at most 3 arguments, got 4");
  CHECK_INT(py_args_check("f", 0, kw, 0, 1), -1);
  CHECK_STR(err(), "TypeError: f() takes no keyword arguments");
  CHECK_INT(py_args_check("f", 1, NULL, 0, 1), 0);
  py_decref(kw);
}


static void test_annotations(void) {
  py_object *li = py_generic_alias_new((py_object *)&py_list_type, (py_object *)&py_int_type);
  CHECK_STR(rep(li), "list[int]");
  py_object *args = py_tuple_pack(2, (py_object *)&py_str_type, li);
  py_object *d = py_generic_alias_new((py_object *)&py_dict_type, args);
  CHECK_STR(rep(d), "dict[str, list[int]]");
  py_object *targs = py_tuple_pack(2, (py_object *)&py_int_type, PY_ELLIPSIS);
  py_object *t = py_generic_alias_new((py_object *)&py_tuple_type, targs);
  CHECK_STR(rep(t), "tuple[int, ...]");
  py_object *li2 = py_generic_alias_new((py_object *)&py_list_type, (py_object *)&py_int_type);
  CHECK_INT(py_richcompare_bool(li, li2, PY_EQ), 1);
  CHECK_STR(txt(py_getattr_str(li, "__origin__")), "<class 'list'>");
  CHECK_STR(txt(py_call0(li)), "[]");
  py_object *lst = py_list_new(0);
  CHECK_INT(py_isinstance(lst, li), -1);
  CHECK_STR(err(), "TypeError: isinstance() argument 2 cannot be a parameterized generic");
  /* int | None, and with an alias */
  py_object *u = py_binop((py_object *)&py_int_type, PY_NONE, PY_OP_OR);
  CHECK_STR(rep(u), "int | None");
  py_object *u2 = py_binop(li, u, PY_OP_OR);
  CHECK_STR(rep(u2), "list[int] | int | None");
  py_object *one = I(1);
  CHECK_INT(py_isinstance(one, u), 1);
  CHECK_INT(py_isinstance(lst, u), 0);
  CHECK_STR(txt(py_binop((py_object *)&py_int_type, one, PY_OP_OR)),
            "!TypeError: unsupported operand type(s) for |: 'type' and 'int'");
  py_decref(one);
  py_decref(u2);
  py_decref(u);
  py_decref(lst);
  py_decref(li2);
  py_decref(t);
  py_decref(targs);
  py_decref(d);
  py_decref(args);
  py_decref(li);
}

int main(void) {
  if (py_objcore_init() < 0) {
    fprintf(stderr, "init failed: %s\n", err());
    return 1;
  }
  test_property();
  test_static_class_methods();
  test_builtin_descriptors();
  test_module();
  test_args();
  test_annotations();
  return CHECK_DONE("objcore_descr");
}
