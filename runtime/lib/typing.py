"""Type hints: every name tutorials import, subscriptable, with no effect at run time
(annotations are parsed and kept, never checked). NamedTuple and TypedDict build real
classes; cast, overload, get_type_hints, TYPE_CHECKING behave as in CPython."""

import abc as _abc
import collections
import sys
import types as _types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, ForwardRef):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:  # only Literal keeps None itself; 3.11 shows NoneType elsewhere
        return "None"
    return repr(obj)


class _Special:
    """A bare special form or alias: Any, Union, List, Callable, ..."""

    def __init__(self, name, origin=None, nparams=None, display=None):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
        self._display = display or "typing." + name

    def __repr__(self):
        return self._display

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # A type written as a string (List["Node"]) is a forward reference; Literal's
        # strings are values and Annotated's extras are metadata.
        if self._name == "Annotated":
            params = _forward_refs(params[:1]) + params[1:]
        elif self._name != "Literal":
            params = _forward_refs(params)
        if self._name == "Optional":
            return Union[params + (None,)]
        if self._name == "Union":
            if not params:
                raise TypeError("Cannot take a Union of no types.")
            flat = []
            for p in params:
                p = type(None) if p is None else p
                members = p.__args__ if isinstance(p, _Alias) and p._special is _Union \
                    else (p,)
                for m in members:
                    if m not in flat:
                        flat.append(m)
            if len(flat) == 1:
                return flat[0]
            return _Alias(_Union, tuple(flat))
        return _Alias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if self.__origin__ is not None:
            return (self.__origin__,)
        if self._name == "Generic":
            return (Generic,)
        return ()

    def __instancecheck__(self, obj):
        if self.__origin__ is not None:
            return isinstance(obj, self.__origin__)
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        if self.__origin__ is not None:
            return issubclass(cls, self.__origin__)
        raise TypeError(f"{self!r} cannot be used with issubclass()")


def _hashable(arg):
    try:
        hash(arg)
        return arg
    except TypeError:
        return repr(arg)


def _members_equal(a, b):
    return len(a) == len(b) and all(x in b for x in a) and all(y in a for y in b)


class _Alias:
    """A subscripted form: List[int], Dict[str, int], Optional[str], Callable[...]"""

    def __init__(self, special, args, display=None):
        self._special = special
        self.__args__ = args
        self.__origin__ = special.__origin__ if special is not _Union else Union
        self._display = display

    def __repr__(self):
        if self._special is _Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f"typing.Optional[{_type_repr(other)}]"
            return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"
        if not self.__args__:  # Tuple[()]: the empty tuple type
            return f"{self._special!r}[()]"
        if self._special._name == "Callable" and len(self.__args__) == 2 and \
                isinstance(self.__args__[0], list):
            params = "[" + ", ".join(_type_repr(a) for a in self.__args__[0]) + "]"
            return f"typing.Callable[{params}, {_type_repr(self.__args__[1])}]"
        return (f"{self._special!r}[" + ", ".join(_type_repr(a) for a in self.__args__)
                + "]")

    def __getitem__(self, params):
        return _Alias(self._special, params if isinstance(params, tuple) else (params,))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if origin is None or origin is Union:
            raise TypeError(f"Cannot instantiate {self!r}")
        return origin(*args, **kwargs)

    def __eq__(self, other):
        if self._special is _Union and isinstance(other, _types.UnionType):
            return _members_equal(self.__args__, other.__args__)
        if not isinstance(other, _Alias) or self._special is not other._special:
            return False
        if self._special is _Union:
            # Union[int, str] == Union[str, int]: the order of members does not count.
            return _members_equal(self.__args__, other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self._special is _Union:
            return hash(("Union", frozenset(_hashable(a) for a in self.__args__)))
        return hash((self._special._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if self._special._name == "Generic" or self._special is Generic:
            return (Generic,)
        if self.__origin__ is not None and self.__origin__ is not Union:
            return (self.__origin__,)
        return ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance "
                        "checks")


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
TypeGuard = _Special("TypeGuard")
Concatenate = _Special("Concatenate")
TypeAlias = _Special("TypeAlias")
Unpack = _Special("Unpack")
_Union = _Special("Union")
Union = _Union
Optional = _Special("Optional")

_abc = None
try:
    import collections.abc as _abc
except ImportError:
    pass


def _abc_type(name):
    return getattr(_abc, name, None) if _abc is not None else None


List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
DefaultDict = _Special("DefaultDict", collections.defaultdict)
OrderedDict = _Special("OrderedDict", collections.OrderedDict)
Counter = _Special("Counter", collections.Counter)
Deque = _Special("Deque", collections.deque)
ChainMap = _Special("ChainMap", getattr(collections, "ChainMap", None))
Text = str
AnyStr = None  # replaced by a TypeVar below
for _name in ("Callable", "Iterable", "Iterator", "Generator", "AsyncIterable",
              "AsyncIterator", "AsyncGenerator", "Awaitable", "Coroutine", "Sequence",
              "MutableSequence", "Mapping", "MutableMapping", "Collection", "Container",
              "Hashable", "Sized", "Reversible", "AbstractSet", "MutableSet",
              "KeysView", "ValuesView", "ItemsView", "ContextManager",
              "AsyncContextManager", "SupportsInt", "SupportsFloat", "SupportsAbs",
              "SupportsIndex", "SupportsRound", "SupportsBytes", "SupportsComplex",
              "Pattern", "Match", "IO", "TextIO", "BinaryIO", "ByteString",
              "MappingView"):
    globals()[_name] = _Special(_name, _abc_type(_name))
del _name


class TypeVar:
    """A type variable: T = TypeVar("T"). Carries its name, bound and constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpecArgs:
    """P.args: stands for the positional arguments of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__.__name__))


