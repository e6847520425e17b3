"""importlib.util — finding a module's spec without importing it (find_spec),
making a module from a spec (module_from_spec), specs for files (spec_from_file_location)
and for loaders (spec_from_loader), and resolve_name."""

import sys
from importlib import _absolute_name, _import_absolute
from importlib.machinery import (BuiltinImporter, FrozenImporter, ModuleSpec,
                                 SourceFileLoader)

_ABSENT = object()

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader']


def resolve_name(name, package):
    """The absolute name of `name` (relative when it starts with a dot) in `package`."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _absolute_name(name[level:], package, level)


def _spec_of_loaded(fullname, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    # The modules we load carry no spec: describe them as they would be found (under
    # their own name, as os.path is posixpath).
    found = _find(getattr(module, '__name__', fullname))
    if found is None:
        raise ValueError(f'{fullname}.__spec__ is None')
    return found


def _find(fullname):
    for importer in (BuiltinImporter, FrozenImporter):
        spec = importer.find_spec(fullname)
        if spec is not None:
            return spec
    return None


def find_spec(name, package=None):
    """The spec of module `name` (None when there is no such module), importing its
    parent package if need be but not the module itself."""
    fullname = resolve_name(name, package)
    loaded = sys.modules.get(fullname, _ABSENT)
    if loaded is not _ABSENT:
        return None if loaded is None else _spec_of_loaded(fullname, loaded)
    parent = fullname.rpartition('.')[0]
    if parent:
        package_module = _import_absolute(parent)
        if not hasattr(package_module, '__path__'):
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while '
                                      f'trying to find {fullname!r}', name=fullname)
    return _find(fullname)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    asks = getattr(loader, 'is_package', None)
    if is_package is None and asks is not None:
        try:
            is_package = asks(name)
        except ImportError:
            pass
    where = getattr(loader, '_ORIGIN', None) if origin is None else origin
    return ModuleSpec(name, loader, origin=where, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    if location is None:
        return None
    location = str(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        folder = location.replace('\\', '/').rpartition('/')[0]
        spec.submodule_search_locations = [folder]
    return spec


def module_from_spec(spec):
    """A new module for spec, its import attributes set, not yet executed."""
    loader = spec.loader
    create = getattr(loader, 'create_module', None)
    if create is None and hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    made = create(spec) if create is not None else None
    module = type(sys)(spec.name) if made is None else made
    settings = [('__spec__', spec), ('__loader__', loader), ('__package__', spec.parent)]
    if spec.submodule_search_locations is not None:
        settings.append(('__path__', spec.submodule_search_locations))
    if spec.has_location:
        settings.append(('__file__', spec.origin))
    for attribute, value in settings:
        setattr(module, attribute, value)
    return module
