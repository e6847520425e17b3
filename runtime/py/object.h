/* runtime/py/object.h — the object model every part of the interpreter shares.
 *
 * Objects are reference counted, as in CPython: the count is what makes finalisation
 * happen at the moment CPython's does (a coroutine never awaited warns when its last
 * reference goes, a task destroyed while pending is reported at loop close). There is
 * no cycle collector: cyclic garbage lives until the run ends and the whole heap is
 * released (py_fini).
 *
 * Errors travel by return value: a function that fails sets the pending exception and
 * returns NULL (object results) or -1 (int results). `return py_raise(...)` is the
 * idiom. Ownership is stated on every function: "new" (caller owns the returned
 * reference), "borrowed" (caller does not), "steals" (the callee takes the caller's
 * reference to an argument).
 *
 * The interpreter is single-threaded and keeps its state in globals: one run per
 * process (or per wasm instance) at a time.
 *
 * Struct layouts of the hot types (int, float, str, tuple, list) are here too, so the
 * eval loop's fast paths can read them; treat them as read-only outside their file. */
#ifndef TASKSCOPE_PY_OBJECT_H
#define TASKSCOPE_PY_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/mem.h"

typedef ptrdiff_t py_ssize;
/* 64-bit on every target (also wasm32), so hashes, and with them set iteration
 * order, equal those of a 64-bit CPython. */
typedef int64_t py_hash;

typedef struct py_object py_object;
typedef struct py_type py_type;

struct py_object {
  py_ssize refcnt;
  py_type *type;
};

#define PY_HEAD py_object ob_base
#define PY_TYPE(o) (((py_object *)(o))->type)
/* Objects with this count are never freed (None, True, small ints, interned names).
 * 2**60 on 64-bit targets, 2**28 on wasm32 (py_ssize is 32-bit there). */
#define PY_IMMORTAL ((py_ssize)(PTRDIFF_MAX >> 3) + 1)

/* ===================================================================================
 * Reference counting
 * =================================================================================== */

/* Frees an object whose count reached zero (calls its type's dealloc). */
void py__dealloc(py_object *o);

static inline void py_incref(py_object *o) { o->refcnt++; }
static inline void py_decref(py_object *o) {
  if (--o->refcnt == 0) py__dealloc(o);
}
static inline void py_xincref(py_object *o) { if (o) o->refcnt++; }
static inline void py_xdecref(py_object *o) { if (o) py_decref(o); }
/* Returns o with one more reference: `return py_newref(PY_NONE);`. */
static inline py_object *py_newref(py_object *o) { o->refcnt++; return o; }
static inline py_object *py_xnewref(py_object *o) { if (o) o->refcnt++; return o; }
/* Replaces *slot with v (steals v), releasing the old value after the store. */
static inline void py_setref(py_object **slot, py_object *v) {
  py_object *old = *slot;
  *slot = v;
  py_xdecref(old);
}
#define PY_CLEAR(slot) py_setref((py_object **)&(slot), NULL)

/* ===================================================================================
 * Type objects
 * =================================================================================== */

typedef void (*py_destructor)(py_object *self);
typedef py_object *(*py_unaryfunc)(py_object *self);
typedef py_object *(*py_binaryfunc)(py_object *a, py_object *b);
typedef py_object *(*py_ternaryfunc)(py_object *a, py_object *b, py_object *c);
typedef int (*py_inquiry)(py_object *self);
typedef py_ssize (*py_lenfunc)(py_object *self);
typedef py_hash (*py_hashfunc)(py_object *self);
typedef py_object *(*py_richcmpfunc)(py_object *a, py_object *b, int op);
typedef py_object *(*py_getattrfunc)(py_object *self, py_object *name);
/* value NULL deletes. */
typedef int (*py_setattrfunc)(py_object *self, py_object *name, py_object *value);
typedef int (*py_objobjproc)(py_object *self, py_object *item);
typedef int (*py_objobjargproc)(py_object *self, py_object *key, py_object *value);
typedef py_object *(*py_descrgetfunc)(py_object *descr, py_object *obj, py_object *type);
typedef int (*py_descrsetfunc)(py_object *descr, py_object *obj, py_object *value);

/* The one calling convention ("vectorcall"): positional arguments first, then the
 * values of keyword arguments whose names are in the tuple kwnames (NULL if none).
 * nargs counts positional arguments only. args is borrowed. Returns a new reference. */
typedef py_object *(*py_vectorcallfunc)(py_object *callable, py_object *const *args,
                                        size_t nargs, py_object *kwnames);
typedef py_object *(*py_newfunc)(py_type *type, py_object *const *args, size_t nargs,
                                 py_object *kwnames);
typedef int (*py_initproc)(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames);

