"""Shallow and deep copies: copy(x) and deepcopy(x, memo), honouring __copy__,
__deepcopy__ and __reduce_ex__ like CPython's copy module."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), frozenset)
try:
    _atomic += (complex,)
except NameError:  # Taskscope has no complex numbers
    pass


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    # Classes are atomic whatever their metaclass (ABCMeta, EnumType, ...).
    if cls in _atomic or issubclass(cls, type) or callable(x) and not hasattr(x, "__dict__") and \
            cls.__name__ in ("function", "builtin_function_or_method"):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively, shared and
    cyclic references stay shared in the copy."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _atomic or issubclass(cls, type) or \
            cls.__name__ in ("function", "builtin_function_or_method"):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[key] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, as CPython does
    return y


def _reduce(x):
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        try:
            rv = reductor(4)
        except TypeError:
            rv = None
        if isinstance(rv, tuple):
            return rv
    cls = type(x)
    state = getattr(x, "__dict__", None)
    return (_new_instance, (cls,), dict(state) if state else None)


def _new_instance(cls):
    return cls.__new__(cls)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
