/* tests/py/objcore_exceptions.c — the exception hierarchy, str/repr of exceptions,
 * their attributes, ExceptionGroup's rules and split/subgroup/derive, py_raise's
 * formats and the pending-exception functions. Expected texts from python3. */
#include "objcore_common.h"

static py_object *mk(py_type *t, int n, ...) {
  py_object *args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, py_object *);
  va_end(ap);
  py_object *r = py_call((py_object *)t, args, (size_t)n, NULL);
  for (int i = 0; i < n; i++) py_decref(args[i]);
  return r;
}

static void test_str_repr(void) {
  py_object *e = mk(&py_exc_ValueError, 0);
  CHECK_STR(rep(e), "ValueError()");
  CHECK_STR(txt(py_str(e)), "");
  py_decref(e);
  e = mk(&py_exc_ValueError, 2, I(1), I(2));
  CHECK_STR(rep(e), "ValueError(1, 2)");
  CHECK_STR(txt(py_str(e)), "(1, 2)");
  CHECK_STR(txt(py_getattr_str(e, "args")), "(1, 2)");
  py_decref(e);
  e = mk(&py_exc_KeyError, 1, S("a"));
  CHECK_STR(rep(e), "KeyError('a')");
  CHECK_STR(txt(py_str(e)), "'a'");
  py_decref(e);
  e = mk(&py_exc_KeyError, 0);
  CHECK_STR(txt(py_str(e)), "");
  py_decref(e);
  e = mk(&py_exc_Exception, 2, S("a"), S("b"));
  CHECK_STR(rep(e), "Exception('a', 'b')");
  CHECK_STR(txt(py_str(e)), "('a', 'b')");
  py_decref(e);
  py_object *kwn = py_tuple_pack(1, S("x"));
  py_decref(PY_TUPLE_ITEMS(kwn)[0]);
  py_object *one = I(1);
  CHECK_STR(txt(py_call((py_object *)&py_exc_ValueError, &one, 0, kwn)),
            "!TypeError: ValueError() takes no keyword arguments");
  py_decref(kwn);
  py_decref(one);
}

