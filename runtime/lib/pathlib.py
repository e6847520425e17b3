"""Object-oriented paths, POSIX flavour: PurePath / PurePosixPath for the string
operations (/, parts, parent(s), name, stem, suffix(es), with_*, relative_to, match,
as_posix, as_uri) and Path / PosixPath, whose file-system methods go through os and
open(). Taskscope has no file system, so those raise OSError (exists() and is_file()
are False). No Windows flavour (PureWindowsPath, WindowsPath)."""

import fnmatch
import operator
import os
from urllib.parse import quote_from_bytes

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# A path is kept as its anchor ('' for a relative path, '/', or '//' which POSIX lets
# mean something else than '/') and a tuple of the names after it, with empty and '.'
# names dropped: "a//b/./c/" is ('', ('a', 'b', 'c')).


def _anchor_of(text):
    # The anchor a string path starts with: exactly two slashes are kept apart from one;
    # three or more count as one.
    slashes = len(text) - len(text.lstrip("/"))
    if slashes == 0:
        return ""
    return "//" if slashes == 2 else "/"


def _names_in(text):
    return [name for name in text.split("/") if name and name != "."]


def _as_text(piece):
    # A constructor argument as a string (paths and os.PathLike objects included).
    text = os.fspath(piece)
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike object "
                        f"returning str, not {type(text)!r}")
    return text


def _combine(pieces):
    # (anchor, names) of the path made by joining pieces left to right: an anchored piece
    # starts the path afresh.
    anchor, names = "", []
    for piece in pieces:
        if isinstance(piece, PurePath):
            piece_anchor, piece_names = piece._anchor, piece._names
        else:
            text = _as_text(piece)
            piece_anchor, piece_names = _anchor_of(text), _names_in(text)
        if piece_anchor:
            anchor, names = piece_anchor, []
        names.extend(piece_names)
    return anchor, tuple(names)


def _dot_split(name):
    # (stem, suffix) of a final name: the suffix is from its last dot, when that dot is
    # neither the name's first nor its last character.
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return name, ""
    return name[:dot], name[dot:]


def _by_parts(test):
    # A rich comparison of two paths by their parts; other operands are left to Python
    # (NotImplemented).
    def compare(self, other):
        if isinstance(other, PurePath):
            return test(self.parts, other.parts)
        return NotImplemented
    return compare


