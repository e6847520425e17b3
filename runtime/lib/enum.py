"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, as in 3.11.

A class statement whose base is an Enum goes through EnumType.__new__, which turns
every plain attribute of the body into a member: an instance of the class carrying
_name_ and _value_. Members are kept in definition order; a second name for an
existing value becomes an alias of the first member.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "verify", "member", "nonmember",
           "global_enum", "property", "FlagBoundary", "STRICT", "CONFORM", "EJECT",
           "KEEP", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]

_auto_null = object()
builtins_property = property  # enum.property below shadows the builtin name


class auto:
    """Stands for "the next value" in a class body; resolved when the class is made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute to become a member (e.g. a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


class property:
    """The name/value accessors: a member named `name` or `value` may shadow them."""

    def __init__(self, fget=None):
        self.fget = fget
        self.name = fget.__name__ if fget is not None else None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            member_map = owner.__dict__.get("_member_map_", {})
            if self.name in member_map:
                return member_map[self.name]
            raise AttributeError("%r has no attribute %r" % (owner, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r"
                             % (self.owner_name, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r"
                             % (self.owner_name, self.name))


def _find_data_type(bases):
    # The builtin type (int, str, ...) an enum mixes in, or object.
    for chain in bases:
        for base in chain.__mro__:
            if base is object or base is Enum_ or isinstance(base, EnumType):
                continue
            if base in (int, str, float, bytes, tuple) or "__new__" in base.__dict__:
                return base
    return object


Enum_ = None  # set once Enum exists; lets EnumType tell the root class from the rest


class _EnumDict(dict):
    """The namespace of an enum's class body. An auto() gets its value as soon as it
    is assigned, as in CPython, so later lines of the body can use it (RW = R | W in
    a Flag); a second assignment to a member's name is an error."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            if self._member_names:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif (isinstance(value, (member, nonmember)) or _is_dunder(key)
              or _is_sunder(key) or _is_private(self._cls_name, key)
              or _is_descriptor(value)):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto) and self._generate is not None:
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of every enumeration: makes members, looks them up, iterates."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                generate = getattr(base, "_generate_next_value_", None)
                break
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum_ is None:  # Enum itself
            classdict.update(_member_names_=[], _member_map_={}, _value2member_map_={},
                             _member_type_=object, _new_member_=None)
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type = _find_data_type(bases)
        enum_base = next((b for chain in bases for b in chain.__mro__
                          if isinstance(b, EnumType)), Enum_)
        if enum_base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, enum_base))

        names = []
        values = {}
        body = {}
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                names.append(key)
                values[key] = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
            else:
                if key in values:
                    raise TypeError("%r already defined as %r" % (key, values[key]))
                names.append(key)
                values[key] = value
        for key in names:
            if key in body:
                raise TypeError("%r already defined as %r" % (key, body[key]))

        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # A mixed-in type (int, str) comes before Enum in the mro; its repr must not
        # win over the enum's unless the class body chose it.
        # As CPython, the enum they come from is the last base (Flag for IntFlag).
        last_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else enum_base
        for name in ("__repr__", "__str__", "__format__"):
            if name in classdict:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(last_enum, name))
        # Flag's operators win over a mixed-in int's (IntFlag.A | 8 is a flag).
        if Flag_ is not None and issubclass(enum_class, Flag_):
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in classdict:
                    type.__setattr__(enum_class, name, getattr(Flag_, name))
        # Members are made by the class's own __new__ (or the mixed-in type's);
        # afterwards calling the class looks a member up, as Enum.__new__ does.
        if "__new__" in classdict:
            type.__setattr__(enum_class, "_new_member_", classdict["__new__"])
        type.__setattr__(enum_class, "__new__", Enum_.__new__)

        generate = getattr(enum_class, "_generate_next_value_")
        last_values = []
        for index, key in enumerate(names):
            value = values[key]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(key, 1, index, last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(key, value)
        if Flag_ is not None and issubclass(enum_class, Flag_):
            _note_flag_bits(enum_class, boundary)
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        custom_new = cls._new_member_
        if custom_new is not None:
            obj = custom_new(cls, *args)
        elif member_type is object:
            obj = object.__new__(cls)
        else:
            obj = member_type.__new__(cls, *args)
        if not hasattr(obj, "_value_"):
            obj._value_ = value if member_type is object else member_type(*args)
        value = obj._value_
        for existing in cls._member_map_.values():
            if existing._value_ == value and type(existing._value_) == type(value):
                cls._member_map_[name] = existing  # an alias
                type.__setattr__(cls, name, existing)
                return
        obj._name_ = name
        obj.__objclass__ = cls
        init = getattr(cls, "__init__", None)
        if init is not None and init is not object.__init__ and \
                init is not getattr(member_type, "__init__", None):
            init(obj, *args)
        # A flag member of zero or several bits is a name for a combination: it is
        # looked up like the others but not listed or iterated over.
        if not (Flag_ is not None and issubclass(cls, Flag_)) or _one_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_[value] = obj
        except TypeError:
            pass
        type.__setattr__(cls, name, obj)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        body = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            pairs = []
            for index, name in enumerate(names):
                value = cls._generate_next_value_(name, start, index, last[:])
                last.append(value)
                pairs.append((name, value))
        elif isinstance(names, dict):
            pairs = names.items()
        else:
            pairs = names
        for name, value in pairs:
            if name in body:
                raise TypeError("%r already defined as %r" % (name, body[name]))
            body[name] = value
        if module is not None:
            body["__module__"] = module
        if qualname is not None:
            body["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, body)

    def __contains__(cls, value):
        # 3.11 accepts only members here (3.12 will also accept values).
        if not isinstance(value, Enum_):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(value).__qualname__, type(cls).__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def _members_by_names(cls, names):
        # Canonical members only: _member_names_ leaves the aliases out.
        members = cls._member_map_
        return (members[name] for name in names)

    def __iter__(cls):
        return cls._members_by_names(cls._member_names_)

    def __reversed__(cls):
        return cls._members_by_names(cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @builtins_property
    def __members__(cls):
        # A read-only live view, as CPython's (a mappingproxy).
        return type(type.__dict__)(cls._member_map_)

    def __dir__(cls):
        # What CPython 3.11 lists: the members, the class protocol, and for a
        # mixed-in type everything that type has.
        # (A tuple made a set: a set display of constants would be a frozenset
        # constant, which the freeze tool's marshal round trip does not keep stable.)
        shown = set(("__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                     "__len__", "__members__", "__module__", "__name__", "__qualname__",
                     "__init_subclass__"))
        shown.update(cls.__dict__.get("_member_names_", ()))
        if cls.__dict__.get("_new_member_") is not None:
            shown.add("__new__")
        member_type = cls.__dict__.get("_member_type_", object)
        if member_type is not object:
            shown.update(dir(member_type))
            shown.add("__new__")
        return sorted(shown)

    def __repr__(cls):
        kind = "flag" if Flag_ is not None and issubclass(cls, Flag_) else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag_ = None


class Enum(metaclass=EnumType):
    """The base of enumerations: members compare by identity and print as Class.NAME."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        # Unhashable values, or values equal to a member's without hashing alike.
        equal = next((member for member in cls._member_map_.values()
                      if member._value_ == value), None)
        if equal is not None:
            return equal
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if isinstance(result, int) and getattr(cls, "_boundary_", None) is EJECT:
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a "
                            "valid member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object
                      else repr)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        # The public names of the member's class and its bases (the accessors name
        # and value among them), attributes set on the member, and for a mixed-in
        # type all of its names; never the other members.
        kind = type(self)
        members = kind._member_map_
        shown = set(("__class__", "__doc__", "__eq__", "__hash__", "__module__"))
        if kind._member_type_ is not object:
            shown.update(object.__dir__(self))
        shown.update(name for name in getattr(self, "__dict__", ())
                     if not name.startswith("_") and name not in members)
        for klass in kind.__mro__:
            for name, found in klass.__dict__.items():
                if name.startswith("_"):
                    continue
                if isinstance(found, property) and found.fget is None and name in members:
                    shown.discard(name)
                elif isinstance(found, property) or name not in members:
                    shown.add(name)
        return sorted(shown)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


Enum_ = Enum


class ReprEnum(Enum):
    """Only repr() is the enum's; str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: STRICT refuses it
    (Flag's default), CONFORM drops those bits, EJECT gives a plain int, KEEP keeps
    them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _one_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _note_flag_bits(flag_class, boundary):
    # Records on a new Flag class which bits its members use: _flag_mask_ (every member's),
    # _singles_mask_ (the one-bit members'), _all_bits_ (all bits up to the highest used),
    # and its boundary (given, or inherited).
    every = singles = 0
    for member in flag_class._member_map_.values():
        every |= member._value_
        if _one_bit(member._value_):
            singles |= member._value_
    attributes = {"_flag_mask_": every, "_singles_mask_": singles,
                  "_all_bits_": (1 << every.bit_length()) - 1,
                  "_boundary_": boundary or getattr(flag_class, "_boundary_", None)}
    for name, value in attributes.items():
        type.__setattr__(flag_class, name, value)


def _signed_bits(number, width):
    # Two's complement binary with the sign digit apart: '0b0 0011' for 3 and '0b1 1101' for
    # -3 at width 4, as Flag's invalid-value message shows them.
    digits = max(width, number.bit_length())
    pattern = format(number & ((1 << digits) - 1), "0%db" % digits)
    return "0b%d %s" % (number < 0, pattern)


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~; auto() gives the next power of two."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 1 << highest.bit_length()
        except (AttributeError, TypeError):
            raise TypeError("invalid flag value %r" % (highest,)) from None

    @classmethod
    def _missing_(cls, value):
        # The combination of members that `value` stands for, made (and remembered) on first
        # use; values with bits no member has go by the class's boundary.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        used, everything = cls._flag_mask_, cls._all_bits_
        in_range = -everything - 1 <= value <= everything
        if not in_range or value & (everything & ~used):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), used.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _signed_bits(value, width),
                                    _signed_bits(used, width)))
            if boundary is CONFORM:
                value &= used
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(everything + 1, 1 << value.bit_length())
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        asked = value
        if value < 0:
            value += everything + 1
        parts = [member for member in cls if member._value_ & value]
        if value & ~cls._singles_mask_:
            # Bits no one-bit member covers: named by the multi-bit members inside.
            parts += [member for member in cls._member_map_.values()
                      if member._value_ and member._value_ & value == member._value_
                      and all(member is not part for part in parts)]
        covered = 0
        for member in parts:
            covered |= member._value_
        left = value & ~covered
        if not covered:
            name = None
        elif left and cls._boundary_ is STRICT:
            raise ValueError("%r: no members with value %r" % (cls, left))
        else:
            name = "|".join(member._name_ for member in parts)
            if left:
                name += "|" + cls._numeric_repr_(left)
        if cls._member_type_ is object:
            combination = object.__new__(cls)
        else:
            combination = cls._member_type_.__new__(cls, value)
        combination._value_ = value
        combination._name_ = name
        combination = cls._value2member_map_.setdefault(value, combination)
        if asked != value:
            cls._value2member_map_[asked] = combination
        return combination

    def __iter__(self):
        return (member for member in type(self) if member._value_ & self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return self._value_ & other._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        kind = type(self)
        shown = (kind._member_type_.__repr__ if kind._member_type_ is not object
                 else repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (kind.__name__, shown)
        return "<%s.%s: %s>" % (kind.__name__, self._name_, shown)

    def __str__(self):
        # A combination without a name of its own shows its value.
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def _operand(self, other):
        # The other operand's value: a member of this flag, or (IntFlag) a plain int.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        # Keeping boundaries flip every bit; the others flip only the members' bits.
        kind = type(self)
        if kind._boundary_ in (EJECT, KEEP):
            return kind(~self._value_)
        return kind(kind._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag_ = Flag
_note_flag_bits(Flag, STRICT)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator: raises ValueError if any member is an alias."""
    duplicates = [(name, member.name) for name, member in
                  enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks @verify can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _check_continuous(enumeration):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    is_flag = issubclass(enumeration, Flag)
    if is_flag:
        # Every bit between the lowest and the highest member's top bits.
        wanted = (1 << i for i in range(low.bit_length(), high.bit_length() - 1))
    elif issubclass(enumeration, int):
        wanted = range(low + 1, high)
    else:
        raise Exception("verify: unknown type %r" % enumeration)
    missing = [v for v in wanted if v not in values]
    if missing:
        raise ValueError(("invalid %s %r: missing values %s"
                          % ("flag" if is_flag else "enum", enumeration.__name__,
                             ", ".join(str(m) for m in missing)))[:256])


def _check_named_flags(enumeration):
    member_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        value = alias.value
        missed = []
        while value:
            bit = value & -value
            if bit not in member_values:
                missed.append(bit)
            value ^= bit
        if missed:
            missing_names.append(name)
            for bit in missed:
                missing_value |= bit
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = "alias %s is missing" % missing_names[0]
    else:
        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]),
                                                  missing_names[-1])
    if _one_bit(missing_value):
        value = "value 0x%x" % missing_value
    else:
        value = "combined values of 0x%x" % missing_value
    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for "
                     "details]" % (enumeration.__name__, alias, value))


def verify(*checks):
    """Class decorator: raises ValueError unless the enum passes every check given."""
    def decorate(enumeration):
        for check in checks:
            if check is UNIQUE:
                duplicates = [(name, member.name) for name, member in
                              enumeration.__members__.items() if name != member.name]
                if duplicates:
                    raise ValueError("aliases found in %r: %s" % (enumeration, ", ".join(
                        "%s -> %s" % pair for pair in duplicates)))
            elif check is CONTINUOUS:
                _check_continuous(enumeration)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration
    return decorate


def global_enum(cls):
    return cls
