/* runtime/py/objimpl.h — internal pieces shared by the object core's files
 * (object.c, typeobject.c, typeslots.c, abstract.c, descr.c, exceptions.c,
 * exc_group.c, errors.c, module.c). Everything other parts of the interpreter may
 * call lives in object.h; nothing here is a contract for them. */
#ifndef TASKSCOPE_PY_OBJIMPL_H
#define TASKSCOPE_PY_OBJIMPL_H
#include "py/object.h"

/* An internal type flag: a class whose __slots__ added member fields. */
#define PY__TPFLAGS_HAS_SLOTS (1ul << 20)
/* An internal type flag: a static type readied whose dict (methods, getset, slot
 * wrappers) is not filled yet; py__type_fill_dict fills it on first use. */
#define PY__TPFLAGS_DICT_PENDING (1ul << 21)

/* ---- isinstance (abstract.c) ---- */

/* isinstance(o, cls) by type's own rule (type.__instancecheck__, CPython's
 * object_isinstance): type(o) is a subclass of cls, or o.__class__ is. 1, 0 or -1. */
int py__isinstance_of_type(py_object *o, py_type *cls);

/* issubclass(derived, cls) by type's own rule (type.__subclasscheck__, CPython's
 * recursive_issubclass): the MRO for two types, otherwise the __bases__ tuples of
 * any objects that have one. 1, 0 or -1. */
int py__real_issubclass(py_object *derived, py_object *cls);
/* An exception's __notes__ from its instance __dict__, borrowed; NULL if it has none
 * (exceptions.c). */
py_object *py__exc_notes(py_object *exc);
/* The members of a union (int | str) as a tuple, borrowed (typealias.c). */
py_object *py__union_args(py_object *u);

/* ---- sizes (sizeof.c) ---- */

/* o.__sizeof__() as CPython 3.11 (64-bit) reports it for the same value; -1 with an
 * error set. */
py_ssize py__sizeof(py_object *o);
/* The bytes CPython keeps in front of an instance of t (its cycle-collector header and
 * managed dict pointers), which sys.getsizeof adds to __sizeof__(). */
py_ssize py__sizeof_preheader(py_type *t);

/* Whether instances of `from` can become instances of `to` (__class__ and __bases__
 * assignment, CPython's compatible_for_assignment); attr names the assignment in the
 * TypeError raised otherwise ("__class__ assignment: 'B' object layout differs from
 * 'A'"). 1, or 0 with the error set (typeobject.c). */
int py__type_compatible_layout(py_type *from, py_type *to, const char *attr);

/* ---- instances (typeobject.c) ---- */

/* Where an instance keeps its __dict__ pointer, or NULL if its type gives it none.
 * Inline: the eval loop's LOAD_METHOD asks it for every method call. A negative offset
 * points into the allocation's prefix (variable-size types such as str and tuple). */
static inline py_object **py__dictptr(py_object *o) {
  py_ssize off = PY_TYPE(o)->dictoffset;
  if (off == 0) return NULL;
  return (py_object **)((char *)o + off);
}
/* The instance's __dict__, created on first use (borrowed), or NULL (no dict slot,
 * no error set) or NULL with MemoryError set (check py_err_occurred). */
py_object *py__instance_dict(py_object *o);
/* Readies t when py_type_ready has not run yet. 0 or -1. */
static inline int py__type_ensure_ready(py_type *t) {
  return PY_HAS_FLAG(t, PY_TPFLAGS_READY) ? 0 : py_type_ready(t);
}
/* The value of a heap type's class dict entry, or NULL (borrowed, no error). */
py_object *py__type_dict_get(py_type *t, py_object *name);
/* Static types fill their dicts on first use, not when readied (py_type_ready): most
 * of the builtin types a start readies are never looked at by a program. Code that
 * reads a type's dict directly (t->dict, not through py_type_lookup) calls this first.
 * 0, or -1 with an exception set. */