/* Rich comparison operators, in CPython's order (Py_LT ... Py_GE). */
enum { PY_LT, PY_LE, PY_EQ, PY_NE, PY_GT, PY_GE };

/* Binary operators; the number table of a type is indexed by these. The in-place
 * table uses the same index (`x += y` is PY_OP_ADD in `inplace`). */
enum py_binop {
  PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV, PY_OP_FLOORDIV,
  PY_OP_MOD, PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT, PY_OP_AND, PY_OP_OR, PY_OP_XOR,
  PY_OP_DIVMOD, /* divmod(): no operator symbol, no in-place form */
  PY_BINOP_COUNT
};

/* A builtin function or method: self is the bound object (the module for a module
 * function, the instance for a method, the type for a classmethod). */
typedef py_object *(*py_cfunc)(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames);

enum {
  PY_METH_CLASS = 1 << 0,  /* bound to the type, as classmethod */
  PY_METH_STATIC = 1 << 1, /* not bound, as staticmethod */
  /* May suspend the main fiber, every C function on the way being on the Asyncify
   * chain (the Makefile's WASM_CHAIN; vm.c, "Out-calls"). */
  PY_METH_SUSPENDS = 1 << 2,
};

typedef struct py_method_def {
  const char *name;
  py_cfunc fn;
  int flags;
  const char *doc; /* may be NULL */
} py_method_def;

/* A computed attribute of a builtin type (`exc.args`, `task.name`, `x.real`). */
typedef struct py_getset_def {
  const char *name;
  py_object *(*get)(py_object *self);            /* new reference */
  int (*set)(py_object *self, py_object *value); /* NULL: read-only; value NULL deletes */
} py_getset_def;

enum {
  PY_TPFLAGS_HEAPTYPE = 1 << 0,  /* made by a class statement; refcounted */
  PY_TPFLAGS_BASETYPE = 1 << 1,  /* may be subclassed */
  PY_TPFLAGS_READY = 1 << 2,     /* py_type_ready has run */
  PY_TPFLAGS_ABSTRACT = 1 << 3,
  /* Instances are descriptors whose binding only prepends the object (functions,
   * method descriptors): `type(o).attr(o, *args)` equals `o.attr(*args)`, so callers
   * may skip creating the bound method. */
  PY_TPFLAGS_METHOD_DESCRIPTOR = 1 << 4,
  /* Fast subclass checks, inherited by subclasses (as CPython's Py_TPFLAGS_*_SUBCLASS). */
  PY_TPFLAGS_INT_SUBCLASS = 1 << 8,
  PY_TPFLAGS_TUPLE_SUBCLASS = 1 << 9,
  PY_TPFLAGS_LIST_SUBCLASS = 1 << 10,
  PY_TPFLAGS_STR_SUBCLASS = 1 << 11,
  PY_TPFLAGS_DICT_SUBCLASS = 1 << 12,
  PY_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 13,
  PY_TPFLAGS_TYPE_SUBCLASS = 1 << 14,
};

struct py_type {
  PY_HEAD;
  /* public, read-only after py_type_ready */
  const char *name;      /* __name__ (builtins: "int"; heap types: points into name_obj) */
  py_ssize basicsize;    /* bytes of an instance, including the __dict__ slot if any */
  py_ssize itemsize;     /* bytes per item of variable-size instances (tuple, str), or 0 */
  unsigned long flags;   /* PY_TPFLAGS_* */
  py_type *base;         /* the solid base (object's is NULL) */
  py_object *bases;      /* tuple of types */
  py_object *mro;        /* tuple of types, this type first */
  py_object *dict;       /* attributes: methods, descriptors, class variables */
  py_ssize dictoffset;   /* offset of the instance's __dict__ pointer, 0 if none; negative
                          * for subclasses of variable-size types (str, tuple), whose
                          * pointer sits in front of the object: it is always at
                          * (char *)o + dictoffset */
  py_object *name_obj;   /* str __name__ (heap types; NULL for static types until ready) */
  py_object *qualname;   /* str __qualname__ */
  py_object *module;     /* str __module__ ("builtins" for static types) */

  /* what a type declares, copied into dict by py_type_ready */
  const py_method_def *methods; /* terminated by a zeroed entry */
  const py_getset_def *getset;  /* terminated by a zeroed entry */

  /* lifetime */
  py_newfunc new;
  py_initproc init;
  py_destructor dealloc;

  /* object protocol */
  py_unaryfunc repr;
  py_unaryfunc str;
  py_hashfunc hash;            /* NULL after ready means unhashable */
  py_richcmpfunc richcompare;  /* returns PY_NOTIMPLEMENTED (new ref) when it can't */
  py_getattrfunc getattr;
  py_setattrfunc setattr;
  py_vectorcallfunc call;      /* calling an instance */
  py_unaryfunc iter;
  py_unaryfunc iternext;       /* NULL without an error set means exhausted */
  py_descrgetfunc descr_get;
  py_descrsetfunc descr_set;