class ParamSpecKwargs:
    """P.kwargs: stands for the keyword arguments of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__.__name__))


class ParamSpec(TypeVar):
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(TypeVar):
    pass


class Generic:
    """Base for user generic classes: class Box(Generic[T]) works and Box[int] too."""

    def __class_getitem__(cls, params):
        display = f"{cls.__module__}.{cls.__qualname__}"
        params = params if isinstance(params, tuple) else (params,)
        expected = len(cls.__dict__.get("__parameters__", ()))
        if expected and len(params) != expected:
            raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments "
                            f"for {cls}; actual {len(params)}, expected {expected}")
        return _Alias(_Special(cls.__name__, cls, display=display), params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The type variables of the subscripted bases (class Pair(Generic[K, V])).
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for arg in getattr(base, "__args__", ()):
                if isinstance(arg, TypeVar) and arg not in params:
                    params.append(arg)
        cls.__parameters__ = tuple(params)


_NOT_PROTOCOL_MEMBERS = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__qualname__",
    "__init_subclass__", "__match_args__", "_is_protocol", "_is_runtime_protocol",
    "_abc_registry"})


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


class _ProtocolMeta(_abc.ABCMeta):
    # isinstance() against a @runtime_checkable protocol checks that the object has
    # every member the protocol names (methods and attributes), as CPython does.
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, name) for name in _protocol_members(cls)):
                return True
        return super().__instancecheck__(instance)

    # issubclass() likewise compares the members the class itself provides.
    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if isinstance(other, type) and \
                    all(hasattr(other, name) for name in _protocol_members(cls)):
                return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base for structural types: explicit subclasses are ordinary subclasses, and
    isinstance() with a @runtime_checkable protocol compares members."""

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    # A protocol class itself cannot be instantiated; a class that merely inherits
    # one (class Impl(Proto)) can, and gets object's __init__ behaviour.
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if args or kwargs:
        if type(self).__new__ is object.__new__:
            raise TypeError(f"{type(self).__name__}() takes no arguments")


def runtime_checkable(cls):
    """Allows isinstance() checks against the protocol class cls."""
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns val unchanged: a hint for type checkers."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_key(func):
    func = getattr(func, "__func__", func)
    return (getattr(func, "__module__", None), getattr(func, "__qualname__", None))


def get_overloads(func):
    """The @overload-decorated definitions seen for func's name, in order."""
    return list(_overload_registry.get(_overload_key(func), ()))