static void test_attributes(void) {
  py_object *e = mk(&py_exc_StopIteration, 0);
  CHECK_STR(txt(py_getattr_str(e, "value")), "None");
  CHECK(py_exc_stopiteration_value(e) == PY_NONE);
  py_decref(e);
  e = mk(&py_exc_StopIteration, 2, I(1), I(2));
  CHECK_STR(txt(py_getattr_str(e, "value")), "1");
  py_decref(e);
  e = mk(&py_exc_SystemExit, 0);
  CHECK_STR(txt(py_getattr_str(e, "code")), "None");
  py_decref(e);
  e = mk(&py_exc_SystemExit, 2, I(1), I(2));
  CHECK_STR(txt(py_getattr_str(e, "code")), "(1, 2)");
  py_decref(e);

  e = mk(&py_exc_OSError, 2, I(2), S("No such"));
  CHECK_STR(rep(e), "FileNotFoundError(2, 'No such')");
  CHECK_STR(txt(py_str(e)), "[Errno 2] No such");
  py_decref(e);
  e = mk(&py_exc_OSError, 3, I(2), S("No such"), S("f"));
  CHECK_STR(txt(py_str(e)), "[Errno 2] No such: 'f'");
  CHECK_STR(txt(py_getattr_str(e, "args")), "(2, 'No such')");
  py_decref(e);
  e = mk(&py_exc_OSError, 1, I(1));
  CHECK_STR(txt(py_str(e)), "1");
  py_decref(e);

  py_object *info = py_tuple_pack(6, S("/a/b.py"), I(3), I(4), S("x y"), I(3), I(5));
  for (int i = 0; i < 6; i++) py_decref(PY_TUPLE_ITEMS(info)[i]);
  e = mk(&py_exc_SyntaxError, 2, S("bad"), info);
  CHECK_STR(txt(py_str(e)), "bad (b.py, line 3)");
  CHECK_STR(txt(py_getattr_str(e, "offset")), "4");
  CHECK_STR(txt(py_getattr_str(e, "end_offset")), "5");
  CHECK_STR(txt(py_getattr_str(e, "text")), "x y");
  py_decref(e);
  info = py_tuple_pack(4, PY_NONE, I(3), I(4), S("x"));
  py_decref(PY_TUPLE_ITEMS(info)[1]);
  py_decref(PY_TUPLE_ITEMS(info)[2]);
  py_decref(PY_TUPLE_ITEMS(info)[3]);
  e = mk(&py_exc_SyntaxError, 2, S("bad"), info);
  CHECK_STR(txt(py_str(e)), "bad (line 3)");
  py_decref(e);
  e = mk(&py_exc_SyntaxError, 1, S("m"));
  CHECK_STR(txt(py_str(e)), "m");
  CHECK_STR(txt(py_getattr_str(e, "lineno")), "None");
  py_decref(e);

  /* ImportError(msg, name=...) and the invalid keyword message */
  py_object *kw = py_tuple_pack(1, S("name"));
  py_decref(PY_TUPLE_ITEMS(kw)[0]);
  py_object *args[2] = {S("x"), S("n")};
  e = py_call((py_object *)&py_exc_ImportError, args, 1, kw);
  CHECK_STR(txt(py_getattr_str(e, "name")), "n");
  CHECK_STR(txt(py_str(e)), "x");
  py_decref(e);
  py_object *kwfoo = py_tuple_pack(1, S("foo"));
  py_decref(PY_TUPLE_ITEMS(kwfoo)[0]);
  CHECK_STR(txt(py_call((py_object *)&py_exc_ImportError, args, 0, kwfoo)),
            "!TypeError: 'foo' is an invalid keyword argument for ImportError()");
  CHECK_STR(txt(py_call((py_object *)&py_exc_NameError, args, 0, kwfoo)),
            "!TypeError: 'foo' is an invalid keyword argument for NameError()");
  e = py_call((py_object *)&py_exc_NameError, args, 1, kw);
  CHECK_STR(txt(py_getattr_str(e, "name")), "n");
  py_decref(e);
  py_decref(kwfoo);
  py_decref(kw);
  py_decref(args[0]);
  py_decref(args[1]);

  /* notes, cause, context, traceback */
  e = mk(&py_exc_ValueError, 0);
  py_object *one = I(1);
  CHECK_STR(txt(py_call_method(e, py_str_intern_cstr("add_note"), &one, 1)),
            "!TypeError: note must be a str, not 'int'");
  CHECK_STR(txt(py_getattr_str(e, "__notes__")),
            "!AttributeError: 'ValueError' object has no attribute '__notes__'");
  py_object *note = S("hello");
  CHECK_STR(txt(py_call_method(e, py_str_intern_cstr("add_note"), &note, 1)), "None");
  CHECK_STR(txt(py_getattr_str(e, "__notes__")), "['hello']");
  py_decref(note);
  CHECK_INT(py_setattr(e, PY_ID(__cause__), one), -1);
  CHECK_STR(err(), "TypeError: exception cause must be None or derive from BaseException");
  CHECK_INT(py_setattr(e, PY_ID(__context__), one), -1);
  CHECK_STR(err(), "TypeError: exception context must be None or derive from BaseException");
  CHECK_INT(py_setattr(e, PY_ID(__traceback__), one), -1);
  CHECK_STR(err(), "TypeError: __traceback__ must be a traceback or None");
  CHECK_STR(txt(py_call_method(e, py_str_intern_cstr("with_traceback"), &one, 1)),
            "!TypeError: __traceback__ must be a traceback or None");
  py_object *e2 = mk(&py_exc_TypeError, 0);
  CHECK_INT(py_setattr(e, PY_ID(__cause__), e2), 0);
  CHECK_STR(txt(py_getattr_str(e, "__suppress_context__")), "True");
  CHECK(((py_exception_object *)e)->cause == e2);
  CHECK_INT(py_setattr(e, PY_ID(args), one), -1);
  CHECK_STR(err(), "TypeError: 'int' object is not iterable");
  CHECK_INT(py_setattr(e, PY_ID(args), NULL), -1);
  CHECK_STR(err(), "TypeError: args may not be deleted");
  /* instances take arbitrary attributes */
  CHECK_INT(py_setattr(e, py_str_intern_cstr("extra"), one), 0);
  CHECK_STR(txt(py_getattr_str(e, "extra")), "1");
  py_decref(e2);
  py_decref(e);
  py_decref(one);

  /* subclass hierarchy */
  CHECK_INT(py_type_is_subtype(&py_exc_ModuleNotFoundError, &py_exc_ImportError), 1);
  CHECK_INT(py_type_is_subtype(&py_exc_TabError, &py_exc_SyntaxError), 1);
  CHECK_INT(py_type_is_subtype(&py_exc_KeyError, &py_exc_LookupError), 1);
  CHECK_INT(py_type_is_subtype(&py_exc_ExceptionGroup, &py_exc_Exception), 1);
  CHECK_INT(py_type_is_subtype(&py_exc_ExceptionGroup, &py_exc_BaseExceptionGroup), 1);
  CHECK_INT(py_type_is_subtype(&py_exc_GeneratorExit, &py_exc_Exception), 0);
  CHECK_STR(txt(py_getattr_str((py_object *)&py_exc_ExceptionGroup, "__mro__")),
            "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
            "<class 'BaseException'>, <class 'object'>)");
}