  /* number protocol: each returns PY_NOTIMPLEMENTED (new ref) for operand types it
   * does not handle, and the dispatcher (py_binop) tries the reflected side. As in
   * CPython, a slot is always called with the operands in source order, slot(a, b),
   * also when it is the right operand's type's slot: `2 * [1]` calls the list's
   * number[PY_OP_MUL](2, [1]), so each slot checks which operand is its own. */
  py_binaryfunc number[PY_BINOP_COUNT];
  py_binaryfunc inplace[PY_BINOP_COUNT];
  py_ternaryfunc pow3;          /* pow(a, b, mod) */
  py_unaryfunc neg, pos, abs, invert;
  py_inquiry truth;             /* __bool__: 0, 1 or -1 */
  py_unaryfunc to_int;          /* __int__ */
  py_unaryfunc to_float;        /* __float__ */
  py_unaryfunc index;           /* __index__ */

  /* sequence and mapping protocol */
  py_lenfunc len;
  py_binaryfunc getitem;
  py_objobjargproc setitem;     /* value NULL deletes */
  py_objobjproc contains;       /* 1, 0 or -1 */

  /* async protocol */
  py_unaryfunc await;           /* __await__ */
  py_unaryfunc aiter;
  py_unaryfunc anext;
};

/* The builtin types every file may use. Static, immortal, readied by py_init. */
extern py_type py_type_type, py_object_type, py_none_type, py_notimplemented_type,
    py_ellipsis_type, py_bool_type, py_int_type, py_float_type, py_str_type,
    py_bytes_type, py_bytearray_type, py_tuple_type, py_list_type, py_dict_type,
    py_set_type, py_frozenset_type, py_range_type, py_slice_type, py_cfunction_type,
    py_method_descr_type, py_getset_descr_type, py_property_type,
    py_staticmethod_type, py_classmethod_type, py_super_type, py_module_type,
    py_bound_method_type;

/* Fills in a static or heap type: computes mro, inherits slots from the bases, adds
 * methods/getset to dict. Returns 0, or -1 with an exception set. */
int py_type_ready(py_type *t);
/* Allocates a zeroed instance of t (basicsize + nitems * itemsize), count 1. New. */
py_object *py_type_alloc(py_type *t, py_ssize nitems);
/* Releases the memory of an instance allocated by py_type_alloc (no decrefs). */
void py_type_free(py_object *o);
/* Looks name up along t's mro without descriptors. Borrowed, NULL if absent (no error
 * set). */
py_object *py_type_lookup(py_type *t, py_object *name);
/* 1 if a is b or a subclass of b (by mro), else 0. */
int py_type_is_subtype(py_type *a, py_type *b);
/* Class statements (the eval loop's __build_class__): the metaclass to use for
 * explicit metaclass `meta` (NULL if none given) and the tuple `bases` — the most
 * derived of them, or TypeError "metaclass conflict: ...". New reference. */
py_object *py_class_metaclass(py_object *meta, py_object *bases);
/* The namespace the class body runs in: meta.__prepare__(name, bases, **kw) when the
 * metaclass has one, else a new dict. kwvalues/kwnames are the class keywords (other
 * than metaclass=), kwnames NULL if none. New reference. The body's namespace is then
 * passed to meta(name, bases, ns, **kw); type.__new__ drops "__classcell__" from it
 * and the caller stores the new class in that cell. */
py_object *py_class_prepare(py_object *meta, py_object *name, py_object *bases,
                            py_object *const *kwvalues, py_object *kwnames);

#define PY_IS_TYPE(o, t) (PY_TYPE(o) == (t))
#define PY_HAS_FLAG(t, f) (((t)->flags & (f)) != 0)
#define PY_INT_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_INT_SUBCLASS)
#define PY_STR_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_STR_SUBCLASS)
#define PY_TUPLE_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_TUPLE_SUBCLASS)
#define PY_LIST_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_LIST_SUBCLASS)
#define PY_DICT_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_DICT_SUBCLASS)
#define PY_TYPE_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_TYPE_SUBCLASS)
#define PY_EXC_CHECK(o) PY_HAS_FLAG(PY_TYPE(o), PY_TPFLAGS_BASE_EXC_SUBCLASS)
#define PY_FLOAT_CHECK(o) (PY_TYPE(o) == &py_float_type || \
                           py_type_is_subtype(PY_TYPE(o), &py_float_type))

/* ===================================================================================
 * Singletons
 * =================================================================================== */

