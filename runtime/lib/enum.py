"""Enumerations: Enum, IntEnum, Flag-less subset (auto, unique, member lookup by value
and name, iteration in definition order), with CPython's reprs and error messages."""

__all__ = ["EnumMeta", "EnumType", "Enum", "IntEnum", "StrEnum", "auto", "unique"]

_auto_null = object()


class auto:
    """Marks a member whose value is chosen automatically (1, 2, 3, ...)."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or
            hasattr(obj, "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        values = {}
        last = 0
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = last + 1 if isinstance(last, int) else 1
                value = value.value
            member_names.append(key)
            values[key] = value
            if isinstance(value, int):
                last = value
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        base = None
        for b in enum_class.__mro__[1:]:
            if b is not object and not isinstance(b, EnumType):
                base = b
                break
        for name in member_names:
            value = values[name]
            if base is not None:
                args = value if isinstance(value, tuple) else (value,)
                member = base.__new__(enum_class, *args)
            else:
                member = object.__new__(enum_class)
            member._name_ = name
            member._value_ = value
            existing = enum_class._value2member_map_.get(value)
            if existing is not None:
                member = existing
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[value] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError("functional Enum API is not supported")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return any(m._value_ == member for m in cls._member_map_.values())

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)


def unique(enumeration):
    for name in enumeration._member_map_:
        member = enumeration._member_map_[name]
        if member._name_ != name:
            raise ValueError("duplicate values found in %r: %s -> %s" %
                             (enumeration, name, member._name_))
    return enumeration