static py_object *list_of(int n, ...) {
  py_object *l = py_list_new(0);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    py_object *x = va_arg(ap, py_object *);
    py_list_append(l, x);
    py_decref(x);
  }
  va_end(ap);
  return l;
}

static void test_groups(void) {
  py_object *eg = mk(&py_exc_ExceptionGroup, 2, S("m"), list_of(1, mk(&py_exc_ValueError, 1, I(1))));
  CHECK_STR(rep(eg), "ExceptionGroup('m', [ValueError(1)])");
  CHECK_STR(txt(py_str(eg)), "m (1 sub-exception)");
  CHECK_STR(txt(py_getattr_str(eg, "exceptions")), "(ValueError(1),)");
  CHECK_STR(txt(py_getattr_str(eg, "message")), "m");
  py_decref(eg);
  eg = mk(&py_exc_ExceptionGroup, 2, S("m"),
          list_of(2, mk(&py_exc_ValueError, 1, I(1)), mk(&py_exc_TypeError, 0)));
  CHECK_STR(txt(py_str(eg)), "m (2 sub-exceptions)");
  py_decref(eg);
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 2, S("m"), list_of(0))),
            "!ValueError: second argument (exceptions) must be a non-empty sequence");
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 2, S("m"), mk(&py_exc_ValueError, 0))),
            "!TypeError: second argument (exceptions) must be a sequence");
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 2, I(1), list_of(1, mk(&py_exc_ValueError, 0)))),
            "!TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int");
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 2, S("m"), list_of(1, I(1)))),
            "!ValueError: Item 0 of second argument (exceptions) is not an exception");
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 2, S("m"), list_of(1, mk(&py_exc_KeyboardInterrupt, 0)))),
            "!TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
  CHECK_STR(txt(mk(&py_exc_ExceptionGroup, 1, S("m"))),
            "!TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
  py_object *g = mk(&py_exc_BaseExceptionGroup, 2, S("m"), list_of(1, mk(&py_exc_ValueError, 0)));
  CHECK(g && PY_TYPE(g) == &py_exc_ExceptionGroup);
  py_xdecref(g);
  g = mk(&py_exc_BaseExceptionGroup, 2, S("m"), list_of(1, mk(&py_exc_KeyboardInterrupt, 0)));
  CHECK(g && PY_TYPE(g) == &py_exc_BaseExceptionGroup);
  py_xdecref(g);

  /* split and subgroup, nested */
  py_object *inner = mk(&py_exc_ExceptionGroup, 2, S("n"),
                        list_of(2, mk(&py_exc_ValueError, 1, I(3)), mk(&py_exc_KeyError, 1, I(4))));
  eg = mk(&py_exc_ExceptionGroup, 2, S("m"),
          list_of(3, mk(&py_exc_ValueError, 1, I(1)), mk(&py_exc_TypeError, 1, I(2)), inner));
  py_object *vt = (py_object *)&py_exc_ValueError;
  py_object *match, *rest;
  CHECK_INT(py_exc_group_split(eg, vt, &match, &rest), 0);
  CHECK_STR(rep(match), "ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])");
  CHECK_STR(rep(rest), "ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])])");
  py_decref(match);
  py_decref(rest);
  py_object *ot = (py_object *)&py_exc_OSError;
  CHECK_STR(txt(py_call_method(eg, py_str_intern_cstr("split"), &ot, 1)),
            "(None, ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', "
            "[ValueError(3), KeyError(4)])]))");
  py_object *kt = (py_object *)&py_exc_KeyError;
  py_object *sub = py_call_method(eg, py_str_intern_cstr("subgroup"), &kt, 1);
  CHECK_STR(rep(sub), "ExceptionGroup('m', [ExceptionGroup('n', [KeyError(4)])])");
  py_xdecref(sub);
  py_object *one = I(1);
  CHECK_STR(txt(py_call_method(eg, py_str_intern_cstr("split"), &one, 1)),
            "!TypeError: expected a function, exception type or tuple of exception types");
  py_decref(one);
  py_object *egt = (py_object *)&py_exc_ExceptionGroup;
  CHECK_INT(py_exc_group_split(eg, egt, &match, &rest), 0);
  CHECK(match == eg && rest == NULL);
  py_xdecref(match);
  py_object *tl = list_of(1, mk(&py_exc_TypeError, 0));
  py_object *d = py_call_method(eg, py_str_intern_cstr("derive"), &tl, 1);
  CHECK_STR(rep(d), "ExceptionGroup('m', [TypeError()])");
  py_xdecref(d);
  py_decref(tl);
  py_decref(eg);
}

