"""The classes and functions of types (types.__getattr__ loads this module on first
use): SimpleNamespace; new_class, prepare_class and resolve_bases, which make classes
the way a class statement does; DynamicClassAttribute, a property only instances have."""


class SimpleNamespace:
    __module__ = "types"

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        label = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _reprs_in_progress:
            return f"{label}(...)"
        _reprs_in_progress.add(key)
        try:
            shown = [f"{name}={value!r}" for name, value in self.__dict__.items()
                     if isinstance(name, str) and name]
        finally:
            _reprs_in_progress.discard(key)
        return f"{label}({', '.join(shown)})"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __reduce__(self):
        return type(self), (), vars(self)


# The namespaces whose repr is being built, so that one containing itself shows "(...)".
_reprs_in_progress = set()


def resolve_bases(bases):
    """The bases with every entry that is not a class but has __mro_entries__ replaced
    by what that returns (PEP 560); `bases` itself when nothing was replaced."""
    expanded = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            expanded.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(entries)
        replaced = True
    return tuple(expanded) if replaced else bases


def _most_derived_meta(meta, bases):
    """The metaclass that is a subclass of `meta` and of every base's metaclass."""
    chosen = meta
    for base in bases:
        candidate = type(base)
        if issubclass(chosen, candidate):
            continue
        if not issubclass(candidate, chosen):
            raise TypeError("metaclass conflict: the metaclass of a derived class must "
                            "be a (non-strict) subclass of the metaclasses of all its "
                            "bases")
        chosen = candidate
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these
    bases and keywords: the metaclass keyword (or the first base's type) made the most
    derived one, and the namespace its __prepare__ gives."""
    keywords = {} if kwds is None else dict(kwds)
    if "metaclass" in keywords:
        meta = keywords.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would: exec_body(namespace) stands for the
    class body."""
    resolved = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    named_module = "__module__" in namespace
    made = meta(name, resolved, namespace, **keywords)
    # type() names the module of the code that called it (here: types), while our
    # interpreter's type() always says __main__.
    if not named_module and isinstance(made, type) and made.__module__ == "__main__":
        made.__module__ = "types"
    return made


class DynamicClassAttribute:
    """A property that is only one on instances: looked up on the class it raises
    AttributeError, so that the class's __getattr__ can answer instead (enum members
    named like the property use this)."""

    __module__ = "types"

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc else getattr(fget, "__doc__", None)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        # A docstring that came from the old getter gives way to the new getter's.
        own = fget.__doc__ if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, own or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


# These are types' names: show them as such (pickle and reprs look at __module__).
for _public in (resolve_bases, prepare_class, new_class):
    _public.__module__ = "types"
del _public
