"""importlib.machinery — the names importlib uses to describe modules: ModuleSpec,
and the importers our modules come from (BuiltinImporter for the C modules,
FrozenImporter for runtime/lib's, SourceFileLoader for a file loaded by path)."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]


class ModuleSpec:
    """What is known about a module before it is loaded."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        for attribute, value in (('name', name), ('loader', loader), ('origin', origin),
                                 ('loader_state', loader_state)):
            setattr(self, attribute, value)
        # A package's submodules would be searched there; ours are built in: empty.
        self.submodule_search_locations = None if not is_package else []
        self._cached = None
        self._has_file = False

    @property
    def parent(self):
        is_package = self.submodule_search_locations is not None
        return self.name if is_package else self.name.rpartition('.')[0]

    @property
    def has_location(self):
        return self._has_file

    @has_location.setter
    def has_location(self, value):
        self._has_file = bool(value)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    def __repr__(self):
        parts = [('name', repr(self.name)), ('loader', repr(self.loader)),
                 ('origin', repr(self.origin)),
                 ('submodule_search_locations', str(self.submodule_search_locations))]
        shown = ', '.join(f'{key}={text}' for key, text in parts
                          if key in ('name', 'loader') or getattr(self, key) is not None)
        return f'{type(self).__name__}({shown})'

    def __eq__(self, other):
        mine = (self.name, self.loader, self.origin, self.cached, self.parent,
                self.has_location, self.submodule_search_locations)
        try:
            theirs = (other.name, other.loader, other.origin, other.cached, other.parent,
                      other.has_location, other.submodule_search_locations)
        except AttributeError:
            return NotImplemented
        return mine == theirs


class _EngineImporter:
    """Shared by the two importers of modules the engine holds."""

    _origin = None

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not cls._holds(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._origin,
                          is_package=cls._is_package(fullname))

    @classmethod
    def create_module(cls, spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__name__
        if _imp.is_frozen(name):
            _imp._reexec(module, name)

    @classmethod
    def _is_package(cls, fullname):
        return False


class BuiltinImporter(_EngineImporter):
    """The modules written in C inside the engine (sys, math, time, ...)."""

    _origin = 'built-in'

    @staticmethod
    def _holds(fullname):
        return bool(_imp.is_builtin(fullname))


class FrozenImporter(_EngineImporter):
    """The modules of runtime/lib, frozen into the engine or in its library bundle."""

    _origin = 'frozen'

    @staticmethod
    def _holds(fullname):
        return _imp.is_frozen(fullname) and not _imp.is_builtin(fullname)

    @classmethod
    def _is_package(cls, fullname):
        return bool(_imp.is_frozen_package(fullname))


class SourceFileLoader:
    """Loads a module from a Python source file (spec_from_file_location)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash((self.name, self.path))

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as source:
            return source.read()

    def get_code(self, fullname=None):
        return compile(self.get_source(fullname), self.path, 'exec', dont_inherit=True)

    def is_package(self, fullname=None):
        stem = self.path.replace('\\', '/').rpartition('/')[2].rpartition('.')[0]
        return stem == '__init__'

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        fullname = self.name if fullname is None else fullname
        from importlib.util import spec_from_loader, module_from_spec
        module = module_from_spec(spec_from_loader(fullname, self, origin=self.path))
        sys.modules[fullname] = module
        self.exec_module(module)
        # What the module's code left in sys.modules under its name.
        loaded = sys.modules[fullname]
        return loaded


PathFinder = None  # no file-system finders: modules come from the engine
