"""Data classes: @dataclass generates __init__, __repr__, __eq__ (and, on request, the
ordering methods, __hash__ and frozen assignment checks) from class annotations."""

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "make_dataclass"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
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
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if not isinstance(f.type, InitVar))


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot "
                                 f"be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _make_init(cls, flds, frozen, has_post_init, globals_):
    # Generated as source, so argument errors read exactly as CPython's.
    locals_ = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    params = []
    kw_params = []
    body = []
    for f in flds:
        if not f.init:
            if f.default_factory is not MISSING:
                locals_[f"__dataclass_dflt_{f.name}__"] = f.default_factory
                body.append(_assign(f.name, f"__dataclass_dflt_{f.name}__()", frozen))
            elif f.default is not MISSING:
                locals_[f"__dataclass_dflt_{f.name}__"] = f.default
                body.append(_assign(f.name, f"__dataclass_dflt_{f.name}__", frozen))
            continue
        if f.default_factory is not MISSING:
            locals_[f"__dataclass_dflt_{f.name}__"] = f.default_factory
            p = f"{f.name}=MISSING"
            value = (f"__dataclass_dflt_{f.name}__() if {f.name} is MISSING "
                     f"else {f.name}")
        elif f.default is not MISSING:
            locals_[f"__dataclass_dflt_{f.name}__"] = f.default
            p = f"{f.name}=__dataclass_dflt_{f.name}__"
            value = f.name
        else:
            p = f.name
            value = f.name
        (kw_params if f.kw_only else params).append(p)
        if not isinstance(f.type, InitVar):
            body.append(_assign(f.name, value, frozen))
    if has_post_init:
        initvars = [f.name for f in flds if isinstance(f.type, InitVar)]
        body.append("self.__post_init__(" + ", ".join(initvars) + ")")
    if not body:
        body = ["pass"]
    args = ["self"] + params
    if kw_params:
        args += ["*"] + kw_params
    src = ("def __create_fn__(" + ", ".join(locals_) + "):\n"
           " def __init__(" + ", ".join(args) + "):\n" +
           "".join("  " + line + "\n" for line in body) +
           " return __init__\n")
    ns = {}
    exec(src, globals_, ns)
    fn = ns["__create_fn__"](**locals_)
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


def _assign(name, value, frozen):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
    return f"self.{name}={value}"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_now = kw_only
    own = []
    for name, typ in annotations.items():
        if typ is KW_ONLY or (isinstance(typ, str) and typ.endswith("KW_ONLY")):
            kw_only_now = True
            continue
        if (typ is not None and getattr(typ, "_name", None) == "ClassVar") or (
                isinstance(typ, str) and typ.startswith(("ClassVar", "typing.ClassVar"))):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not "
                                 f"allowed: use default_factory")
            f = field(default=default)
        f.name = name
        f.type = typ
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        own.append(f)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for f in own:
        all_fields[f.name] = f
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, (init, repr, eq, order, unsafe_hash, frozen))
    flds = list(all_fields.values())
    # A field without a default may not follow one with a default.
    seen_default = False
    for f in flds:
        if f.init and not f.kw_only:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default "
                                    f"argument")
            else:
                seen_default = True
    import sys
    module = sys.modules.get(cls.__module__)
    globals_ = module.__dict__ if module is not None else {}
    if init:
        cls.__init__ = _make_init(cls, flds, frozen, hasattr(cls, "__post_init__"), globals_)
    field_list = [f for f in flds if not isinstance(f.type, InitVar)]
    if repr:
        repr_fields = [f for f in field_list if f.repr]

        def __repr__(self):
            return (self.__class__.__qualname__ + "(" +
                    ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields) +
                    ")")
        __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
        cls.__repr__ = _recursive_repr(__repr__)
    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        __eq__.__qualname__ = f"{cls.__qualname__}.__eq__"
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                return NotImplemented
            return compare
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")
            fn = make(op)
            fn.__name__ = name
            fn.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, fn)
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_tuple_of(self, hash_fields))
        cls.__hash__ = __hash__
    elif eq and not frozen and not has_own_hash:
        cls.__hash__ = None
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init)
    return cls


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