int py__type_fill_dict_slow(py_type *t);
static inline int py__type_fill_dict(py_type *t) {
  return PY_HAS_FLAG(t, PY__TPFLAGS_DICT_PENDING) ? py__type_fill_dict_slow(t) : 0;
}
/* py__type_fill_dict for each type along t's mro. 0 or -1. */
int py__type_fill_mro_dicts(py_type *t);
/* Invalidates the attribute cache (a type's dict changed). */
void py__type_modified(py_type *t);
/* A number that changes whenever any type's attributes or bases may have changed (and
 * when a type is made): a lookup's result stays valid while it does not change. */
unsigned py__type_cache_epoch(void);
/* True when calling an instance of t runs a __call__ written in Python (typeslots.c). */
bool py__type_calls_python(py_type *t);
/* getattr(o, name) where a class's miss returns NULL with no AttributeError made (the
 * formatting dominated hasattr(cls, name)); other objects go through py_getattr. */
py_object *py__type_getattr_opt(py_object *o, py_object *name);

/* ---- heap type slot dispatch (typeslots.c) ---- */

/* Which slots a static type defines itself (before it inherits its bases'), one bit
 * per slot wrapper it may get and one for its constructor. */
#define PY__OWN_SLOT_BITS 128
typedef struct py__own_slots {
  uint64_t bits[PY__OWN_SLOT_BITS / 64];
} py__own_slots;
/* Records t's own slots; call before the slots are inherited. */
void py__type_own_slots(py_type *t, py__own_slots *own);
/* Adds a "slot wrapper" descriptor to a static type's dict for each slot it defines
 * itself (own, recorded by py__type_own_slots: int.__add__, object.__repr__, ...), as
 * CPython's add_operators. 0 or -1. */
int py__type_add_slot_wrappers(py_type *t, const py__own_slots *own);
/* Points each slot of heap type t at the C function of the builtin that implements
 * it or at a dispatcher calling the Python dunder found along the mro. 0 or -1. */
int py__type_fixup_slots(py_type *t);
/* Re-derives the slots served by one dunder name after `Class.name = value`. */
int py__type_update_slot(py_type *t, py_object *name);
/* Calls a dunder found on type(self)'s mro with self prepended; NULL with
 * AttributeError-free "not found" reported through *found = 0. New reference. */
py_object *py__call_special(py_object *self, py_object *name, py_object *const *args,
                            size_t nargs, int *found);

/* ---- the object type's pieces others reuse (object.c) ---- */

py_object *py__object_repr(py_object *self);
py_object *py__object_new(py_type *t, py_object *const *args, size_t nargs,
                          py_object *kwnames);
int py__object_init(py_object *self, py_object *const *args, size_t nargs,
                    py_object *kwnames);
void py__object_dealloc(py_object *self);
/* "<Foo object at 0x...>"-style address text, as CPython's %p. */
py_object *py__repr_with_address(const char *what, const void *p);

/* ---- descriptors (descr.c) ---- */

py_object *py__method_descr_new(py_type *owner, const py_method_def *def);
py_object *py__getset_descr_new(py_type *owner, const py_getset_def *def);
/* A __slots__ member stored at offset in instances of owner. */
py_object *py__member_descr_new(py_type *owner, py_object *name, py_ssize offset);
/* Where a member descriptor (a __slots__ name) keeps its value in instances of t: the
 * byte offset, or -1 when descr is not one or does not apply to t. */
py_ssize py__member_offset(py_object *descr, py_type *t);
/* {name: value} of the __slots__ members set on obj, or None if there are none.
 * New reference. */
py_object *py__slot_state(py_object *obj);
/* Releases the members a class with __slots__ stores in obj (at dealloc). */
void py__clear_slot_members(py_type *t, py_object *obj);
/* The getset descriptor for the instance __dict__ of heap types. */
extern const py_getset_def py__dict_getset;
/* Calls func with self prepended to args (borrowed). New reference. */
py_object *py__call_prepend(py_object *func, py_object *self, py_object *const *args,
                            size_t nargs, py_object *kwnames);
/* py__call_prepend through py__call_on_chain (code.h): for the callers on the Asyncify
 * chain, so a suspension may happen under the call when the callee is admitted. */
