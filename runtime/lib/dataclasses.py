"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and on request ordering,
hashing and frozenness) from a class's annotated fields, as in 3.11.

The generated methods are closures over the field list rather than generated source,
so no exec() is needed; their behaviour and error messages match CPython's.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()
_mappingproxy = type(type.__dict__)


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return "dataclasses.InitVar[%s]" % name


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = "_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"


class Field:
    """One field of a data class: its name, type, default and options."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # A read-only view of the caller's own mapping (not a copy), as in CPython.
        self.metadata = _mappingproxy({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field with options; the class attribute's value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    text = repr(annotation)
    return text.startswith("typing.ClassVar") or annotation is _classvar_marker()


def _classvar_marker():
    try:
        import typing
        return typing.ClassVar
    except ImportError:
        return None


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY


def _own_fields(cls, kw_only_default):
    annotations = cls.__dict__.get("__annotations__", {})
    result = []
    kw_only = kw_only_default
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        f._field_type = _FIELD
        if _is_classvar(annotation):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(annotation):
            f._field_type = _FIELD_INITVAR
        if f._field_type != _FIELD and f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
        if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use "
                             "default_factory" % (type(f.default), name))
        result.append(f)
    return result


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _set_method(cls, name, fn):
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    fn.__name__ = name
    setattr(cls, name, fn)


def _make_init(cls, fields, has_post_init, frozen):
    params = [f for f in fields if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in params if not f.kw_only]
    keyword = [f for f in params if f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    qualname = cls.__qualname__
    names = [f.name for f in params]
    set_attr = object.__setattr__ if frozen else None

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError(_too_many_message(qualname, positional, len(args)))
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError("%s.__init__() got an unexpected keyword argument %r"
                                % (qualname, key))
            if key in values:
                raise TypeError("%s.__init__() got multiple values for argument %r"
                                % (qualname, key))
            values[key] = value
        missing_pos = [f.name for f in positional if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError(_missing_message(qualname, missing_pos, "positional"))
        missing_kw = [f.name for f in keyword if f.name not in values
                      and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError(_missing_message(qualname, missing_kw, "keyword-only"))
        initvars = []
        for f in fields:
            if f._field_type == _FIELD_CLASSVAR:
                continue
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type == _FIELD_INITVAR:
                initvars.append(value)
            elif set_attr is not None:
                set_attr(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    _set_method(cls, "__init__", __init__)


def _too_many_message(qualname, positional, given):
    # Counted with self, as for any method.
    most = len(positional) + 1
    least = most - sum(1 for f in positional if f.default is not MISSING
                       or f.default_factory is not MISSING)
    if least == most:
        takes = "%d positional argument%s" % (most, "" if most == 1 else "s")
    else:
        takes = "from %d to %d positional arguments" % (least, most)
    given += 1
    return "%s.__init__() takes %s but %d %s given" % (
        qualname, takes, given, "was" if given == 1 else "were")


def _missing_message(qualname, missing, kind):
    quoted = ["'%s'" % name for name in missing]
    if len(quoted) == 1:
        listed = quoted[0]
    else:
        listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return "%s.__init__() missing %d required %s argument%s: %s" % (
        qualname, len(missing), kind, "" if len(missing) == 1 else "s", listed)


def _make_repr(cls, fields):
    shown = [f for f in fields if f.repr and f._field_type == _FIELD]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            body = ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in shown)
        finally:
            active.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, body)

    _set_method(cls, "__repr__", __repr__)


def _make_compare(cls, fields, order):
    compared = [f for f in fields if f.compare and f._field_type == _FIELD]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, compared) == _tuple_of(other, compared)
        return NotImplemented

    _set_method(cls, "__eq__", __eq__)
    if not order:
        return

    def make(op_name, test):
        def method(self, other):
            if other.__class__ is self.__class__:
                return test(_tuple_of(self, compared), _tuple_of(other, compared))
            return NotImplemented
        return method

    for name, test in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                       ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
        if name in cls.__dict__:
            raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                            "functools.total_ordering" % (name, cls.__name__))
        _set_method(cls, name, make(name, test))


def _make_hash(cls, fields):
    hashed = [f for f in fields if f._field_type == _FIELD
              and (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, hashed))

    _set_method(cls, "__hash__", __hash__)


def _make_frozen(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)

    _set_method(cls, "__setattr__", __setattr__)
    _set_method(cls, "__delattr__", __delattr__)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot=False):
    all_fields = {}
    frozen_bases = []
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is None:
            continue
        frozen_bases.append(base.__dataclass_params__[5])
        for f in base_fields.values():
            all_fields[f.name] = f
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError("%r is a field but has no type annotation" % name)
    # Frozenness cannot change along a chain of data classes.
    if frozen_bases and any(frozen_bases) and not frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if frozen_bases and not any(frozen_bases) and frozen:
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    fields_list = list(all_fields.values())
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    if init:
        _make_init(cls, fields_list, hasattr(cls, "__post_init__"), frozen)
    if repr and "__repr__" not in cls.__dict__:
        _make_repr(cls, fields_list)
    if eq and "__eq__" not in cls.__dict__:
        _make_compare(cls, fields_list, order)
    elif order:
        _make_compare(cls, fields_list, order)
    if frozen:
        _make_frozen(cls, fields_list)
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None \
        and not (eq and "__eq__" not in cls.__dict__)
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            _make_hash(cls, fields_list)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields_list
                                   if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)
                                   and not f.kw_only)
    if slots:
        cls = _with_slots(cls, fields_list, weakref_slot)
    return cls


def _with_slots(cls, fields_list, weakref_slot):
    # __slots__ only takes effect when a class is created, so slots=True builds a new
    # class from the processed one, without the instance dict and the class-level
    # defaults that would clash with the slot descriptors.
    inherited = set()
    for base in cls.__mro__[1:-1]:
        found = base.__dict__.get("__slots__", ())
        inherited.update((found,) if isinstance(found, str) else found)
    names = [f.name for f in fields_list] + (["__weakref__"] if weakref_slot else [])
    ns = dict(cls.__dict__)
    ns["__slots__"] = tuple(n for n in names if n not in inherited)
    for f in fields_list:
        ns.pop(f.name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    """The tuple of a data class's fields (not ClassVars or InitVars)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def _copy_value(value, convert, dict_factory):
    if is_dataclass(value) and not isinstance(value, type):
        return convert(value, dict_factory)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_copy_value(v, convert, dict_factory) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_value(v, convert, dict_factory) for v in value)
    if isinstance(value, dict):
        return type(value)((_copy_value(k, convert, dict_factory),
                            _copy_value(v, convert, dict_factory))
                           for k, v in value.items())
    import copy
    return copy.deepcopy(value)


def _asdict(obj, dict_factory):
    return dict_factory([(f.name, _copy_value(getattr(obj, f.name), _asdict, dict_factory))
                         for f in fields(obj)])


def _astuple(obj, tuple_factory):
    return tuple_factory([_copy_value(getattr(obj, f.name), _astuple, tuple_factory)
                          for f in fields(obj)])


def asdict(obj, *, dict_factory=dict):
    """The fields of a data class instance as a dict, recursively."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a data class instance as a tuple, recursively."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple(obj, tuple_factory)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Creates a data class from a list of field names or (name, type[, field])."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        else:
            name, annotation, spec = item
            namespace[name] = spec
        annotations[name] = annotation
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
