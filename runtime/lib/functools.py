"""functools: tools on functions, as CPython 3.11's module behaves.

partial, reduce, wraps and update_wrapper, lru_cache and cache (with cache_info,
cache_clear and cache_parameters), cmp_to_key, total_ordering, cached_property,
partialmethod and singledispatch(method).
Where CPython uses its C accelerator (partial, reduce, cmp_to_key, the cache wrapper)
the reprs and messages here are the C versions'.

asyncio imports this module, so it imports nothing heavy.
"""

__all__ = ['WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'cache', 'cached_property',
           'cmp_to_key', 'lru_cache', 'partial', 'partialmethod', 'reduce', 'singledispatch',
           'singledispatchmethod', 'total_ordering', 'update_wrapper', 'wraps']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

# Stands for "no argument given" where None is a meaningful value.
_ABSENT = object()


# -- wrapping -------------------------------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the `assigned` attributes wrapped has,
    merges the `updated` dictionaries, and records wrapped as __wrapped__."""
    for name in assigned:
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            continue
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied along with __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper (a partial of it, as in CPython)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -- reduce ---------------------------------------------------------------------------

def reduce(function, sequence, initial=_ABSENT, /):
    """reduce(function, iterable[, initial]) -> value: folds the items from the left."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    accumulated = initial
    if accumulated is _ABSENT:
        for accumulated in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        accumulated = function(accumulated, item)
    return accumulated


# -- partial --------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        target, bound = args[0], args[1:]
        if not callable(target):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial (no attributes of its own) is merged into
        # one, as the C implementation does.
        if isinstance(target, partial) and not target.__dict__:
            bound = target.args + bound
            keywords = {**target.keywords, **keywords}
            target = target.func
        self = object.__new__(cls)
        self.func, self.args, self.keywords = target, bound, keywords
        return self

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        shown = [repr(self.func)]
        shown += [repr(arg) for arg in self.args]
        shown += ['%s=%r' % pair for pair in self.keywords.items()]
        # The C type is named functools.partial; a subclass shows its bare name.
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(shown))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, keywords, extra = state
        self.func, self.args, self.keywords = func, tuple(args), dict(keywords or {})
        self.__dict__.update(extra or {})


# -- cmp_to_key -----------------------------------------------------------------------

class _KeyBase:
    # Every K class derives from this one: CPython's wrappers are all of one C type,
    # so keys made by two cmp_to_key calls still compare (with the left one's cmp).
    __slots__ = ()


def _key_comparison(test):
    def compare(self, other):
        if not isinstance(other, _KeyBase):
            raise TypeError('other argument must be K instance')
        return test(self._cmp(self.obj, other.obj), 0)
    return compare


