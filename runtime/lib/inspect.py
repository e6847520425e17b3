"""The parts of inspect that asyncio programs and decorators use: the is*() predicates,
signature() with Parameter and BoundArguments, getmembers, currentframe, iscoroutine
checks by code flags as CPython does. There are no source files in the sandbox, so
getsource() and friends raise OSError("could not get source code")."""

import keyword
import sys
import types

__all__ = ["iscoroutinefunction", "iscoroutine", "isawaitable", "isfunction",
           "ismethod", "isclass", "ismodule", "isbuiltin", "isroutine",
           "isgenerator", "isgeneratorfunction", "isasyncgen", "isasyncgenfunction",
           "iscode", "isframe", "istraceback", "isabstract", "signature", "Signature",
           "Parameter", "BoundArguments", "getmembers", "currentframe",
           "getsource", "getsourcelines", "getfile", "getdoc", "cleandoc",
           "getmodule", "unwrap", "ismethoddescriptor", "markcoroutinefunction",
           "getmodulename", "stack", "getframeinfo", "getouterframes", "FrameInfo",
           "Traceback", "getgeneratorstate", "getcoroutinestate", "getgeneratorlocals",
           "getcoroutinelocals", "getmro", "isdatadescriptor", "get_annotations",
           "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED", "CORO_CREATED",
           "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"]

# The code-object flag bits, by the names inspect exports (our compiler sets the same
# bits as CPython's, so the values are CPython's).
_CODE_FLAG_BITS = ("OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
                   "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE",
                   "ASYNC_GENERATOR")
for _bit, _flag_name in enumerate(_CODE_FLAG_BITS):
    globals()["CO_" + _flag_name] = 1 << _bit
del _bit, _flag_name

# What markcoroutinefunction() stores on a function so iscoroutinefunction() says yes.
_COROUTINE_MARK = object()


# ---- what kind of object is this ---------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def istraceback(object):
    return type(object).__name__ == "traceback"


def isframe(object):
    return type(object).__name__ == "frame"