extern py_object py__none, py__notimplemented, py__ellipsis;
extern struct py_int_object py__false, py__true;
#define PY_NONE (&py__none)
#define PY_NOTIMPLEMENTED (&py__notimplemented)
#define PY_ELLIPSIS (&py__ellipsis)
#define PY_FALSE ((py_object *)&py__false)
#define PY_TRUE ((py_object *)&py__true)
/* New reference to True or False. */
static inline py_object *py_bool(int v) { return py_newref(v ? PY_TRUE : PY_FALSE); }

/* ===================================================================================
 * Errors
 * =================================================================================== */

/* Sets the pending exception: an instance of type made from a message formatted like
 * printf, plus %R (repr of a py_object *), %S (str of one), %T (the __name__ of an
 * object's type), %U (a str object as is), %zd (py_ssize). Always returns NULL. */
py_object *py_raise(py_type *type, const char *fmt, ...);
py_object *py_raise_v(py_type *type, const char *fmt, va_list ap);
/* Raises type(*args) with an already built argument (e.g. KeyError(key)). NULL. */
py_object *py_raise_with(py_type *type, py_object *arg);
/* Raises MemoryError. NULL. */
py_object *py_raise_nomemory(void);
/* The pending exception (borrowed), or NULL. */
py_object *py_err_occurred(void);
/* 1 if an exception is pending and is an instance of type. */
int py_err_matches(py_type *type);
/* Takes the pending exception out (new reference, NULL if none), clearing it. */
py_object *py_err_fetch(void);
/* Makes exc the pending exception (steals). exc must be an exception instance. */
void py_err_restore(py_object *exc);
void py_err_clear(void);

/* The builtin exception hierarchy: py_exc_ValueError, py_exc_KeyError, ... One
 * X-macro entry per exception: X(Name, Base). Owned by exceptions.c. */
#define PY_EXCEPTIONS(X)                                            \
  X(BaseException, object)                                          \
  X(BaseExceptionGroup, BaseException)                              \
  X(Exception, BaseException)                                       \
  X(GeneratorExit, BaseException)                                   \
  X(KeyboardInterrupt, BaseException)                               \
  X(SystemExit, BaseException)                                      \
  X(ArithmeticError, Exception)                                     \
  X(FloatingPointError, ArithmeticError)                            \
  X(OverflowError, ArithmeticError)                                 \
  X(ZeroDivisionError, ArithmeticError)                             \
  X(AssertionError, Exception)                                      \
  X(AttributeError, Exception)                                      \
  X(BufferError, Exception)                                         \
  X(EOFError, Exception)                                            \
  X(ExceptionGroup, Exception) /* and BaseExceptionGroup */         \
  X(ImportError, Exception)                                         \
  X(ModuleNotFoundError, ImportError)                               \
  X(LookupError, Exception)                                         \
  X(IndexError, LookupError)                                        \
  X(KeyError, LookupError)                                          \
  X(MemoryError, Exception)                                         \
  X(NameError, Exception)                                           \
  X(UnboundLocalError, NameError)                                   \
  X(OSError, Exception)                                             \
  X(BlockingIOError, OSError)                                       \
  X(ChildProcessError, OSError)                                     \
  X(ConnectionError, OSError)                                       \
  X(BrokenPipeError, ConnectionError)                               \
  X(ConnectionAbortedError, ConnectionError)                        \
  X(ConnectionRefusedError, ConnectionError)                        \
  X(ConnectionResetError, ConnectionError)                          \
  X(FileExistsError, OSError)                                       \
  X(FileNotFoundError, OSError)                                     \
  X(InterruptedError, OSError)                                      \
  X(IsADirectoryError, OSError)                                     \
  X(NotADirectoryError, OSError)                                    \
  X(PermissionError, OSError)                                       \
  X(ProcessLookupError, OSError)                                    \
  X(TimeoutError, OSError)                                          \
  X(ReferenceError, Exception)                                      \
  X(RuntimeError, Exception)                                        \
  X(NotImplementedError, RuntimeError)                              \
  X(RecursionError, RuntimeError)                                   \
  X(StopAsyncIteration, Exception)                                  \
  X(StopIteration, Exception)                                       \
  X(SyntaxError, Exception)                                         \
  X(IndentationError, SyntaxError)                                  \
  X(TabError, IndentationError)                                     \
  X(SystemError, Exception)                                         \
  X(TypeError, Exception)                                           \
  X(ValueError, Exception)                                          \
  X(UnicodeError, ValueError)                                       \
  X(UnicodeDecodeError, UnicodeError)                               \
  X(UnicodeEncodeError, UnicodeError)                               \
  X(UnicodeTranslateError, UnicodeError)                            \
  X(Warning, Exception)                                             \
  X(BytesWarning, Warning)                                          \
  X(DeprecationWarning, Warning)                                    \
  X(EncodingWarning, Warning)                                       \
  X(FutureWarning, Warning)                                         \
  X(ImportWarning, Warning)                                         \
  X(PendingDeprecationWarning, Warning)                             \
  X(ResourceWarning, Warning)                                       \
  X(RuntimeWarning, Warning)                                        \
  X(SyntaxWarning, Warning)                                         \
  X(UnicodeWarning, Warning)                                        \
  X(UserWarning, Warning)

