"""The helpers pickle and copy share for rebuilding objects.

- dispatch_table maps a type to a function returning its reduce tuple; pickle(type, f)
  fills it.
- __newobj__ / __newobj_ex__ are the callables protocol 2+ reductions name.
- _reduce_ex / _reconstructor are the protocol 0-1 reduction of instances.
- _slotnames lists the instance slots a class declares, as they appear on instances.
- The extension registry maps (module, name) pairs to small integer codes.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Makes pickle_function(obj), returning a reduce tuple, the way objects of
    ob_type are pickled."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is an old extension point: it is only checked.
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    """Kept for compatibility: only checks that `object` can be called."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return (complex, (c.real, c.imag))


dispatch_table[complex] = pickle_complex


# ---- protocols 0 and 1 -----------------------------------------------------------------

def _builtin_ancestor(cls):
    """The first class of cls's MRO that lives in builtins (object if none does)."""
    return next((klass for klass in cls.__mro__
                 if getattr(klass, "__module__", None) == "builtins"), object)


def _reconstructor(cls, base, state):
    """Rebuilds an instance of cls: `state` is the value as its builtin base saw it."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    # Only call an __init__ the base really defines (object's would reject the state).
    if base.__init__ == object.__init__:
        return made
    base.__init__(made, state)
    return made


def _instance_state(self, cls, proto):
    """What _reduce_ex saves besides the constructor call: __getstate__()'s result, or
    the __dict__ when the object has no __getstate__ of its own."""
    declares_slots = bool(getattr(self, "__slots__", None))
    getter = getattr(self, "__getstate__", None)
    if getter is None:
        if declares_slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        return getattr(self, "__dict__", None)
    if declares_slots and type(self).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    return getter()


def _reduce_ex(self, proto):
    """The protocol 0 and 1 reduction of an instance: its class, its closest builtin
    base with that base's view of the value, and its state."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_ancestor(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    state = _instance_state(self, cls, proto)
    call = (_reconstructor, (cls, base, value))
    return call + (state,) if state else call


# ---- protocol 2 and later ----------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _attribute_name(owner, slot):
    """The attribute a slot declared in class `owner` is stored under: names with two
    leading underscores (and not two trailing ones) are mangled with the class name."""
    if not slot.startswith("__") or slot.endswith("__"):
        return slot
    prefix = owner.__name__.lstrip("_")
    return f"_{prefix}{slot}" if prefix else slot


def _slotnames(cls):
    """The instance attributes held in slots by cls and its bases (cached on cls as
    __slotnames__)."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = [declared]
            found.extend(_attribute_name(klass, slot) for slot in declared
                         if slot not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        # Builtin and extension types refuse new attributes: just do not cache.
        pass
    return found


# ---- the extension registry -------------------------------------------------------------
# A registered (module, name) pair is pickled as its integer code (EXT1/EXT2/EXT4).

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> the object the unpickler found for it

_MAX_CODE = 0x7fffffff


def _registered(key, code):
    return _extension_registry.get(key) == code and _inverted_registry.get(code) == key


def add_extension(module, name, code):
    """Registers `code` for the global `name` of `module`."""
    code = int(code)
    if code < 1 or code > _MAX_CODE:
        raise ValueError("code out of range")
    key = (module, name)
    if _registered(key, code):
        return
    taken = _extension_registry.get(key)
    if taken is not None:
        raise ValueError(f"key {key} is already registered with code {taken}")
    owner = _inverted_registry.get(code)
    if owner is not None:
        raise ValueError(f"code {code} is already in use for key {owner}")
    _extension_registry[key], _inverted_registry[code] = code, key


def remove_extension(module, name, code):
    """Undoes add_extension(module, name, code)."""
    key = (module, name)
    if not _registered(key, code):
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
