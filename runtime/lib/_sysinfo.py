"""The rarely used attributes of sys, made on first use: sys's module __getattr__
imports this module when a program asks for a name sys itself does not hold (so a
program that never reads sys.float_info pays nothing for it at start).

The values are those CPython 3.11 reports on 64-bit Linux when run as the oracle runs
programs (PYTHONDONTWRITEBYTECODE=1, PYTHONHASHSEED=0, PYTHONUTF8=1)."""

import sys as _sys


def _struct_sequence(name, fields, values):
    """An instance of a named tuple type printed as sys.NAME(field=value, ...), like
    CPython's struct sequences (sys.float_info, sys.flags)."""

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "sys.%s(%s)" % (name, inner)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.%s' instances" % name)

    namespace = {"__repr__": __repr__, "__slots__": (), "__module__": "sys",
                 "n_fields": len(fields), "n_sequence_fields": len(fields),
                 "n_unnamed_fields": 0}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), namespace)
    cls.__new__ = __new__
    return tuple.__new__(cls, values)


float_info = _struct_sequence(
    "float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))

int_info = _struct_sequence(
    "int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"),
    (30, 4, 4300, 640))

hash_info = _struct_sequence(
    "hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
     "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

flags = _struct_sequence(
    "flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
     "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
     "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
     "warn_default_encoding", "safe_path", "int_max_str_digits"),
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 1, 0, False, -1))


def _implementation():
    import types
    return types.SimpleNamespace(name="cpython", cache_tag="cpython-311",
                                 version=_sys.version_info, hexversion=_sys.hexversion,
                                 _multiarch="x86_64-linux-gnu")


implementation = _implementation()
maxunicode = 1114111
float_repr_style = "short"
dont_write_bytecode = True
warnoptions = []
api_version = 1013
abiflags = ""


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def is_finalizing():
    return False


def excepthook(exc_type, exc_value, exc_traceback):
    """The default hook for uncaught exceptions: prints the traceback to stderr (what
    happens anyway while sys.excepthook is unset)."""
    import traceback
    traceback.print_exception(exc_type, exc_value, exc_traceback)


# Only sys.__excepthook__ comes from here: while sys.excepthook is unset, the
# interpreter prints uncaught exceptions itself.
__excepthook__ = excepthook
del excepthook



def _breakpointhook(*args, **kws):
    # The work of sys.breakpointhook (a C function of sys, so that the hook is there and
    # printed as a built-in before this module loads). As CPython's: $PYTHONBREAKPOINT,
    # read at each call (the sandbox's environment is os.environ, which only a program
    # that imported os can have changed), names the hook: "0" disables it, empty or
    # unset means pdb.set_trace, a name without a dot is a builtin. What cannot be
    # imported or found is a RuntimeWarning, and None.
    os = _sys.modules.get("os")
    name = os.environ.get("PYTHONBREAKPOINT") if os is not None else None
    if name == "0":
        return None
    if not name:
        name = "pdb.set_trace"
    module_name, dot, attr = name.rpartition(".")
    try:
        if dot:
            __import__(module_name)
            module = _sys.modules[module_name]
        else:
            import builtins as module
        hook = getattr(module, attr)
    except (ImportError, AttributeError, KeyError):
        hook = None
    if hook is not None:
        return hook(*args, **kws)
    import warnings
    try:
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{name}"', RuntimeWarning,
                      stacklevel=2)
    except Warning as exc:
        # The "error" filter: raised from C in CPython, so without the frames of
        # warnings (this module's own are not shown, as sys's are C there).
        raise exc.with_traceback(None)
    return None