#define PY_DECLARE_EXC(name, base) extern py_type py_exc_##name;
PY_EXCEPTIONS(PY_DECLARE_EXC)
#undef PY_DECLARE_EXC

/* StopIteration.value of a StopIteration instance (borrowed; None if not given). */
py_object *py_exc_stopiteration_value(py_object *exc);
/* SystemExit.code (borrowed; None if not given). */
py_object *py_exc_systemexit_code(py_object *exc);
/* 1 if exc is an instance of BaseExceptionGroup. */
int py_exc_is_group(py_object *exc);
/* An ExceptionGroup (or BaseExceptionGroup when some are not Exceptions) of the
 * message (a str) and a non-empty list or tuple of exceptions. New. */
py_object *py_exc_group_new(py_object *msg, py_object *excs);
/* eg.split(match_type) for `except*`: match_type is an exception type or a tuple of
 * them. Stores new references (or NULL when empty) in *match and *rest. 0 or -1. */
int py_exc_group_split(py_object *eg, py_object *match_type, py_object **match,
                       py_object **rest);

/* Layout shared by every exception instance; subclasses with extra state (StopIteration
 * .value, SystemExit .code, SyntaxError's fields, ExceptionGroup's) extend it. */
typedef struct py_exception_object {
  PY_HEAD;
  py_object *dict;       /* instance __dict__ (user subclasses), may be NULL */
  py_object *args;       /* tuple */
  py_object *traceback;  /* __traceback__ or NULL */
  py_object *context;    /* __context__ or NULL */
  py_object *cause;      /* __cause__ or NULL */
  bool suppress_context; /* __suppress_context__ */
} py_exception_object;

/* ===================================================================================
 * The object protocol (abstract.c): what the eval loop and builtins call
 * =================================================================================== */

py_object *py_repr(py_object *o);                 /* new; repr(o) */
py_object *py_str(py_object *o);                  /* new; str(o) */
py_object *py_format(py_object *o, py_object *spec); /* new; format(o, spec) */
py_hash py_hash_of(py_object *o);                 /* hash(o), -1 on error */
int py_truthy(py_object *o);                      /* bool(o): 1, 0 or -1 */
py_object *py_getattr(py_object *o, py_object *name);       /* new; name is a str */
py_object *py_getattr_str(py_object *o, const char *name);  /* new */
/* Like py_getattr but an AttributeError becomes a NULL return with no error set;
 * other errors stay: check py_err_occurred() after NULL. */
py_object *py_getattr_opt(py_object *o, py_object *name);
int py_setattr(py_object *o, py_object *name, py_object *value); /* value NULL deletes */
/* The default getattr/setattr of instances: descriptors, then __dict__, then class. */
py_object *py_generic_getattr(py_object *o, py_object *name);
int py_generic_setattr(py_object *o, py_object *name, py_object *value);

/* Calls callable (see py_vectorcallfunc). New reference. */
py_object *py_call(py_object *callable, py_object *const *args, size_t nargs,
                   py_object *kwnames);
py_object *py_call0(py_object *callable);
py_object *py_call1(py_object *callable, py_object *a);
py_object *py_call2(py_object *callable, py_object *a, py_object *b);
/* Calls o.name(*args). New reference. */
py_object *py_call_method(py_object *o, py_object *name, py_object *const *args,
                          size_t nargs);

py_object *py_richcompare(py_object *a, py_object *b, int op); /* new */
/* a op b as a truth value: 1, 0 or -1; `is` implies equal for PY_EQ/PY_NE, as
 * CPython's PyObject_RichCompareBool does (so [x] == [x] holds for x = nan). */
int py_richcompare_bool(py_object *a, py_object *b, int op);

/* a op b with the reflected-operand rules (the right operand's method first when its
 * type is a subclass of the left's) and CPython's TypeError wording
 * ("unsupported operand type(s) for +: 'int' and 'str'"). New reference. */
py_object *py_binop(py_object *a, py_object *b, int op);
py_object *py_inplace_binop(py_object *a, py_object *b, int op);
py_object *py_pow3(py_object *a, py_object *b, py_object *mod);
py_object *py_neg(py_object *o);
py_object *py_pos(py_object *o);
py_object *py_invert(py_object *o);
py_object *py_absolute(py_object *o);
/* Converts an object usable as an index (__index__) to a C integer; OverflowError or
 * IndexError-style clamping is the caller's choice: this one raises OverflowError. */