class _Parents:
    # The sequence of a path's logical ancestors, nearest first (p.parents[0] is p.parent);
    # an ancestor is the path with some names cut off its end.
    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        # Compared before any arithmetic, so a non-int index fails as CPython's does.
        if index >= count or index < -count:
            raise IndexError(index)
        path = self._path
        keep = count - 1 - (index if index >= 0 else index + count)
        return path._with(path._anchor, path._names[:keep])

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path as a value: no file-system access."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._with(*_combine(args))

    @classmethod
    def _with(cls, anchor, names):
        path = object.__new__(cls)
        path._anchor = anchor
        path._names = tuple(names)
        return path

    def __reduce__(self):
        return (type(self), self.parts)

    # -- text ----------------------------------------------------------------------------

    def __str__(self):
        return (self._anchor + "/".join(self._names)) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        if hasattr(os, "fsencode"):
            return os.fsencode(self)
        return str(self).encode()

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self._anchor:
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + quote_from_bytes(str(self).encode("utf-8"))

    # -- comparison: by parts, with paths only -------------------------------------------

    __eq__ = _by_parts(operator.eq)
    __lt__ = _by_parts(operator.lt)
    __le__ = _by_parts(operator.le)
    __gt__ = _by_parts(operator.gt)
    __ge__ = _by_parts(operator.ge)

    def __hash__(self):
        return hash((self._anchor, self._names))

    # -- components ----------------------------------------------------------------------

    drive = property(lambda self: "")
    root = property(lambda self: self._anchor)
    anchor = property(lambda self: self._anchor)

    @property
    def parts(self):
        return ((self._anchor,) if self._anchor else ()) + self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        return _dot_split(self.name)[1]

    @property
    def stem(self):
        return _dot_split(self.name)[0]

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        # Leading dots belong to the first piece (".bashrc" has no suffix).
        first, *rest = name.lstrip(".").split(".")
        return ["." + piece for piece in rest]

    def _renamed(self, new_name):
        return self._with(self._anchor, self._names[:-1] + (new_name,))

    def with_name(self, name):
        if not self._names:
            raise ValueError(f"{self!r} has an empty name")
        if (not name or name.startswith("/") or name.endswith("/")
                or len(_names_in(name)) != 1):
            raise ValueError(f"Invalid name {name!r}")
        return self._renamed(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix == "." or (suffix and suffix[0] != "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self._names:
            raise ValueError(f"{self!r} has an empty name")
        return self._renamed(self.stem + suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base_anchor, base_names = _combine(other)
        depth = len(base_names)
        if (base_anchor, base_names) != (self._anchor, self._names[:depth]):
            base = base_anchor + "/".join(base_names)
            raise ValueError(f"{str(self)!r} is not in the subpath of {base!r} OR one path "
                             "is relative and the other is absolute.")
        return self._with("", self._names[depth:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        return self._with(*_combine((self,) + args))

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._with(*_combine((key, self)))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._names:
            return self
        return self._with(self._anchor, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._anchor)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """True if the path ends with path_pattern (glob-style, matched part by part
        from the right; an absolute pattern must match the whole path)."""
        pattern_anchor, patterns = _combine((path_pattern,))
        if pattern_anchor:
            if pattern_anchor != self._anchor or len(patterns) != len(self._names):
                return False
            candidates = self._names
        else:
            if not patterns:
                raise ValueError("empty pattern")
            # A relative pattern is matched against the tail of all the parts, the
            # anchor included (so "*/a" matches "/a", as in CPython).
            candidates = self.parts
            if len(patterns) > len(candidates):
                return False
            candidates = candidates[len(candidates) - len(patterns):]
        return all(map(fnmatch.fnmatchcase, candidates, patterns))


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with file-system methods (which raise OSError in Taskscope)."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._with(*_combine(args))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        return self if self._anchor else self._with(*_combine((os.getcwd(), self)))

    def resolve(self, strict=False):
        # There are no symbolic links here: resolving is making the path absolute and
        # letting each '..' cancel the name before it.
        kept = []
        for name in self.absolute()._names:
            if name != "..":
                kept.append(name)
            elif kept:
                kept.pop()
        return self._with("/", kept)

    def expanduser(self):
        if self._anchor or not self._names or not self._names[0].startswith("~"):
            return self
        home = os.path.expanduser(self._names[0])
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self._with(*_combine((home,) + self._names[1:]))

    # -- asking the file system ------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

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

    def samefile(self, other_path):
        other = other_path if isinstance(other_path, Path) else type(self)(other_path)
        mine, theirs = self.stat(), other.stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    def iterdir(self):
        # A generator, so the directory is read when iteration starts.
        for name in os.listdir(self):
            yield self / name

    def glob(self, pattern):
        """The directory's entries whose names match pattern (one level only)."""
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        for entry in self.iterdir():
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield entry

    def rglob(self, pattern):
        yield from self.glob(pattern)

    # -- files ---------------------------------------------------------------------------

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as stream:
            return stream.write(data)

    def write_bytes(self, data):
        # memoryview() refuses what is not bytes-like before the file is touched.
        contents = memoryview(data)
        with self.open("wb") as stream:
            return stream.write(contents)

    def touch(self, mode=0o666, exist_ok=True):
        if not exist_ok and self.exists():
            raise FileExistsError(17, "File exists", str(self))
        with self.open("a"):
            pass

    # -- changing the file system -----------------------------------------------------------

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            # Outermost first; a directory made meanwhile by someone else is fine, a file
            # in the way is not.
            for ancestor in reversed(self.parents):
                if not ancestor.is_dir():
                    try:
                        os.mkdir(ancestor)
                    except FileExistsError:
                        if not ancestor.is_dir():
                            raise
        try:
            os.mkdir(self, mode)
        except OSError:
            # Only an existing directory is fine with exist_ok (not a file of that name).
            if not (exist_ok and self.is_dir()):
                raise

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
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