static void test_raise(void) {
  py_object *s = S("a'b"), *one = I(1);
  CHECK(py_raise(&py_exc_ValueError, "x=%R s=%S t=%T u=%U n=%zd d=%d c=%s", s, s, one, s,
                 (py_ssize)-5, 7, "cs") == NULL);
  CHECK_STR(err(), "ValueError: x=\"a'b\" s=a'b t=int u=a'b n=-5 d=7 c=cs");
  CHECK(!py_err_occurred());
  py_raise_with(&py_exc_KeyError, s);
  CHECK(py_err_matches(&py_exc_LookupError));
  CHECK(!py_err_matches(&py_exc_ValueError));
  py_object *e = py_err_fetch();
  CHECK(!py_err_occurred());
  CHECK_STR(rep(e), "KeyError(\"a'b\")");
  py_err_restore(e);
  CHECK(py_err_occurred() == e);
  py_err_clear();
  py_raise_with(&py_exc_StopIteration, one);
  e = py_err_fetch();
  CHECK(py_exc_stopiteration_value(e) == one);
  py_decref(e);
  py_raise_nomemory();
  CHECK(py_err_matches(&py_exc_MemoryError));
  py_err_clear();
  py_decref(s);
  py_decref(one);
}

int main(void) {
  if (py_objcore_init() < 0) {
    fprintf(stderr, "init failed: %s\n", err());
    return 1;
  }
  test_str_repr();
  test_attributes();
  test_groups();
  test_raise();
  return CHECK_DONE("objcore_exceptions");
}