int py_index_ssize(py_object *o, py_ssize *out);
py_object *py_number_index(py_object *o);         /* new; operator.index(o) */
/* float(o) as a C double; -1.0 with an error set on failure. */
double py_as_double(py_object *o);

py_object *py_getitem(py_object *o, py_object *key);        /* new */
int py_setitem(py_object *o, py_object *key, py_object *value);
int py_delitem(py_object *o, py_object *key);
py_ssize py_len(py_object *o);                             /* -1 on error */
int py_contains(py_object *container, py_object *item);     /* 1, 0 or -1 */

py_object *py_iter(py_object *o);  /* new; iter(o) */
/* next(it): new reference, or NULL with no error set when exhausted, or NULL with an
 * error set. (StopIteration raised by Python code is turned into exhaustion.) */
py_object *py_next(py_object *it);

int py_isinstance(py_object *o, py_object *cls);   /* cls may be a tuple; 1/0/-1 */
int py_issubclass(py_object *derived, py_object *cls);

/* ===================================================================================
 * Argument binding for builtins
 * =================================================================================== */

/* The parameters of a builtin function, for py_args_bind. `names` lists every
 * parameter in order; the first npos_only are positional-only ("/"); from index
 * kwonly_from on they are keyword-only ("*") (set it to the count for none); the first
 * nrequired are required. Error messages follow CPython's for the same function. */
typedef struct py_params {
  const char *fname;
  const char *const *names;
  unsigned count, npos_only, kwonly_from, nrequired;
} py_params;

/* Binds args/kwnames to out[0..count-1] (borrowed; NULL where not given). 0 or -1. */
int py_args_bind(const py_params *p, py_object *const *args, size_t nargs,
                 py_object *kwnames, py_object **out);
/* Checks a positional-only call with no keywords: "f() takes no keyword arguments",
 * "f expected at most 2 arguments, got 3", ... 0 or -1. */
int py_args_check(const char *fname, size_t nargs, py_object *kwnames, size_t min,
                  size_t max);

/* ===================================================================================
 * Interned names
 * =================================================================================== */

/* Every identifier the C code looks up by name, as an interned, immortal str:
 * PY_ID(__init__). Keep the list sorted so additions from different files don't
 * collide. */
#define PY_IDS(X)                                                                  \
  X(__abs__) X(__add__) X(__aenter__) X(__aexit__) X(__aiter__) X(__and__)          \
  X(__anext__) X(__annotations__) X(__await__) X(__bool__) X(__build_class__)       \
  X(__call__) X(__cause__) X(__class__) X(__class_getitem__) X(__contains__)        \
  X(__context__) X(__del__) X(__delattr__) X(__delitem__) X(__dict__) X(__dir__)     \
  X(__divmod__) X(__doc__) X(__enter__) X(__eq__) X(__exit__) X(__float__)           \
  X(__floordiv__) X(__format__) X(__ge__) X(__get__) X(__getattr__)                 \
  X(__getattribute__) X(__getitem__) X(__gt__) X(__hash__) X(__iadd__) X(__iand__)   \
  X(__ifloordiv__) X(__ilshift__) X(__imatmul__) X(__imod__) X(__import__)          \
  X(__imul__) X(__index__) X(__init__) X(__init_subclass__) X(__int__)              \
  X(__invert__) X(__ior__) X(__ipow__) X(__irshift__) X(__isub__) X(__iter__)        \
  X(__itruediv__) X(__ixor__) X(__le__) X(__len__) X(__lshift__) X(__lt__)          \
  X(__main__) X(__matmul__) X(__missing__) X(__mod__) X(__module__) X(__mro__)       \
  X(__mul__) X(__name__) X(__ne__) X(__neg__) X(__new__) X(__next__) X(__or__)       \
  X(__pos__) X(__pow__) X(__qualname__) X(__radd__) X(__rand__) X(__rdivmod__)       \
  X(__repr__) X(__reversed__) X(__rfloordiv__) X(__rlshift__) X(__rmatmul__)         \
  X(__rmod__) X(__rmul__) X(__ror__) X(__round__) X(__rpow__) X(__rrshift__)         \
  X(__rshift__) X(__rsub__) X(__rtruediv__) X(__rxor__) X(__set__) X(__set_name__)   \
  X(__setattr__) X(__setitem__) X(__slots__) X(__str__) X(__sub__) X(__traceback__)  \
  X(__truediv__) X(__trunc__) X(__xor__) X(append) X(builtins) X(close) X(args)      \
  X(items) X(keys) X(send) X(throw) X(values)

