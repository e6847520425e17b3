"""Object-oriented paths, POSIX flavour: PurePath / PurePosixPath for the string
operations (/, parts, parent(s), name, stem, suffix(es), with_*, relative_to, match,
as_posix, as_uri) and Path / PosixPath, whose file-system methods go through os and
open(). Taskscope has no file system, so those raise OSError (exists() and is_file()
are False). No Windows flavour (PureWindowsPath, WindowsPath)."""

import fnmatch
import os
from urllib.parse import quote_from_bytes

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_SEP = '/'


def _splitroot(part):
    """('', root, rest): root is '/' or, for exactly two leading slashes, '//'."""
    if part and part[0] == _SEP:
        stripped = part.lstrip(_SEP)
        if len(part) - len(stripped) == 2:
            return '', _SEP * 2, stripped
        return '', _SEP, stripped
    return '', '', part


def _parse_parts(parts):
    """(drive, root, parts) of the path made by joining parts: the last rooted part
    starts it again; '.' and empty components disappear."""
    parsed = []
    drv = root = ''
    for part in reversed(parts):
        if not part:
            continue
        drv, root, rel = _splitroot(part)
        for x in reversed(rel.split(_SEP)):
            if x and x != '.':
                parsed.append(x)
        if drv or root:
            parsed.append(drv + root)
            break
    parsed.reverse()
    return drv, root, parsed


def _format(drv, root, parts):
    if drv or root:
        return drv + root + _SEP.join(parts[1:])
    return _SEP.join(parts)


def _read_all(stream):
    return stream.read()


class _PathParents:
    """The sequence of a path's logical ancestors (p.parents[0] is p.parent). It
    keeps the parsed pieces, so each ancestor is a prefix of the parts list."""
    __slots__ = ('_kind', '_anchor', '_names')

    def __init__(self, path):
        self._kind = type(path)
        self._anchor = (path._drv, path._root)
        self._names = path._parts

    def __len__(self):
        # An anchored path's first part is the anchor, which is no ancestor itself.
        anchored = bool(self._anchor[0] or self._anchor[1])
        return len(self._names) - anchored

    def __getitem__(self, idx):
        count = len(self)
        if isinstance(idx, slice):
            return tuple(self[position] for position in range(*idx.indices(count)))
        # Compared in this order so a non-int index fails with CPython's message.
        if idx >= count or idx < -count:
            raise IndexError(idx)
        drv, root = self._anchor
        keep = len(self._names) - 1 - idx % count
        return self._kind._from_parsed(drv, root, self._names[:keep])

    def __iter__(self):
        return (self[position] for position in range(len(self)))

    def __repr__(self):
        return "<%s.parents>" % self._kind.__name__


def _same_kind_compare(compare):
    """A rich comparison of two paths by their parts; other operands are left to
    Python (NotImplemented)."""
    def method(self, other):
        if isinstance(other, PurePath):
            return compare(self._parts, other._parts)
        return NotImplemented
    return method


class PurePath:
    """A path as a value: no file-system access."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % type(a))
        return _parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = cls._parse_args(args)
        return self

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = drv, root, parts
        return self

    def _make_child(self, args):
        return self._from_parts([self] + list(args))

    def __str__(self):
        return _format(self._drv, self._root, self._parts) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, "fsencode") else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    # -- comparison: by parts, only with paths of the same flavour --------------------

    __eq__ = _same_kind_compare(lambda mine, theirs: mine == theirs)
    __lt__ = _same_kind_compare(lambda mine, theirs: mine < theirs)
    __le__ = _same_kind_compare(lambda mine, theirs: mine <= theirs)
    __gt__ = _same_kind_compare(lambda mine, theirs: mine > theirs)
    __ge__ = _same_kind_compare(lambda mine, theirs: mine >= theirs)

    def __hash__(self):
        return hash(tuple(self._parts))

    # -- components --------------------------------------------------------------------

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if not name or name[-1] == _SEP or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if _SEP in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts, drv, root = self._parts, self._drv, self._root
        abs_parts = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        to_abs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(to_abs)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs:
            formatted = _format(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(formatted)))
        return self._from_parsed('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """True if the path ends with path_pattern (glob-style, matched part by part
        from the right; an absolute pattern must match the whole path)."""
        drv, root, wanted = _parse_parts((path_pattern,))
        if not wanted:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        have = self._parts
        anchored = bool(drv or root)
        if anchored and len(wanted) != len(have):
            return False
        if len(wanted) > len(have):
            return False
        if anchored:
            wanted = wanted[1:]
        # Compare the tails: the last part with the last pattern, and so on leftwards.
        tail = have[len(have) - len(wanted):]
        return all(fnmatch.fnmatchcase(name, pattern) for name, pattern in zip(tail, wanted))


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with file-system methods (which raise OSError in Taskscope)."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        # No symbolic links exist here: resolving is making absolute and folding '..'.
        parts = []
        for part in self.absolute()._parts[1:]:
            if part == '..':
                if parts:
                    parts.pop()
            else:
                parts.append(part)
        return self._from_parsed('', _SEP, [_SEP] + parts)

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return False

    def is_mount(self):
        return False

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child((name,))

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        for child in self.iterdir():
            if fnmatch.fnmatchcase(child.name, pattern):
                yield child

    def rglob(self, pattern):
        yield from self.glob(pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def _through_file(self, mode, use, **options):
        """use(f) on this file opened in mode; the file is closed afterwards."""
        with self.open(mode, **options) as stream:
            return use(stream)

    def read_text(self, encoding=None, errors=None):
        return self._through_file('r', _read_all, encoding=encoding, errors=errors)

    def read_bytes(self):
        return self._through_file('rb', _read_all)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        return self._through_file('w', lambda stream: stream.write(data), encoding=encoding,
                                  errors=errors, newline=newline)

    def write_bytes(self, data):
        # memoryview() refuses what is not bytes-like before the file is touched.
        chunk = memoryview(data)
        return self._through_file('wb', lambda stream: stream.write(chunk))

    def touch(self, mode=0o666, exist_ok=True):
        with self.open(mode='a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        os.mkdir(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st == other_st


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
