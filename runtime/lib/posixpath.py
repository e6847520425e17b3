"""Common operations on Posix pathnames.

Taskscope's os.path (os.path is this module, as in CPython). Paths are str or bytes
(or os.PathLike objects giving one), and every string function answers as CPython's.
The sandbox has no file system: exists(), isfile(), isdir() and the other checks
answer False, getsize() and the other stat-based functions raise FileNotFoundError,
and realpath() resolves no symbolic links (there are none).
"""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


# ---- str or bytes --------------------------------------------------------------------
# Every function works on the type it is given; these give the separator, dot and
# empty value of that type, so the algorithms below are written once.

class _Spelling:
    __slots__ = ("slash", "dot", "dotdot", "empty", "tilde", "dollar", "brace_open",
                 "brace_close")

    def __init__(self, make):
        self.slash, self.dot, self.dotdot = make("/"), make("."), make("..")
        self.empty, self.tilde, self.dollar = make(""), make("~"), make("$")
        self.brace_open, self.brace_close = make("{"), make("}")


_TEXT = _Spelling(str)
_BYTES = _Spelling(lambda s: s.encode("ascii"))


def _spelling(path):
    return _BYTES if isinstance(path, bytes) else _TEXT


def _type_error(function, args):
    """The TypeError CPython's path functions raise for a bad argument list: a value
    that is neither str nor bytes, or both kinds mixed."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            return TypeError(f"{function}() argument must be str, bytes, or os.PathLike "
                             f"object, not {type(arg).__name__!r}")
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        return TypeError("Can't mix strings and bytes in path components")
    return None


# ---- pure string operations ------------------------------------------------------------

def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_spelling(s).slash)


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    first = os.fspath(a)
    try:
        parts = [os.fspath(part) for part in p]
        slash = _spelling(first).slash
        result = first
        for part in parts:
            if part.startswith(slash):
                result = part
            elif result and not result.endswith(slash):
                result = result + slash + part
            else:
                result = result + part
        return result
    except (TypeError, AttributeError):
        problem = _type_error("join", (first,) + p)
        if problem is not None:
            raise problem from None
        raise


def _cut(p):
    """Where the last component of p starts, and the slash of p's type."""
    slash = _spelling(p).slash
    return p.rfind(slash) + 1, slash