/* Creates the interned names and readies every builtin type declared here (object,
 * type, the descriptors, module, int, str, tuple, list, dict, ...) and the exception
 * hierarchy. Called first by py_init (the first py_type_ready calls it too). 0 or -1. */
int py_objcore_init(void);

struct py_ids {
#define PY_ID_FIELD(n) py_object *n;
  PY_IDS(PY_ID_FIELD)
#undef PY_ID_FIELD
};
extern struct py_ids py_ids;
#define PY_ID(n) (py_ids.n)

/* ===================================================================================
 * Hot types: layouts and constructors
 * =================================================================================== */

/* int (and bool, which shares the layout). Values that fit in int64 live in `value`
 * with big == NULL; larger ones in a bigint (py/bigint.h) and `value` is unused. */
typedef struct py_int_object {
  PY_HEAD;
  int64_t value;
  void *big;
} py_int_object;
#define PY_INT_IS_SMALL(o) (((py_int_object *)(o))->big == NULL)
#define PY_INT_SMALL(o) (((py_int_object *)(o))->value)
py_object *py_int_from_i64(int64_t v);                 /* new */
py_object *py_int_from_u64(uint64_t v);                /* new */
py_object *py_int_from_double(double v);               /* new; int(v), errors for inf/nan */
/* Parses an int literal or int(s, base) argument (base 0 = literal rules). New. */
py_object *py_int_from_string(const char *s, size_t n, int base);
/* The value as int64: 0, or -1 with OverflowError set when it does not fit. */
int py_int_as_i64(py_object *o, int64_t *out);

typedef struct py_float_object {
  PY_HEAD;
  double value;
} py_float_object;
#define PY_FLOAT_VALUE(o) (((py_float_object *)(o))->value)
py_object *py_float_from_double(double v);             /* new */

/* str: UTF-8 with a NUL after the data; `length` in code points. Indexing is O(1)
 * when ascii, otherwise a scan. */
typedef struct py_str_object {
  PY_HEAD;
  py_ssize size;     /* bytes of UTF-8, excluding the NUL */
  py_ssize length;   /* code points */
  py_hash hash;      /* -1 until computed */
  bool ascii;
  bool interned;
  char data[];
} py_str_object;
#define PY_STR_DATA(o) ((const char *)((py_str_object *)(o))->data)
#define PY_STR_SIZE(o) (((py_str_object *)(o))->size)
#define PY_STR_LEN(o) (((py_str_object *)(o))->length)
py_object *py_str_from_utf8(const char *s, size_t n);  /* new; s must be valid UTF-8 */
py_object *py_str_from_cstr(const char *s);            /* new */
/* Formats like py_raise's message (printf plus %R %S %T %U %zd). New. */
py_object *py_str_format(const char *fmt, ...);
py_object *py_str_format_v(const char *fmt, va_list ap);
/* The interned, immortal str with these contents (for names). New reference. */
py_object *py_str_intern_cstr(const char *s);
/* Interns *p in place (steals and replaces). */
void py_str_intern(py_object **p);
/* 1 if both strs have the same contents. */
int py_str_equal(py_object *a, py_object *b);
/* 1 if s equals the C string. */
int py_str_equal_cstr(py_object *s, const char *c);
py_object *py_str_concat(py_object *a, py_object *b);   /* new */
/* `*left += right` for strs (the vm's fast path for s += t): steals the reference in
 * *left and stores the result there. When *left is an exact, non-interned str with
 * count 1 it grows in place (amortised linear building, as CPython's optimisation), so
 * the vm should drop the variable's own reference first when it is about to be
 * overwritten. Returns 0, or -1 with an error set (then *left is unchanged and still
 * owned by the caller). */
int py_str_concat_inplace(py_object **left, py_object *right);
/* sep.join(iterable) (str.join). New. */
py_object *py_str_join(py_object *sep, py_object *iterable);
/* Concatenates n strs (BUILD_STRING). New. */
py_object *py_str_build(py_object *const *parts, size_t n);
/* FORMAT_VALUE: applies conversion ('r', 's', 'a' or 0 for none) then format(value,
 * spec) (spec may be NULL). New. */
py_object *py_format_value(py_object *value, int conversion, py_object *spec);
/* ascii(o): repr with non-ASCII escaped. New. */
py_object *py_ascii(py_object *o);

typedef struct py_tuple_object {
  PY_HEAD;
  py_ssize size;
  py_object *items[];
} py_tuple_object;
#define PY_TUPLE_SIZE(o) (((py_tuple_object *)(o))->size)
#define PY_TUPLE_ITEMS(o) (((py_tuple_object *)(o))->items)
/* A tuple of n NULL items, to be filled (each slot steals) before it is used. New. */
py_object *py_tuple_new(py_ssize n);
/* A tuple of the n given objects (not stolen). New. */
py_object *py_tuple_pack(py_ssize n, ...);
py_object *py_tuple_from_array(py_object *const *items, py_ssize n); /* new; copies refs */

