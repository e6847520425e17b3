"""importlib — importing by name at run time: import_module, reload,
invalidate_caches, and __import__.

Our modules come from the engine itself (the builtin C modules and runtime/lib, frozen
in or read from the library bundle), never from files on a path, so there are no
finders or loaders to configure; importlib.util.find_spec and importlib.machinery
describe those modules with CPython's ModuleSpec vocabulary.
"""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import builtins as _builtins


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement's own function (builtins.__import__)."""
    return _builtins.__import__(name, globals, locals, fromlist, level)


_ABSENT = object()


def _parent_of(name):
    head, dot, _ = name.rpartition('.')
    return head if dot else ''


def _absolute_name(name, package, level):
    """name made absolute from `package`, `level` packages up (the leading dots)."""
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    return f'{base}.{name}' if name else base


def _check_import_args(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _import_absolute(name):
    """The module `name` itself (not its top package), imported if need be."""
    found = sys.modules.get(name, _ABSENT)
    if found is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    if found is not _ABSENT:
        return found
    parent = _parent_of(name)
    if parent:
        package = _import_absolute(parent)
        if name in sys.modules:  # importing the parent imported it
            return sys.modules[name]
        if not hasattr(package, '__path__'):
            raise ModuleNotFoundError(f"No module named '{name}'; '{parent}' is not a "
                                      f"package", name=name)
    # A non-empty fromlist makes __import__ return the named module itself.
    return _builtins.__import__(name, None, None, ['__name__'], 0)


def import_module(name, package=None):
    """Imports the module `name` and returns it: `import_module('json.decoder')` gives
    json.decoder itself. A name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
    _check_import_args(name[level:], package, level)
    absolute = _absolute_name(name[level:], package, level) if level else name[level:]
    return _import_absolute(absolute)


def invalidate_caches():
    """Nothing to do here: the set of modules is fixed when the engine is built."""


def reload(module):
    """Runs a library module's code again in the same module object and returns it
    (as sys.modules holds it); builtin C modules come back unchanged."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name, _ABSENT) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    parent = _parent_of(name)
    if parent and parent not in sys.modules:
        raise ImportError(f'parent {parent!r} not in sys.modules', name=parent)
    if _imp.is_frozen(name):
        _imp._reexec(module, name)
    elif not _imp.is_builtin(name):
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    return sys.modules[name]


# CPython's interpreter has importlib.util loaded at startup (site uses it), so
# programs reach it after a bare `import importlib`: the same here.
from importlib import util  # noqa: E402
