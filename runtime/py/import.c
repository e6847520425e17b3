/* runtime/py/import.c — the module registry and the import statement.
 *
 * A module is found, in order, in sys.modules, in the table of builtin C modules below
 * (mod_<name>.c files exporting py_mod_<name>_init), or among the modules written in
 * Python (runtime/lib/<name>.py, embedded into the binary at build time: frozen.h).
 * Those are not compiled at import: the build compiled them and embedded their code
 * objects serialized (marshal.h), so importing one deserializes its code and runs it.
 * The wasm engine embeds only the modules `import asyncio` loads; the others come from
 * the library bundle its host hands over on first use (libbundle.h). Anything else
 * raises ModuleNotFoundError as CPython does. */
#include <stdio.h>
#include <string.h>

#include "py/code.h"
#include "py/frozen.h"
#include "py/interp.h"
#include "py/libbundle.h"
#include "py/marshal.h"
#include "py/syntax_error.h"

/* ---- the builtin C modules: one table ------------------------------------------------- */

/* Weak, so a module whose file has not landed yet is simply not importable. */
#define PY_BUILTIN_MODULES(X)                                                      \
  X(sys) X(time) X(math) X(random) X(string) X(operator) X(collections) X(itertools) \
  X(functools) X(asyncio) X(_asyncio) X(heapq) X(bisect) X(copy) X(types) X(json)    \
  X(re) X(textwrap) X(enum) X(abc) X(weakref) X(os) X(io) X(traceback) X(warnings)   \
  X(contextvars) X(signal) X(errno) X(gc) X(statistics) X(inspect) X(_types)        \
  X(_hashlib) X(_weakref) X(cmath) X(_collections) X(_imp) X(_thread)
#define DECLARE_MOD(n) py_object *py_mod_##n##_init(void) __attribute__((weak));
PY_BUILTIN_MODULES(DECLARE_MOD)
#undef DECLARE_MOD

/* The init function of a builtin module, or NULL (a weak symbol that is absent). */
static py_object *(*builtin_init(const char *name))(void) {
#define MOD_MATCH(n) if (strcmp(name, #n) == 0) return py_mod_##n##_init;
  PY_BUILTIN_MODULES(MOD_MATCH)
#undef MOD_MATCH
  return NULL;
}

/* ---- modules written in Python (generated table) ---------------------------------- */

static const py_embedded_module *find_embedded(const char *name) {
  for (const py_embedded_module *m = py__embedded_modules; m->name; m++)
    if (strcmp(m->name, name) == 0) return m;
  return NULL;
}

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err);
void py__source_register(const char *filename, const char *text, size_t n);

/* The module's serialized code, or NULL when the build did not freeze it. */
static const py_frozen_code *find_frozen(const char *name) {
  for (const py_frozen_code *f = py__frozen_code; f->name; f++)
    if (strcmp(f->name, name) == 0) return f;
  return NULL;
}

/* A module written in Python, found in the binary or in the library bundle. */
typedef struct lib_module {
  const py_embedded_module *em;
  const unsigned char *code; /* serialized, or NULL: compile em's text */
  size_t code_size;
} lib_module;

/* 1 when name is a module of runtime/lib (*m filled in), 0 when it is not, -1 when it
 * is a bundled one and the bundle cannot be had (*why says why; no exception set). */
static int find_lib_module(const char *name, lib_module *m, const char **why) {
  m->em = find_embedded(name);
  if (m->em) {
    const py_frozen_code *fc = find_frozen(name);
    m->code = fc ? fc->code : NULL;
    m->code_size = fc ? fc->size : 0;
    return 1;
  }
  return py__lib_bundle_find(name, &m->em, &m->code, &m->code_size, why);
}

/* The code object of a module of runtime/lib: deserialized when the build froze it,
 * otherwise compiled from its source. New, or NULL with an exception. */