typedef struct py_list_object {
  PY_HEAD;
  py_ssize size;
  py_ssize capacity;
  py_object **items;
} py_list_object;
#define PY_LIST_SIZE(o) (((py_list_object *)(o))->size)
#define PY_LIST_ITEMS(o) (((py_list_object *)(o))->items)
/* A list of n NULL items, to be filled (each slot steals). New. */
py_object *py_list_new(py_ssize n);
int py_list_append(py_object *list, py_object *item);  /* item not stolen; 0 or -1 */
py_object *py_list_from_iterable(py_object *it);       /* new; list(it) */
int py_list_sort(py_object *list, py_object *key, int reverse); /* stable; 0 or -1 */

/* dict: insertion ordered. Lookups return borrowed values or NULL; NULL also when the
 * key's __hash__/__eq__ raised, so check py_err_occurred() where that can happen. */
py_object *py_dict_new(void);                                          /* new */
py_object *py_dict_get(py_object *d, py_object *key);                  /* borrowed */
py_object *py_dict_get_str(py_object *d, const char *key);             /* borrowed */
int py_dict_set(py_object *d, py_object *key, py_object *value);       /* 0 or -1 */
int py_dict_set_str(py_object *d, const char *key, py_object *value);  /* 0 or -1 */
/* 0, or -1 with KeyError set when absent (or another error). */
int py_dict_del(py_object *d, py_object *key);
py_ssize py_dict_size(py_object *d);
/* Iterates: start with *pos = 0; returns 1 with borrowed key/value, 0 at the end. */
int py_dict_next(py_object *d, py_ssize *pos, py_object **key, py_object **value);
py_object *py_dict_copy(py_object *d);                                 /* new */
int py_dict_update(py_object *d, py_object *other);                    /* 0 or -1 */

/* The iterator iter(seq) makes for a type with __getitem__ and no __iter__ (calls
 * seq[0], seq[1], ... until IndexError). New. Owned by iter.c. */
py_object *py_seqiter_new(py_object *seq);

py_object *py_set_new(py_object *iterable);         /* new; iterable may be NULL */
py_object *py_frozenset_new(py_object *iterable);   /* new */
int py_set_add(py_object *set, py_object *item);    /* 0 or -1 */
/* The frozenset constant CPython's compiler makes for a set display of more than two
 * constants ({7, 15, 3} compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE):
 * frozenset(items), then rebuilt from its own iteration order as the constant merging
 * does. The display prints in this table's order. items is a tuple. New. */
py_object *py_frozenset_const(py_object *items);

py_object *py_bytes_from(const void *data, size_t n); /* new; data NULL: left to fill */
py_object *py_slice_new(py_object *start, py_object *stop, py_object *step); /* new */
/* Resolves a slice against a length, as slice.indices(); returns the item count, or
 * -1 with an error. */
py_ssize py_slice_indices(py_object *slice, py_ssize length, py_ssize *start,
                          py_ssize *stop, py_ssize *step);

/* Builtin functions and modules. */
py_object *py_cfunction_new(const py_method_def *def, py_object *self); /* new */
/* types.GenericAlias, what `list[int]` evaluates to: origin[args] (args a tuple or a
 * single object). Prints "list[int]", calls origin, forwards attributes. New. */
py_object *py_generic_alias_new(py_object *origin, py_object *args);
/* A bound method (py_bound_method_type) of a Python function and its self. New. */
py_object *py_method_new(py_object *func, py_object *self);
/* Set by the eval loop: finds the class (the __class__ cell) and the first argument of
 * the running function for a zero-argument super(). Returns 0 with both borrowed, or
 * -1 with RuntimeError set ("super(): no arguments", "super(): __class__ cell not
 * found"). NULL until the eval loop installs it. */
extern int (*py_super_zero_args)(py_object **type, py_object **obj);
py_object *py_module_new(const char *name);             /* new */
py_object *py_module_dict(py_object *module);           /* borrowed */
/* Sets module.name = value (value not stolen). 0 or -1. */
int py_module_add(py_object *module, const char *name, py_object *value);
/* Adds every function of a zero-terminated table to the module. 0 or -1. */
int py_module_add_functions(py_object *module, const py_method_def *defs);

/* The hash of a str's contents exactly as CPython computes it with PYTHONHASHSEED=0
 * (siphash13 over its code units), so sets of strings iterate in CPython's order. */
py_hash py_hash_str(py_object *s);
/* The hash of a pointer, for identity-hashed objects (CPython's _Py_HashPointer). */
py_hash py_hash_pointer(const void *p);

#endif