def _trim_head(head, slash):
    # A head made only of slashes (the root, or '//') stays as it is; any other head
    # loses its trailing slashes.
    if head.strip(slash):
        return head.rstrip(slash)
    return head


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    at, slash = _cut(p)
    return _trim_head(p[:at], slash), p[at:]


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[_cut(p)[0]:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    at, slash = _cut(p)
    return _trim_head(p[:at], slash)


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    at, slash = _cut(p)
    dot = _spelling(p).dot
    # The extension's dot must follow some other character of the last component:
    # '.bashrc' and '..' have none.
    if dot in p[at:].lstrip(dot):
        cut = p.rfind(dot)
        return p[:cut], p[cut:]
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    words = _spelling(path)
    if not path:
        return words.dot
    # POSIX gives two leading slashes a meaning of their own, so they stay; one or
    # three and more become one.
    leading = len(path) - len(path.lstrip(words.slash))
    root = words.slash * (2 if leading == 2 else min(leading, 1))
    kept = []
    for part in path.split(words.slash):
        if not part or part == words.dot:
            continue
        if part != words.dotdot:
            kept.append(part)
        elif kept and kept[-1] != words.dotdot:
            kept.pop()
        elif not root:
            kept.append(part)       # a relative path may climb above its start
    return (root + words.slash.join(kept)) or words.dot


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The smallest and largest items differ first where any two items do.
    low, high = min(m), max(m)
    size = 0
    for a, b in zip(low, high):
        if a != b:
            break
        size += 1
    return low[:size]


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    try:
        words = _spelling(paths[0])
        pieces = [path.split(words.slash) for path in paths]
        kinds = {path[:1] == words.slash for path in paths}
        if len(kinds) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        pieces = [[part for part in parts if part and part != words.dot] for parts in pieces]
        shared = commonprefix(pieces)
        return (words.slash if kinds.pop() else words.empty) + words.slash.join(shared)
    except (TypeError, AttributeError):
        problem = _type_error("commonpath", paths)
        if problem is not None:
            raise problem from None
        raise


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        path = join(cwd.encode() if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    path = abspath(filename)
    words = _spelling(path)
    # Resolving walks the components from a single root slash.
    path = words.slash + path.lstrip(words.slash)
    first = path[1:].split(words.slash)[0]
    if strict and first:
        # Nothing below the root exists in the sandbox.
        raise FileNotFoundError(2, "No such file or directory", words.slash + first)
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    words = _spelling(path)
    start = words.dot if start is None else os.fspath(start)
    try:
        target = [part for part in abspath(path).split(words.slash) if part]
        origin = [part for part in abspath(start).split(words.slash) if part]
        shared = len(commonprefix([origin, target]))
        steps = [words.dotdot] * (len(origin) - shared) + target[shared:]
        return join(*steps) if steps else words.dot
    except (TypeError, AttributeError):
        problem = _type_error("relpath", (path, start))
        if problem is not None:
            raise problem from None
        raise


# ---- the user's home and the environment ------------------------------------------------

def _home_of(user):
    """The home folder of `user` (None: no such user). The sandbox's user database has
    root and the user $USER names, whose home is $HOME."""
    me = os.environ.get("USER")
    if user is None:
        user = me or "root"
    if user == me and "HOME" in os.environ:
        return os.environ["HOME"]
    if user == "root":
        return "/root"
    return "/home/" + user if user == me else None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    words = _spelling(path)
    if not path.startswith(words.tilde):
        return path
    end = path.find(words.slash, 1)
    if end < 0:
        end = len(path)
    user = path[1:end]
    if isinstance(user, bytes):
        user = str(user, "ASCII")
    home = _home_of(user or None)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    return (home.rstrip(words.slash) + path[end:]) or words.slash


def _is_name_char(c):
    if isinstance(c, int):
        c = chr(c)
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def _lookup(name):
    """The environment variable `name` (str or bytes) in the same type, or None."""
    if isinstance(name, str):
        return os.environ.get(name)
    table = getattr(os, "environb", None)
    if table is not None:
        return table.get(name)
    value = os.environ.get(name.decode("ascii", "replace"))
    return None if value is None else value.encode()


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    words = _spelling(path)
    out = []
    done = 0            # path[:done] is in out already
    look = path.find(words.dollar)
    while look >= 0:
        after = look + 1
        name = None
        if path[after:after + 1] == words.brace_open:
            close = path.find(words.brace_close, after + 1)
            if close >= 0:
                name, end = path[after + 1:close], close + 1
        else:
            end = after
            while end < len(path) and _is_name_char(path[end]):
                end += 1
            if end > after:
                name = path[after:end]
        if name is None:
            look = path.find(words.dollar, after)
            continue
        value = _lookup(name)
        if value is not None:
            out.append(path[done:look])
            out.append(value)
            done = end
        look = path.find(words.dollar, end)
    if not out:
        return path
    out.append(path[done:])
    return words.empty.join(out)


# ---- questions for the file system, which the sandbox does not have ----------------------

def _no_such_file(path, function="stat"):
    """The error os.stat(path) raises in the sandbox: nothing exists."""
    if isinstance(path, int) and not isinstance(path, bool):
        return OSError(9, "Bad file descriptor")
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), "__fspath__"):
        accepted = "string, bytes, os.PathLike or integer" if function == "stat" else \
            "string, bytes or os.PathLike"
        return TypeError(f"{function}: path should be {accepted}, not {type(path).__name__}")
    return FileNotFoundError(2, "No such file or directory", path)


def _answers_false(function):
    def check(path):
        problem = _no_such_file(path, function)
        if isinstance(problem, TypeError):
            raise problem
        return False
    return check


exists = _answers_false("stat")
isfile = _answers_false("stat")
isdir = _answers_false("stat")
lexists = _answers_false("lstat")
islink = _answers_false("lstat")
ismount = _answers_false("lstat")
exists.__name__, isfile.__name__, isdir.__name__ = "exists", "isfile", "isdir"
lexists.__name__, islink.__name__, ismount.__name__ = "lexists", "islink", "ismount"
exists.__doc__ = "Test whether a path exists.  Returns False for broken symbolic links"
isfile.__doc__ = "Test whether a path is a regular file"
isdir.__doc__ = "Return true if the pathname refers to an existing directory."
lexists.__doc__ = "Test whether a path exists.  Returns True for broken symbolic links"
islink.__doc__ = "Test whether a path is a symbolic link"
ismount.__doc__ = "Test whether a path is a mount point"


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    raise _no_such_file(filename)


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    raise _no_such_file(filename)


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    raise _no_such_file(filename)


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    raise _no_such_file(filename)


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    raise _no_such_file(f1)


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    raise OSError(9, "Bad file descriptor")


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