def ismethoddescriptor(object):
    """A descriptor with __get__ and no __set__ that is not itself a function, method,
    class or partial."""
    if isinstance(object, (type, types.MethodType, types.FunctionType)):
        return False
    import functools
    # Our functools.partial has a __get__ (so it stays unbound as a class attribute);
    # CPython's has none, and inspect must not call it a descriptor.
    if isinstance(object, functools.partial):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isroutine(object):
    return (isinstance(object, (types.BuiltinFunctionType, types.FunctionType,
                                types.MethodType))
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", ()))


def _innermost_callable(obj):
    # What a bound method or a (nested) functools.partial finally calls.
    import functools
    while True:
        if isinstance(obj, types.MethodType):
            obj = obj.__func__
        elif isinstance(obj, functools.partial):
            obj = obj.func
        else:
            return obj


def _code_flags(obj):
    # The co_flags of the function behind obj, or 0 when there is no such code.
    target = _innermost_callable(obj)
    if isinstance(target, types.FunctionType) or _looks_like_function(target):
        return target.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    return bool(_code_flags(obj) & CO_GENERATOR)


def isasyncgenfunction(obj):
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def iscoroutinefunction(obj):
    if _code_flags(obj) & CO_COROUTINE:
        return True
    marker = getattr(_innermost_callable(obj), "_is_coroutine_marker", None)
    return marker is _COROUTINE_MARK


def markcoroutinefunction(func):
    target = getattr(func, "__func__", func)
    target._is_coroutine_marker = _COROUTINE_MARK
    return target


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return hasattr(type(object), "__await__")


# ---- members, frames, modules, documentation -----------------------------------------------

def getmembers(object, predicate=None):
    found = []
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return sorted(found, key=lambda item: item[0])


def currentframe():
    """The caller's frame (a snapshot: f_code, f_lineno, f_globals, f_back)."""
    return sys._getframe(1)


def _named_tuple(name, fields):
    import collections
    return collections.namedtuple(name, fields)


Traceback = _named_tuple("Traceback", "filename lineno function code_context index")
FrameInfo = _named_tuple("FrameInfo", "frame filename lineno function code_context index")


def getframeinfo(frame, context=1):
    """Where a frame (or traceback) is: file, line, function and the source lines
    around it (context lines, the current one at `index`)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    lines, index = None, None
    if context > 0:
        import linecache
        start = max(lineno - 1 - context // 2, 0)
        lines = [linecache.getline(filename, n + 1) for n in range(start, start + context)]
        lines = [line for line in lines if line] or None
        index = lineno - 1 - start if lines else None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and every frame that called it, innermost first."""
    records = []
    while frame is not None:
        records.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


# ---- the state of a generator or coroutine --------------------------------------------

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getmro(cls):
    return cls.__mro__


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class's, not its bases'), strings
    evaluated when eval_str is true."""
    if isinstance(obj, type):
        ann = obj.__dict__.get("__annotations__", None)
        module = sys.modules.get(getattr(obj, "__module__", None), None)
        obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = obj.__dict__
        obj_locals = None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__globals__", None)
        obj_locals = None
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def getmodule(object, _filename=None):
    if isinstance(object, types.ModuleType):
        return object
    module_name = getattr(object, "__module__", None)
    return None if module_name is None else sys.modules.get(module_name)


def getmodulename(path):
    """The module name a file path would give (x/y.py -> 'y'), or None."""
    base = path.replace("\\", "/").rpartition("/")[2]
    # The longest suffix first, as extension module suffixes overlap ('.so').
    for suffix in (".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".pyc", ".py", ".so"):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getfile(object):
    if isinstance(object, types.ModuleType):
        where = getattr(object, "__file__", None)
        if not where:
            raise TypeError(f"{object!r} is a built-in module")
        return where
    if isinstance(object, type):
        where = getattr(sys.modules.get(object.__module__), "__file__", None)
        if not where:
            raise TypeError(f"{object!r} is a built-in class")
        return where
    code = object
    if isinstance(code, types.MethodType):
        code = code.__func__
    if isinstance(code, types.FunctionType):
        code = code.__code__
    if isinstance(code, types.CodeType):
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object "
                    f"was expected, got {type(object).__name__}")


def getsource(object):
    """Source text is not kept for functions in Taskscope: always OSError."""
    raise OSError("could not get source code")


def getsourcelines(object):
    return getsource(object)


def getsourcefile(object):
    return None


def cleandoc(doc):
    """A docstring without the indentation its source gave it: the first line left-
    stripped, the smallest indent of the other non-blank lines removed from each, and
    blank lines at either end dropped."""
    try:
        first, *rest = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents) if indents else 0
    lines = [first.lstrip()] + [line[cut:] for line in rest]
    start, stop = 0, len(lines)
    while start < stop and not lines[start]:
        start += 1
    while stop > start and not lines[stop - 1]:
        stop -= 1
    return "\n".join(lines[start:stop])


def getdoc(object):
    text = getattr(object, "__doc__", None)
    return cleandoc(text) if isinstance(text, str) else None


def unwrap(func, *, stop=None):
    seen = {id(func)}
    current = func
    while hasattr(current, "__wrapped__"):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(current))
    return current


# ---- parameter kinds -------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """Marks an argument of replace() that was not given."""


class _ParameterKind(int):
    # One of the five kinds of parameter: an int (they are ordered as in a def) with a name
    # and a description for messages.

    def __str__(self):
        return self._name_

    def __repr__(self):
        return f"<_ParameterKind.{self._name_}: {int(self)}>"

    @property
    def name(self):
        return self._name_


def _make_kinds():
    kinds = []
    for number, (name, description) in enumerate((
            ("POSITIONAL_ONLY", "positional-only"),
            ("POSITIONAL_OR_KEYWORD", "positional or keyword"),
            ("VAR_POSITIONAL", "variadic positional"),
            ("KEYWORD_ONLY", "keyword-only"),
            ("VAR_KEYWORD", "variadic keyword"))):
        kind = _ParameterKind(number)
        kind._name_ = name
        kind.description = description
        kinds.append(kind)
    return tuple(kinds)


_KINDS = _make_kinds()
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS
_STARRED = (_VAR_POSITIONAL, _VAR_KEYWORD)


def _annotation_text(annotation):
    # How a signature shows an annotation: builtins by bare name, other classes by module
    # and qualified name, typing's objects without their 'typing.' prefix.
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if not isinstance(annotation, type):
        return repr(annotation)
    if annotation.__module__ == "builtins":
        return annotation.__qualname__
    return f"{annotation.__module__}.{annotation.__qualname__}"


# ---- Parameter ------------------------------------------------------------------------------

class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in range(len(_KINDS)):
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        kind = _KINDS[int(kind)]
        if kind in _STARRED and default is not _empty:
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._what = (name, kind, default, annotation)

    name = property(lambda self: self._what[0])
    kind = property(lambda self: self._what[1])
    default = property(lambda self: self._what[2])
    annotation = property(lambda self: self._what[3])

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        given = (name, kind, default, annotation)
        name, kind, default, annotation = [mine if new is _void else new
                                           for new, mine in zip(given, self._what)]
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        name, kind, default, annotation = self._what
        text = name
        if annotation is not _empty:
            text += ": " + _annotation_text(annotation)
        if default is not _empty:
            # PEP 8's spacing: "x=1" but "x: int = 1".
            text += (" = " if annotation is not _empty else "=") + repr(default)
        return {_VAR_POSITIONAL: "*", _VAR_KEYWORD: "**"}.get(kind, "") + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash(self._what)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._what == other._what


# ---- BoundArguments -------------------------------------------------------------------------

class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        # (positional part, keyword part) of the parameters, as (parameter, value) pairs:
        # positional ones run up to the first keyword-only or variadic keyword parameter, or
        # the first one without a value.
        positional, by_keyword = [], []
        target = positional
        for param in self._signature.parameters.values():
            given = param.name in self.arguments
            if target is positional and (param.kind >= _KEYWORD_ONLY or not given):
                target = by_keyword
            if given:
                target.append((param, self.arguments[param.name]))
        return positional, by_keyword

    @property
    def args(self):
        values = []
        for param, value in self._split()[0]:
            if param.kind == _VAR_POSITIONAL:
                values.extend(value)
            else:
                values.append(value)
        return tuple(values)

    @property
    def kwargs(self):
        named = {}
        for param, value in self._split()[1]:
            if param.kind == _VAR_KEYWORD:
                named.update(value)
            else:
                named[param.name] = value
        return named

    def apply_defaults(self):
        fallback = {_VAR_POSITIONAL: (), _VAR_KEYWORD: {}}
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind in fallback:
                filled[name] = type(fallback[param.kind])()
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature, self.arguments) == (other.signature, other.arguments)

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"<{type(self).__name__} ({shown})>"


# ---- Signature ------------------------------------------------------------------------------

def _read_only(mapping):
    # A mappingproxy (types.MappingProxyType is not in our types module).
    return type(type.__dict__)(mapping)


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        # An OrderedDict, as CPython's, since parameters shows it (print(sig.parameters)).
        from collections import OrderedDict
        by_name = OrderedDict()
        for param in parameters or ():
            if param.name in by_name:
                raise ValueError(f"duplicate parameter name: {param.name!r}")
            by_name[param.name] = param
        self._parameters = by_name
        self._return_annotation = return_annotation

    parameters = property(lambda self: _read_only(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, follow_wrapped, drop_bound=True)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial):
        # Matches args and kwargs to the parameters the way a call would: each positional
        # argument fills the next positional parameter (a *args one takes all the rest);
        # once they run out, every later parameter is looked up by name. The checks come in
        # CPython's order, so the same call fails with the same message.
        arguments = {}
        unclaimed = dict(kwargs)
        next_arg = 0
        var_keyword = None
        for param in self._parameters.values():
            name, kind = param.name, param.kind
            if next_arg < len(args):
                if kind >= _KEYWORD_ONLY:
                    raise TypeError("too many positional arguments")
                if kind == _VAR_POSITIONAL:
                    arguments[name] = tuple(args[next_arg:])
                    next_arg = len(args)
                    continue
                if kind != _POSITIONAL_ONLY and name in unclaimed:
                    raise TypeError(f"multiple values for argument {name!r}")
                arguments[name] = args[next_arg]
                next_arg += 1
                continue
            if kind == _VAR_KEYWORD:
                var_keyword = name
            elif kind == _VAR_POSITIONAL:
                pass
            elif name in unclaimed:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError(f"{name!r} parameter is positional only, "
                                    "but was passed as a keyword")
                arguments[name] = unclaimed.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {name!r}")
        if next_arg < len(args):
            raise TypeError("too many positional arguments")
        if unclaimed:
            if var_keyword is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(unclaimed))!r}")
            arguments[var_keyword] = unclaimed
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        parts = []
        params = list(self._parameters.values())
        # A bare '*' goes before the first keyword-only parameter unless a *args
        # already marks where they start.
        star_pending = True
        for index, param in enumerate(params):
            kind = param.kind
            if kind == _VAR_POSITIONAL:
                star_pending = False
            elif kind == _KEYWORD_ONLY and star_pending:
                parts.append("*")
                star_pending = False
            parts.append(str(param))
            # A '/' closes each run of positional-only parameters.
            if kind == _POSITIONAL_ONLY and (index + 1 == len(params)
                                             or params[index + 1].kind != _POSITIONAL_ONLY):
                parts.append("/")
        text = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _empty:
            text += " -> " + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"


# ---- finding the signature of a callable ------------------------------------------------------

def _looks_like_function(obj):
    # Whether obj quacks like a Python function (a __code__ and a str __name__), as compiled
    # functions of other implementations do.
    if isinstance(obj, type) or not callable(obj):
        return False
    return (isinstance(getattr(obj, "__code__", None), types.CodeType)
            and isinstance(getattr(obj, "__name__", None), str))


def _from_code(func):
    # The Signature of a function, read from its code object, defaults and annotations.
    # co_varnames starts with the positional parameters, then the keyword-only ones, then
    # the *args and **kwargs names (when the flags say so).
    code = func.__code__
    flags = code.co_flags
    names = code.co_varnames
    n_positional = code.co_argcount
    n_keyword_only = code.co_kwonlyargcount
    n_positional_only = getattr(code, "co_posonlyargcount", 0)
    notes = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    keyword_defaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default, annotation=notes.get(name, _empty))

    made = []
    for index in range(n_positional):
        kind = _POSITIONAL_ONLY if index < n_positional_only else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        made.append(make(names[index], kind, default))
    starred = n_positional + n_keyword_only
    if flags & CO_VARARGS:
        made.append(make(names[starred], _VAR_POSITIONAL))
        starred += 1
    for name in names[n_positional:n_positional + n_keyword_only]:
        made.append(make(name, _KEYWORD_ONLY, keyword_defaults.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        made.append(make(names[starred], _VAR_KEYWORD))
    return Signature(made, return_annotation=notes.get("return", _empty))


def _without_first(sig):
    # The signature seen through a bound method: its first parameter is the bound object
    # (unless it is *args, which just absorbs it).
    params = list(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(obj, follow_wrapped):
    # What remains callable of a functools.partial: positional-only parameters it fills, and
    # others it fills positionally, are gone; ones it fills by keyword stay, with that value
    # as the default, and from the first such positional-or-keyword parameter on, everything
    # becomes keyword-only (a *args is dropped).
    inner = _signature_of(obj.func, follow_wrapped, drop_bound=True)
    try:
        filled = inner.bind_partial(*obj.args, **obj.keywords).arguments
    except TypeError:
        raise ValueError(f"partial object {obj!r} has incorrect arguments") from None
    leading, trailing = [], []
    keyword_only_from_here = False
    for param in inner.parameters.values():
        kind = param.kind
        if param.name in filled and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD,
                                             _KEYWORD_ONLY):
            if kind == _POSITIONAL_ONLY or (kind == _POSITIONAL_OR_KEYWORD
                                            and param.name not in obj.keywords):
                continue
            param = param.replace(default=filled[param.name])
            if kind == _POSITIONAL_OR_KEYWORD:
                keyword_only_from_here = True
        if not keyword_only_from_here:
            leading.append(param)
        elif kind == _POSITIONAL_OR_KEYWORD:
            trailing.append(param.replace(kind=_KEYWORD_ONLY))
        elif kind != _VAR_POSITIONAL:
            trailing.append(param)
    return inner.replace(parameters=leading + trailing)


def _defined_in_python(cls, name):
    # The class in cls's MRO that defines `name` in Python (a function), or None.
    for base in cls.__mro__:
        if name in base.__dict__:
            found = base.__dict__[name]
            if isinstance(found, (staticmethod, classmethod)):
                found = found.__func__
            return base if isinstance(found, types.FunctionType) else None
    return None


def _class_signature(cls, follow_wrapped):
    # A class is called through its metaclass's __call__ if one is written in Python;
    # otherwise its signature is that of whichever of __new__ and __init__ comes first in
    # the MRO (__new__ when one class defines both), without the first parameter. One
    # written in C (a builtin base's) has no signature to read.
    if _defined_in_python(type(cls), "__call__") is not None:
        call = getattr(type(cls), "__call__")
        return _without_first(_signature_of(call, follow_wrapped, drop_bound=True))
    for base in cls.__mro__[:-1]:
        for name in ("__new__", "__init__"):
            if name not in base.__dict__:
                continue
            if _defined_in_python(cls, name) is None:
                raise ValueError(f"no signature found for builtin type {cls!r}")
            method = getattr(cls, name)
            return _without_first(_signature_of(method, follow_wrapped, drop_bound=True))
    return Signature()


def _signature_of(obj, follow_wrapped, drop_bound):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped, drop_bound)
        return _without_first(sig) if drop_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, drop_bound)
    declared = getattr(obj, "__signature__", None)
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError(f"unexpected object {declared!r} in __signature__ attribute")
        return declared
    if isinstance(obj, types.FunctionType) or _looks_like_function(obj):
        return _from_code(obj)
    import functools
    if isinstance(obj, functools.partial):
        return _partial_signature(obj, follow_wrapped)
    if isinstance(obj, type):
        return _class_signature(obj, follow_wrapped)
    if _defined_in_python(type(obj), "__call__") is not None:
        call = type(obj).__call__
        return _without_first(_signature_of(call, follow_wrapped, drop_bound))
    raise ValueError(f"no signature found for builtin {obj!r}")


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a Python callable (functions, methods, classes, partials)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