py_object *py__call_prepend_on_chain(py_object *func, py_object *self, py_object *const *args,
                                     size_t nargs, py_object *kwnames);
/* Binds a descriptor found on a type to obj (NULL: accessed on the type) the way
 * attribute lookup does. New reference. */
py_object *py__descr_bind(py_object *descr, py_object *obj, py_type *type);

/* A builtin function or method (py_cfunction_type). */
typedef struct {
  PY_HEAD;
  const py_method_def *def;
  py_object *self; /* bound object, module, type, or NULL */
} py__cfunction_object;
/* The definition behind a builtin function or method descriptor; NULL for others. */
const py_method_def *py__builtin_def(py_object *callable);
/* The py_method_def behind every static type's __new__ (int.__new__(cls, ...)). */
extern const py_method_def py__tp_new_def;

extern py_type py__wrapper_descr_type, py__method_wrapper_type,
    py__classmethod_descr_type, py__member_descr_type, py__mappingproxy_type,
    py__generic_alias_type, py__union_type;

/* ---- errors (errors.c, exceptions.c) ---- */

/* AttributeError "'T' object has no attribute 'name'" with .name and .obj set. */
py_object *py__raise_no_attribute(py_object *obj, py_object *name);
/* Sets name/obj on a pending AttributeError (for the suggestions of tracebacks). */
void py__attribute_error_set_context(py_object *obj, py_object *name);
/* Creates the spare MemoryError. 0 or -1. */
int py__errors_init(void);
/* Readies the exception hierarchy. 0 or -1. */
int py__exceptions_init(void);
/* Builds an instance of an exception type from a message (steals msg). New. */
py_object *py__exc_from_message(py_type *type, py_object *msg);
/* Calls fn(*args) of runtime/lib/_codec_bridge.py, the Python half of the codecs
 * (UnicodeError arguments and messages, encodings the engine does not know). New. */
py_object *py__codec_bridge(const char *fn, py_object *const *args, size_t nargs);
/* Raises type(codec, object, start, end, reason): a UnicodeEncodeError or
 * UnicodeDecodeError with CPython's arguments (object borrowed). Always NULL. */
py_object *py__raise_codec_error(py_type *type, const char *codec, py_object *object,
                                 py_ssize start, py_ssize end, const char *reason);
int py__exc_group_init(void);
/* except*'s PREP_RERAISE_STAR: from the exception caught (orig) and the list of what
 * the clauses raised plus the unmatched rest, the one exception to raise (new ref):
 * None, orig's unhandled part, a new exception, or a group of several. */
py_object *py__exc_group_prep_reraise(py_object *orig, py_object *excs);

/* Exception layouts with extra fields. */
typedef struct {
  py_exception_object base;
  py_object *value;
} py__stopiteration_object;
typedef struct {
  py_exception_object base;
  py_object *code;
} py__systemexit_object;
typedef struct {
  py_exception_object base;
  py_object *msg, *name, *path;
} py__importerror_object;
typedef struct {
  py_exception_object base;
  py_object *name;
} py__nameerror_object;
typedef struct {
  py_exception_object base;
  py_object *name, *obj;
} py__attributeerror_object;
typedef struct {
  py_exception_object base;
  py_object *myerrno, *strerror, *filename, *filename2;
} py__oserror_object;
typedef struct {
  py_exception_object base;
  py_object *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
      *print_file_and_line;
} py__syntaxerror_object;
typedef struct {
  py_exception_object base;
  py_object *msg;  /* str */
  py_object *excs; /* tuple of exceptions */
} py__excgroup_object;

/* ---- mappingproxy.c ---- */

/* A read-only view of mapping (Class.__dict__). New. */
py_object *py__mappingproxy_new(py_object *mapping);

/* ---- annotations (typealias.c) ---- */

/* type.__or__: `int | None` as a types.UnionType, NotImplemented for non-classes. */
py_object *py__type_or(py_object *a, py_object *b);

/* ---- modules (module.c) ---- */
typedef struct {
  PY_HEAD;
  py_object *dict;
  bool builtin; /* made by py_module_new: repr "<module 'x' (built-in)>" */
} py__module_object;

#endif