class partialmethod:
    """Like partial, for methods: the bound object comes first, then the frozen
    arguments, then the call's."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = ", ".join([repr(self.func)] + [repr(a) for a in self.args] +
                         ["{}={!r}".format(k, v) for k, v in self.keywords.items()])
        return "{}.{}({})".format(self.__class__.__module__, self.__class__.__qualname__,
                                  args)

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                result.__self__ = getattr(bound, "__self__", None)
                return result
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args,
                             **{**self.keywords, **keywords})
        method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        method._partialmethod = self
        return method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    import operator
    methods = {'__slots__': ('obj',), '__hash__': None,
               '_cmp': staticmethod(mycmp),
               '__init__': lambda self, obj: setattr(self, 'obj', obj)}
    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        methods['__%s__' % name] = _key_comparison(getattr(operator, name))
    return type('K', (_KeyBase,), methods)


# -- total_ordering -------------------------------------------------------------------

# Which ordering method total_ordering builds the others from when a class defines
# several: the first of these it defines.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')
_STRICT = {'__lt__': True, '__le__': False, '__gt__': True, '__ge__': False}
_UPWARD = {'__lt__': False, '__le__': False, '__gt__': True, '__ge__': True}


def _derived_comparison(root, target):
    """target's method expressed through root's result r and ==.

    Same direction (< from <=): r widened by == if root is strict, narrowed by !=
    if not. Opposite direction and same strictness (> from <): the negation of r,
    narrowed by != or widened by ==. Opposite direction, other strictness (>= from
    <): simply not r."""
    same_direction = _UPWARD[root] == _UPWARD[target]
    same_strictness = _STRICT[root] == _STRICT[target]
    negate = not same_direction
    if not same_direction and not same_strictness:
        widen = narrow = False
    else:
        widen = _STRICT[root] == same_direction
        narrow = not widen

    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if widen:
            return result or self == other
        if narrow:
            return result and self != other
        return result
    comparison.__name__ = target
    return comparison


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in _ROOT_PREFERENCE
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name in _ROOT_PREFERENCE:
        if name not in defined:
            setattr(cls, name, _derived_comparison(root, name))
    return cls


# -- lru_cache ------------------------------------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return 'CacheInfo(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, self))


_CacheInfo = CacheInfo
del CacheInfo

# Separates positional arguments from keyword pairs inside a cache key.
_KEYWORDS_FOLLOW = object()


def _cache_key(args, kwargs, typed):
    """The dictionary key for one call. As in CPython, a lone argument of exact type
    int or str is its own key and other positional-only calls use the args tuple,
    so f(1) and f(1.0) are separate entries while f(1.0) and f(1.0 + 0j) share one."""
    if not kwargs and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    parts = list(args)
    if kwargs:
        parts.append(_KEYWORDS_FOLLOW)
        for pair in kwargs.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(arg) for arg in args)
        parts.extend(type(value) for value in kwargs.values())
    return tuple(parts)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def _cached(user_function, maxsize, typed):
    """The caching wrapper around user_function (the shape lru_cache returns)."""
    entries = {}    # key -> result, least recently used first
    counts = {'hits': 0, 'misses': 0}

    def lookup(args, kwargs):
        key = _cache_key(args, kwargs, typed)
        result = entries.get(key, _ABSENT)
        if result is not _ABSENT:
            counts['hits'] += 1
            if maxsize is not None:
                # Move it to the recent end of the dictionary's order.
                entries[key] = entries.pop(key)
            return result
        counts['misses'] += 1
        result = user_function(*args, **kwargs)
        # A recursive call may have stored the key meanwhile; keep that entry.
        if key not in entries:
            if maxsize is not None and len(entries) >= maxsize:
                entries.pop(next(iter(entries)))
            entries[key] = result
        return result

    if maxsize == 0:
        def wrapper(*args, **kwargs):
            counts['misses'] += 1
            return user_function(*args, **kwargs)
    else:
        def wrapper(*args, **kwargs):
            return lookup(args, kwargs)

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts['hits'], counts['misses'], maxsize, len(entries))

    def cache_clear():
        """Clear the cache and cache statistics"""
        entries.clear()
        counts['hits'] = counts['misses'] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _cached(user_function, None, False)


# -- cached_property ------------------------------------------------------------------

class cached_property:
    """A property computed once per instance, then stored in the instance's
    __dict__ under the same name (so later reads do not reach the descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            ) from None
        if name in storage:
            return storage[name]
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(
                f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                f"does not support item assignment for caching {name!r} property."
            ) from None
        return value


def _dispatch_target(registry, cls):
    """The implementation registered for cls: its own classes first (most derived
    first), then registered abstract classes it subclasses, then object's."""
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    for base, impl in registry.items():
        if base is not object and issubclass(cls, base):
            return impl
    return registry[object]


def _first_annotation(func):
    annotations = getattr(func, "__annotations__", {})
    for name, hint in annotations.items():
        if name != "return":
            return hint
    raise TypeError(f"Invalid first argument to `register()`: {func!r}. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated "
                    "function.")


def singledispatch(func):
    """Turns func into a generic function that picks an implementation by the type
    of its first argument; more are added with .register."""
    registry = {object: func}

    def dispatch(cls):
        return _dispatch_target(registry, cls)

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} "
                                "is not a class or union type.")
            func = cls
            cls = _first_annotation(func)
            if not (isinstance(cls, type) or _is_union(cls)):
                raise TypeError(f"Invalid annotation for {func.__code__.co_varnames[0]!r}. "
                                f"{cls!r} is not a class.")
        for one in getattr(cls, "__args__", None) or (cls,):
            registry[one] = func
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def _is_union(cls):
    return type(cls).__name__ in ("UnionType", "_UnionGenericAlias")


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