static py_code *embedded_code(const lib_module *lm, const char *filename) {
  if (lm->code) {
    py_object *co = py_marshal_read(lm->code, lm->code_size);
    if (!co || PY_TYPE(co) == &py_code_type) return (py_code *)co;
    py_decref(co);
    py_raise(&py_exc_ImportError, "frozen module %s holds no code", lm->em->name);
    return NULL;
  }
  py_syntax_error err;
  return py__compile_source(lm->em->source, lm->em->size, filename, &err);
}

/* The code object in tree (a module's code and its nested code constants) compiled
 * from the same source as co: same name, first line and instructions. Borrowed. */
static py_code *find_same_code(py_code *tree, const py_code *co) {
  if (tree->firstlineno == co->firstlineno && tree->ninstrs == co->ninstrs &&
      py_str_equal(tree->qualname, co->qualname) &&
      memcmp(tree->instrs, co->instrs, (size_t)co->ninstrs * sizeof(uint32_t)) == 0)
    return tree;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(tree->consts); i++) {
    py_object *k = PY_TUPLE_ITEMS(tree->consts)[i];
    py_code *found = PY_TYPE(k) == &py_code_type ? find_same_code((py_code *)k, co) : NULL;
    if (found) return found;
  }
  return NULL;
}

/* Copies one position table of n entries; NULL when out of memory. */
static int32_t *copy_table(const int32_t *t, int n) {
  int32_t *c = py_mem_alloc((size_t)n * sizeof(int32_t));
  if (c) memcpy(c, t, (size_t)n * sizeof(int32_t));
  return c;
}

int py__code_fill_positions(py_code *co) {
  if (co->cols) return 0;
  /* Only embedded modules are frozen: their file name is "<frozen NAME>". */
  const char *fn = PY_STR_DATA(co->filename);
  size_t len = strlen(fn);
  if (len < 10 || strncmp(fn, "<frozen ", 8) != 0 || fn[len - 1] != '>') return -1;
  char name[256];
  if (len - 9 >= sizeof name) return -1;
  memcpy(name, fn + 8, len - 9);
  name[len - 9] = 0;
  lib_module lm;
  const char *why;
  if (find_lib_module(name, &lm, &why) != 1) return -1;
  const py_embedded_module *em = lm.em;
  /* A traceback is being printed: keep its exception aside while compiling. */
  py_object *pending = py_err_fetch();
  py_syntax_error err;
  py_code *tree = py__compile_source(em->source, em->size, fn, &err);
  py_code *same = tree ? find_same_code(tree, co) : NULL;
  int rc = -1;
  if (same) {
    int32_t *endlines = copy_table(same->endlines, co->ninstrs);
    int32_t *cols = copy_table(same->cols, co->ninstrs);
    int32_t *endcols = copy_table(same->endcols, co->ninstrs);
    if (endlines && cols && endcols) {
      co->endlines = endlines;
      co->cols = cols;
      co->endcols = endcols;
      rc = 0;
    } else {
      py_mem_free(endlines, (size_t)co->ninstrs * sizeof(int32_t));
      py_mem_free(cols, (size_t)co->ninstrs * sizeof(int32_t));
      py_mem_free(endcols, (size_t)co->ninstrs * sizeof(int32_t));
    }
  }
  py_xdecref((py_object *)tree);
  py_err_clear();
  py_err_restore(pending);
  return rc;
}

/* ---- the registry ----------------------------------------------------------------- */

static py_object *modules; /* sys.modules */
/* Set once the interpreter has begun to clear its modules (py_fini): a module that is
 * not loaded can no longer be imported, as in CPython, whose sys.meta_path is None by
 * then. Loading one would run its body against a half-cleared interpreter (no builtins
 * module to give it). */
static bool shutting_down;

py_object *py_sys_modules(void) { return modules; }

int py__import_init(void) {
  shutting_down = false;
  if (!modules) modules = py_dict_new();
  return modules ? 0 : -1;
}

void py__import_shutdown(void) { shutting_down = true; }
bool py__import_shutting_down(void) { return shutting_down; }