def clear_overloads():
    _overload_registry.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class ForwardRef:
    """A type written as a string, e.g. the "Node" of List["Node"]."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and \
            self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


def overload(func):
    _overload_registry.setdefault(_overload_key(func), []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated "
            "functions outside a stub module should always be followed by an "
            "implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def _forward_refs(params):
    """Strings become forward references and None becomes NoneType, as CPython's
    parameter check does (so List[None] shows typing.List[NoneType]); Callable's
    argument list is converted the same way."""
    def one(p):
        if isinstance(p, list):
            return [one(q) for q in p]
        if p is None:
            return type(None)
        return ForwardRef(p) if isinstance(p, str) else p
    return tuple(one(p) for p in params)


def _resolve_hint(hint, globalns, localns, include_extras):
    """A hint with its strings and forward references evaluated, None as NoneType and
    (unless include_extras) Annotated[T, ...] as T."""
    if hint is None:
        return type(None)
    if isinstance(hint, str):
        hint = ForwardRef(hint)
    if isinstance(hint, ForwardRef):
        value = eval(hint.__forward_arg__, globalns, localns)
        return _resolve_hint(value, globalns, localns, include_extras)
    if isinstance(hint, _Alias):
        special = hint._special
        args = hint.__args__
        if special is Annotated:
            inner = _resolve_hint(args[0], globalns, localns, include_extras)
            return Annotated[(inner,) + args[1:]] if include_extras else inner
        if (special is Required or special is NotRequired) and not include_extras:
            return _resolve_hint(args[0], globalns, localns, include_extras)
        if special is Literal:
            return hint
        resolved = tuple(
            [_resolve_hint(a, globalns, localns, include_extras) for a in arg]
            if isinstance(arg, list) else
            _resolve_hint(arg, globalns, localns, include_extras) for arg in args)
        if special is _Union:
            return Union[resolved]
        if resolved == args:
            return hint
        return _Alias(special, resolved, hint._display)
    if isinstance(hint, _types.GenericAlias):
        resolved = tuple(_resolve_hint(a, globalns, localns, include_extras)
                         for a in hint.__args__)
        return _types.GenericAlias(hint.__origin__, resolved)
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (along its mro), function or module, as a dict, with
    string annotations evaluated where they were written (as CPython does)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get("__annotations__", {})
            if not own:
                continue
            module = sys.modules.get(getattr(base, "__module__", None), None)
            base_globals = globalns if globalns is not None else \
                getattr(module, "__dict__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, hint in own.items():
                hints[name] = _resolve_hint(hint, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        if isinstance(obj, _types.ModuleType):
            globalns = obj.__dict__
        else:
            target = obj
            while hasattr(target, "__wrapped__"):
                target = target.__wrapped__
            globalns = getattr(target, "__globals__", {})
    if localns is None:
        localns = globalns
    for name, hint in dict(getattr(obj, "__annotations__", None) or {}).items():
        hints[name] = _resolve_hint(hint, globalns, localns, include_extras)
    return hints


def get_origin(tp):
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if isinstance(tp, _Alias) and tp._special is Annotated:
        return Annotated
    if isinstance(tp, _Alias) and tp.__origin__ is None:
        return tp._special  # Literal[1], Final[int], ClassVar[int]: the special form
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


class NewType:
    """UserId = NewType("UserId", int): calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_nmtuple(name, fields, defaults=(), module=None):
    cls = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults,
                                 module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(cls, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        defaults = []
        for field_name in annotations:
            if field_name in ns:
                defaults.append(ns[field_name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot "
                                f"follow default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(list(annotations)[:len(defaults)])}")
        nm_tpl = _make_nmtuple(typename, annotations.items(), defaults=defaults,
                               module=ns.get("__module__"))
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root"):
                continue
            if key not in annotations and key not in nm_tpl.__dict__:
                setattr(nm_tpl, key, value)
            elif key not in annotations and key in ("__repr__", "__str__", "__eq__"):
                setattr(nm_tpl, key, value)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """class Point(NamedTuple): x: int; y: int = 0 — or NamedTuple("Point", [...])."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _make_nmtuple(typename, list(fields))


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(cls, name, bases, ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
            required.update(getattr(base, "__required_keys__", ()))
            optional.update(getattr(base, "__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, hint in own.items():
            special = getattr(hint, "_special", None)
            if special is Required or (special is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        tp = super().__new__(cls, name, (dict,), {"__annotations__": annotations,
                                                  "__total__": total,
                                                  "__required_keys__": frozenset(required),
                                                  "__optional_keys__": frozenset(optional),
                                                  "__module__": ns.get("__module__")})
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, instance):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str — instances are plain dicts."""
    _root = True