/* CPython's error for an import that would have to load a module at shutdown. */
static py_object *shutdown_refused(void) {
  return py_raise(&py_exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
}


/* Gives the ModuleNotFoundError just raised its name attribute, as CPython's has (a
 * failure to set it leaves the error as it is). Returns NULL. */
static py_object *with_module_name(const char *name) {
  py_object *e = py_err_fetch();
  py_object *exc_name = py_str_from_cstr(name);
  py_object *attr = py_str_intern_cstr("name");
  if (e && exc_name && attr && py_setattr(e, attr, exc_name) < 0) py_err_clear();
  py_xdecref(attr);
  py_xdecref(exc_name);
  if (e) py_err_restore(e);
  return NULL;
}

static py_object *not_found(const char *name) {
  py_raise(&py_exc_ModuleNotFoundError, "No module named '%s'", name);
  return with_module_name(name);
}

/* ModuleNotFoundError for a bundled module the host could not give. */
static py_object *bundle_missing(const char *name, const char *why) {
  py_raise(&py_exc_ModuleNotFoundError, "No module named '%s': %s", name, why);
  return with_module_name(name);
}

static py_object *load_embedded(const lib_module *lm) {
  const py_embedded_module *em = lm->em;
  py_object *m = py_module_new(em->name);
  if (!m) return NULL;
  py_object *d = py_module_dict(m);
  char filename[256];
  snprintf(filename, sizeof filename, "<frozen %s>", em->name);
  py_object *fn = py_str_from_cstr(filename);
  if (!fn || py_dict_set_str(d, "__file__", fn) < 0 ||
      py_dict_set_str(d, "__builtins__", py_dict_get_str(modules, "builtins")) < 0) {
    py_xdecref(fn);
    py_decref(m);
    return NULL;
  }
  py_decref(fn);
  if (em->is_package) {
    py_object *path = py_list_new(0);
    if (!path || py_dict_set_str(d, "__path__", path) < 0) {
      py_xdecref(path);
      py_decref(m);
      return NULL;
    }
    py_decref(path);
  }
  /* Registered before running, so circular imports see the partial module. */
  if (py_dict_set_str(modules, em->name, m) < 0) {
    py_decref(m);
    return NULL;
  }
  /* The text stays available for the source lines of tracebacks. */
  py__source_register(filename, em->source, em->size);
  py_code *co = embedded_code(lm, filename);
  /* C code imports library modules itself (the asyncio C types their exceptions): a
   * module body then runs under C frames off the Asyncify chain and must not suspend
   * (code.h; an `import` statement runs in the eval loop, which refuses it anyway). */
  py__call_link no_suspension;
  py__no_suspension_push(&no_suspension);
  py_object *r = co ? py_vm_exec_code(co, d, NULL, NULL) : NULL;
  py__no_suspension_pop(&no_suspension);
  py_xdecref((py_object *)co);
  if (!r) {
    py_object *exc = py_err_fetch();
    py_object *key = py_str_from_cstr(em->name);
    if (key && py_dict_del(modules, key) < 0) py_err_clear();
    py_xdecref(key);
    py_err_restore(exc);
    py_decref(m);
    return NULL;
  }
  py_decref(r);
  return m;
}

/* ---- modules imported ahead, hidden until the program imports them ----------------
 *
 * A host that starts the interpreter before it knows the program (the wasm engine's
 * spare instance) may import asyncio ahead: a Run then finds its import done. The
 * program must not see that: what an import ahead loads is moved out of sys.modules
 * into this registry and back when the program (or C code on its behalf) first imports
 * one of its names, together with what a fresh import of that name would load, in the
 * order it would load it. For that, each module keeps the names its own import asked
 * for, in order (a module written in Python is in sys.modules before its body runs, a
 * C module after its init): revealing it replays that import against the registry, so
 * `import functools` shows functools and what functools imports, and `import asyncio`
 * everything. A program that changed sys.modules in the way (put its own module under
 * one of those names, or removed one already revealed) gets a fresh import instead, as
 * CPython would make one, and the registry stops revealing. Nothing an import ahead
 * runs may depend on the run's settings (clock, trace): runtime/lib/asyncio reads them
 * when it runs, never at import. */
typedef struct hidden_module {
  py_object *name;     /* str */
  py_object *module;   /* owned until the interpreter ends */
  py_object *requests; /* tuple of the names its import asked for, in order */
  bool registered_first;
  bool revealed;
  unsigned mark; /* the walk that last visited it */
} hidden_module;

static hidden_module *hidden;
static int nhidden;
static bool hidden_broken; /* the program changed sys.modules in the way: no more reveals */
static unsigned walk_mark;

/* While importing ahead: which module is loading (innermost last), and every import
 * it asks for as (importer, name) tuples. */
static bool importing_ahead;
static const char *loading[64];
static int nloading;
static py_object *ahead_requests; /* list */

static py_object *import_one(const char *name);
size_t py__memory_limit(void);           /* interp.c */

/* What the import ahead cost, charged to the run at the program's first import from
 * it (all of it then, whatever part is revealed): its steps count towards the step
 * limit, and until then its bytes do not count towards the memory limit. */
static uint64_t ahead_steps;
static size_t ahead_bytes;

size_t py__import_hidden_bytes(void) { return ahead_bytes; }

static void charge_ahead(void) {
  py__vm_add_steps(ahead_steps);
  ahead_steps = 0;
  if (ahead_bytes) {
    ahead_bytes = 0;
    if (py__memory_limit()) py_mem_set_limit(py__memory_limit());
  }
}

/* Notes, while importing ahead, that the module loading now asks for name. Out of
 * memory the notes are dropped and nothing will be hidden. */
static void note_request(const char *name) {
  if (!importing_ahead || !nloading || !ahead_requests) return;
  py_object *t = py_tuple_new(2);
  py_object *a = py_str_from_cstr(loading[nloading - 1]);
  py_object *b = py_str_from_cstr(name);
  if (t && a && b) {
    PY_TUPLE_ITEMS(t)[0] = a;
    PY_TUPLE_ITEMS(t)[1] = b;
    a = b = NULL;
    if (py_list_append(ahead_requests, t) == 0) {
      py_decref(t);
      return;
    }
  }
  py_xdecref(t);
  py_xdecref(a);
  py_xdecref(b);
  py_err_clear();
  PY_CLEAR(ahead_requests);
}

static int find_hidden(py_object *name) {
  for (int i = 0; i < nhidden; i++)
    if (py_str_equal(hidden[i].name, name)) return i;
  return -1;
}

/* The requests list's names that importer asked for, as a tuple (new), or NULL. */
static py_object *requests_of(py_object *importer) {
  py_object *list = py_list_new(0);
  for (py_ssize k = 0; list && k < PY_LIST_SIZE(ahead_requests); k++) {
    py_object *t = PY_LIST_ITEMS(ahead_requests)[k];
    if (py_str_equal(PY_TUPLE_ITEMS(t)[0], importer) &&
        py_list_append(list, PY_TUPLE_ITEMS(t)[1]) < 0)
      PY_CLEAR(list);
  }
  py_object *tuple = list ? py_tuple_new(PY_LIST_SIZE(list)) : NULL;
  for (py_ssize k = 0; tuple && k < PY_LIST_SIZE(list); k++)
    PY_TUPLE_ITEMS(tuple)[k] = py_newref(PY_LIST_ITEMS(list)[k]);
  py_xdecref(list);
  return tuple;
}

int py__import_ahead(const char *name) {
  if (importing_ahead || nhidden || nloading) return -1;
  py_ssize base = py_dict_size(modules);
  ahead_requests = py_list_new(0);
  if (!ahead_requests) return -1;
  size_t used_before = py_mem_used();
  py__vm_reset_steps(UINT64_MAX); /* counts the steps, never stops */
  importing_ahead = true;
  py_object *m = import_one(name);
  importing_ahead = false;
  ahead_steps = py__vm_steps();
  py__vm_reset_steps(0);
  py_ssize count = py_dict_size(modules) - base;
  int rc = m && ahead_requests ? 0 : -1;
  py_xdecref(m);
  py_err_clear();
  /* Move what was loaded, in order, from sys.modules into the registry. */
  hidden = rc == 0 && count > 0 ? py_mem_alloc((size_t)count * sizeof *hidden) : NULL;
  if (!hidden) rc = -1;
  py_ssize pos = 0, at = 0;
  py_object *k, *v;
  while (hidden && py_dict_next(modules, &pos, &k, &v)) {
    if (at++ < base) continue;
    hidden_module *h = &hidden[nhidden];
    *h = (hidden_module){py_newref(k), py_newref(v), requests_of(k), true, false, 0};
    nhidden++;
    if (!h->requests) rc = -1;
    /* A C module is registered once its init is done: after what the init imported. */
    h->registered_first = !builtin_init(PY_STR_DATA(k));
  }
  if (nhidden != count) rc = -1;
  for (int i = 0; rc == 0 && i < nhidden; i++)
    if (py_dict_del(modules, hidden[i].name) < 0) rc = -1;
  PY_CLEAR(ahead_requests);
  if (rc < 0) {
    /* Never half hidden: whatever is still in sys.modules past what was there before
     * leaves it, and nothing will be revealed. */
    py_object *keys = py_list_new(0);
    pos = at = 0;
    while (keys && py_dict_next(modules, &pos, &k, &v))
      if (at++ >= base && py_list_append(keys, k) < 0) PY_CLEAR(keys);
    for (py_ssize i = 0; keys && i < PY_LIST_SIZE(keys); i++)
      py_dict_del(modules, PY_LIST_ITEMS(keys)[i]);
    py_xdecref(keys);
    for (int i = 0; i < nhidden; i++) hidden[i].revealed = true;
    hidden_broken = true;
  }
  py_err_clear();
  if (rc == 0) ahead_bytes = py_mem_used() > used_before ? py_mem_used() - used_before : 0;
  else ahead_steps = 0;
  return rc;
}

/* Replays the import of hidden[i]: 0 when it can be revealed (with insert, it now is),
 * 1 when the program changed sys.modules in its way, -1 on error. */
static int reveal_walk(int i, bool insert) {
  hidden_module *h = &hidden[i];
  py_object *now = py_dict_get(modules, h->name);
  if (now) return now == h->module ? 0 : 1;
  if (h->revealed) return 1;
  if (h->mark == walk_mark) return 0;
  h->mark = walk_mark;
  /* A submodule's package is imported first. */
  const char *n = PY_STR_DATA(h->name), *dot = strrchr(n, '.');
  if (dot) {
    py_object *parent = py_str_from_utf8(n, (size_t)(dot - n));
    if (!parent) return -1;
    int p = find_hidden(parent);
    py_object *present = py_dict_get(modules, parent);
    py_decref(parent);
    int rc = p >= 0 ? reveal_walk(p, insert) : present ? 0 : 1;
    if (rc) return rc;
    if (insert && py_dict_get(modules, h->name)) return 0; /* the package's import did it */
  }
  if (insert && h->registered_first) {
    if (py_dict_set(modules, h->name, h->module) < 0) return -1;
    h->revealed = true;
  }
  for (py_ssize k = 0; k < PY_TUPLE_SIZE(h->requests); k++) {
    py_object *want = PY_TUPLE_ITEMS(h->requests)[k];
    int j = find_hidden(want);
    int rc = j >= 0 ? reveal_walk(j, insert) : py_dict_get(modules, want) ? 0 : 1;
    if (rc) return rc;
  }
  if (insert && !h->revealed) {
    if (py_dict_set(modules, h->name, h->module) < 0) return -1;
    h->revealed = true;
  }
  return 0;
}

/* For `import name`: 1 when name was imported ahead (it and what its import loads are
 * now in sys.modules), 0 when it was not or can no longer be revealed (import it
 * afresh), -1 on error. */
static int reveal_hidden(const char *name) {
  if (hidden_broken) return 0;
  int at = -1;
  for (int i = 0; i < nhidden && at < 0; i++)
    if (strcmp(PY_STR_DATA(hidden[i].name), name) == 0) at = i;
  if (at < 0 || hidden[at].revealed) return 0;
  walk_mark++;
  int rc = reveal_walk(at, false);
  if (rc == 1) {
    hidden_broken = true; /* a fresh import, as CPython's */
    charge_ahead();
    return 0;
  }
  if (rc < 0) return -1;
  charge_ahead();
  walk_mark++;
  return reveal_walk(at, true) < 0 ? -1 : 1;
}

void py__import_reveal_all(void) {
  /* What was never revealed goes into sys.modules under a name no import can ask for,
   * so that the interpreter's end empties it as it empties every module. */
  for (int i = 0; i < nhidden; i++) {
    if (!hidden[i].revealed) {
      py_object *key = py_str_format("<imported ahead> %U", hidden[i].name);
      if (!key || py_dict_set(modules, key, hidden[i].module) < 0) py_err_clear();
      py_xdecref(key);
    }
    py_decref(hidden[i].name);
    py_decref(hidden[i].module);
    py_xdecref(hidden[i].requests);
  }
  py_mem_free(hidden, (size_t)nhidden * sizeof *hidden);
  hidden = NULL;
  nhidden = 0;
  hidden_broken = false;
  ahead_steps = 0;
  ahead_bytes = 0;
}

/* A module found in sys.modules (new reference), or, for None there (the way to block
 * an import), ModuleNotFoundError as CPython raises it. */
static py_object *registered(py_object *m, const char *name) {
  if (m != PY_NONE) return py_newref(m);
  py_raise(&py_exc_ModuleNotFoundError, "import of %s halted; None in sys.modules", name);
  return with_module_name(name);
}

/* Imports exactly `name` (its parents first). New reference. */
static py_object *import_one(const char *name) {
  note_request(name);
  py_object *m = py_dict_get_str(modules, name);
  if (m) return registered(m, name);
  if (shutting_down) return shutdown_refused();
  const char *dot = strrchr(name, '.');
  py_object *parent = NULL;
  if (dot) {
    char pname[256];
    size_t k = (size_t)(dot - name);
    if (k >= sizeof pname) return not_found(name);
    memcpy(pname, name, k);
    pname[k] = 0;
    parent = import_one(pname);
    if (!parent) return NULL;
    m = py_dict_get_str(modules, name);
    if (m) {
      py_decref(parent);
      return registered(m, name);
    }
  }
  int was_hidden = reveal_hidden(name);
  if (was_hidden < 0) {
    py_xdecref(parent);
    return NULL;
  }
  py_object *(*init)(void) = was_hidden ? NULL : builtin_init(name);
  /* While importing ahead, what this load imports is noted as this module's. */
  bool pushed = false;
  if (importing_ahead && !was_hidden) {
    if (nloading < (int)(sizeof loading / sizeof loading[0])) {
      loading[nloading++] = name;
      pushed = true;
    } else {
      PY_CLEAR(ahead_requests); /* too deep to note: nothing will be hidden */
    }
  }
  if (was_hidden) {
    m = py_dict_get_str(modules, name);
    py_xincref(m);
  } else if (init) {
    m = init();
    if (m && py_dict_set_str(modules, name, m) < 0) {
      py_decref(m);
      m = NULL;
    }
  } else {
    lib_module lm;
    const char *why = NULL;
    int found = find_lib_module(name, &lm, &why);
    if (found != 1) {
      py_xdecref(parent);
      if (pushed) nloading--;
      return found < 0 ? bundle_missing(name, why) : not_found(name);
    }
    m = load_embedded(&lm);
  }
  if (pushed) nloading--;
  if (m && parent) {
    if (py_module_add(parent, dot + 1, m) < 0) {
      py_decref(m);
      m = NULL;
    }
  }
  py_xdecref(parent);
  return m;
}

py_object *py_import(const char *name) { return import_one(name); }

/* The package a relative import in a module with these globals starts from (new str),
 * as CPython's _calc___package__: __package__, else __name__ (its parent unless the
 * module is a package). NULL with an exception when there is none. */
static py_object *importing_package(py_object *globals) {
  if (!globals || !PY_DICT_CHECK(globals))
    return py_raise(&py_exc_KeyError, "'__name__' not in globals");
  py_object *package = py_dict_get_str(globals, "__package__");
  if (package && package != PY_NONE) {
    if (!PY_STR_CHECK(package)) return py_raise(&py_exc_TypeError, "package must be a string");
    return py_newref(package);
  }
  py_object *name = py_dict_get_str(globals, "__name__");
  if (!name) return py_raise(&py_exc_KeyError, "'__name__' not in globals");
  if (!PY_STR_CHECK(name)) return py_raise(&py_exc_TypeError, "__name__ must be a string");
  if (py_dict_get_str(globals, "__path__")) return py_newref(name);
  const char *n = PY_STR_DATA(name), *dot = strrchr(n, '.');
  return py_str_from_utf8(n, dot ? (size_t)(dot - n) : 0);
}

/* The absolute name `level` packages up from the importing module's (new str). */
static py_object *resolve_relative(py_object *name, int level, py_object *globals) {
  py_object *package = importing_package(globals);
  if (!package) return NULL;
  if (PY_STR_SIZE(package) == 0) {
    py_decref(package);
    return py_raise(&py_exc_ImportError,
                    "attempted relative import with no known parent package");
  }
  /* Drop level - 1 trailing components of the package. */
  const char *p = PY_STR_DATA(package);
  size_t len = (size_t)PY_STR_SIZE(package);
  for (int up = 1; up < level; up++) {
    while (len > 0 && p[len - 1] != '.') len--;
    if (len == 0) {
      py_decref(package);
      return py_raise(&py_exc_ImportError, "attempted relative import beyond top-level package");
    }
    len--;
  }
  py_object *base = py_str_from_utf8(p, len);
  py_decref(package);
  if (!base || !PY_STR_SIZE(name)) return base;
  py_object *r = py_str_format("%U.%U", base, name);
  py_decref(base);
  return r;
}

py_object *py_vm_import_name(py_object *name, py_object *fromlist, int level,
                             py_object *globals) {
  if (level > 0) {
    py_object *absolute = resolve_relative(name, level, globals);
    if (!absolute) return NULL;
    /* `from . import x` and `from .m import x` bind from the module itself; a bare
     * `import .m` is not Python syntax, so only __import__ gets here without one. */
    py_object *m = import_one(PY_STR_DATA(absolute));
    if (m && fromlist == PY_NONE && PY_STR_SIZE(name)) {
      /* __import__('m', g, l, [], 1) gives the package's first component below. */
      py_decref(m);
      const char *dot = strchr(PY_STR_DATA(name), '.');
      size_t k = dot ? (size_t)(dot - PY_STR_DATA(name)) : (size_t)PY_STR_SIZE(name);
      py_object *first = py_str_from_utf8(PY_STR_DATA(name), k);
      py_object *top = first ? resolve_relative(first, level, globals) : NULL;
      py_xdecref(first);
      m = top ? import_one(PY_STR_DATA(top)) : NULL;
      py_xdecref(top);
    }
    py_decref(absolute);
    return m;
  }
  const char *n = PY_STR_DATA(name);
  if (!*n) return py_raise(&py_exc_ValueError, "Empty module name");
  /* An import of a module already loaded (a function-level `from asyncio import tasks`
   * runs on every call): the name is a str already, so no C string round trip. */
  py_object *m = fromlist != PY_NONE || !strchr(n, '.') ? py_dict_get(modules, name) : NULL;
  if (m) {
    note_request(n); /* import_one notes the others */
    return registered(m, n);
  }
  m = import_one(n);
  if (!m) return NULL;
  if (fromlist != PY_NONE || !strchr(n, '.')) return m;
  /* `import a.b` binds the top package a. */
  char top[256];
  size_t k = (size_t)(strchr(n, '.') - n);
  if (k >= sizeof top) k = sizeof top - 1;
  memcpy(top, n, k);
  top[k] = 0;
  py_decref(m);
  return import_one(top);
}

/* ---- for the _imp module (mod__imp.c) ------------------------------------------------ */

int py__import_kind(const char *name, bool *is_package) {
  *is_package = false;
  if (builtin_init(name)) return 1;
  lib_module lm;
  const char *why = NULL;
  int found = find_lib_module(name, &lm, &why);
  if (found == 1) {
    *is_package = lm.em->is_package;
    return 2;
  }
  return found < 0 ? 2 : 0;
}

int py__import_reexec(py_object *module, const char *name) {
  lib_module lm;
  const char *why = NULL;
  int found = find_lib_module(name, &lm, &why);
  if (found != 1) {
    if (found < 0) bundle_missing(name, why);
    else not_found(name);
    return -1;
  }
  char filename[256];
  snprintf(filename, sizeof filename, "<frozen %s>", lm.em->name);
  py_code *co = embedded_code(&lm, filename);
  if (!co) return -1;
  py_object *r = py_vm_exec_code(co, py_module_dict(module), NULL, NULL);
  py_decref((py_object *)co);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

py_object *py_vm_import_from(py_object *module, py_object *name) {
  py_object *v = py_getattr_opt(module, name);
  if (v || py_err_occurred()) return v;
  /* A submodule not imported yet. */
  py_object *mname = py_getattr_opt(module, PY_ID(__name__));
  if (!mname && py_err_occurred()) return NULL;
  if (mname && PY_STR_CHECK(mname)) {
    py_object *full = py_str_format("%U.%U", mname, name);
    if (full && (find_embedded(PY_STR_DATA(full)) || py__lib_bundle_has(PY_STR_DATA(full)))) {
      py_object *sub = import_one(PY_STR_DATA(full));
      py_decref(full);
      py_decref(mname);
      return sub;
    }
    py_xdecref(full);
    py_object *file = py_getattr_opt(module, py_str_intern_cstr("__file__"));
    if (!file) py_err_clear();
    if (file && PY_STR_CHECK(file))
      py_raise(&py_exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, mname, file);
    else
      py_raise(&py_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
               name, mname);
    py_xdecref(file);
    /* ImportError.name is the module the name was looked up in. */
    py_object *e = py_err_fetch();
    py_object *attr = py_str_intern_cstr("name");
    if (e && attr && py_setattr(e, attr, mname) < 0) py_err_clear();
    py_xdecref(attr);
    if (e) py_err_restore(e);
    py_decref(mname);
    return NULL;
  }
  py_xdecref(mname);
  return py_raise(&py_exc_ImportError, "cannot import name '%U'", name);
}

int py_vm_import_star(py_object *module, py_object *locals) {
  py_object *d = py_module_dict(module);
  py_object *all = py_dict_get_str(d, "__all__");
  if (all) {
    py_object *it = py_iter(all);
    if (!it) return -1;
    py_object *k;
    while ((k = py_next(it))) {
      py_object *v = py_getattr(module, k);
      int rc = v ? py_setitem(locals, k, v) : -1;
      py_xdecref(v);
      py_decref(k);
      if (rc < 0) {
        py_decref(it);
        return -1;
      }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
  }
  py_ssize pos = 0;
  py_object *k, *v;
  while (py_dict_next(d, &pos, &k, &v)) {
    if (PY_STR_CHECK(k) && PY_STR_DATA(k)[0] == '_') continue;
    if (py_setitem(locals, k, v) < 0) return -1;
  }
  return 0;
}
