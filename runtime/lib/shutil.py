"""High-level file operations (copying files and trees, moving, removing trees,
which(), disk_usage(), chown()), written on os and open(). Taskscope has no file
system, so in the sandbox they fail with the OSError os or open() gives (a missing
path is FileNotFoundError) and which() finds nothing; on a host with files they do
the work as CPython's do. get_terminal_size() reads COLUMNS and LINES and otherwise
reports the fallback (80x24), as CPython does without a terminal. There are no
archive formats."""

import os
import sys

__all__ = ("copyfileobj copyfile copymode copystat copy copy2 copytree move rmtree Error "
           "SpecialFileError ExecError make_archive get_archive_formats "
           "register_archive_format unregister_archive_format get_unpack_formats "
           "register_unpack_format unregister_unpack_format unpack_archive "
           "ignore_patterns chown which get_terminal_size SameFileError disk_usage").split()

# How much copyfileobj() reads at a time unless told.
_CHUNK = 64 * 1024


class Error(OSError):
    """Base of shutil's own errors (copytree gathers its failures in one)."""


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """A named pipe or other special file cannot be copied."""


class ExecError(OSError):
    """A command run by an archiver failed."""


class ReadError(OSError):
    """An archive cannot be read."""


class RegistryError(Exception):
    """An archive format cannot be registered."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file-like fsrc to fdst (works on io.StringIO)."""
    read, write = fsrc.read, fdst.write
    size = length or _CHUNK
    while chunk := read(size):
        write(chunk)


# ---- single files ------------------------------------------------------------------------

def _stat_or_none(path):
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _same_file(first, second):
    one, other = _stat_or_none(first), _stat_or_none(second)
    if one is None or other is None:
        return False
    return (one.st_ino, one.st_dev) == (other.st_ino, other.st_dev)


def _permission_bits(mode):
    return mode & 0o7777


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to the file dst (made or truncated)."""
    if _same_file(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    for path in (src, dst):
        found = _stat_or_none(path)
        # A FIFO would block the copy forever.
        if found is not None and (found.st_mode & 0o170000) == 0o010000:
            raise SpecialFileError(f"`{path}` is a named pipe")
    with open(src, "rb") as source:
        with open(dst, "wb") as target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, _permission_bits(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times."""
    facts = os.stat(src)
    os.utime(dst, ns=(facts.st_atime_ns, facts.st_mtime_ns))
    os.chmod(dst, _permission_bits(facts.st_mode))


def _target_in(dst, src):
    # dst, or the entry of src's name inside it when dst is a directory.
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Contents and permission bits; dst may be a directory to copy into."""
    dst = _target_in(dst, src)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), and the times too."""
    dst = _target_in(dst, src)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


# ---- trees -------------------------------------------------------------------------------

def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory src as dst, recursively. Failures on single entries are
    gathered and raised together as one Error once the rest is copied."""
    names = os.listdir(src)
    skipped = set(ignore(os.fspath(src), names)) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    for name in names:
        if name in skipped:
            continue
        source, target = os.path.join(src, name), os.path.join(dst, name)
        try:
            if os.path.isdir(source):
                copytree(source, target, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, target)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as problem:
            failures.append((source, target, str(problem)))
    try:
        copystat(src, dst)
    except OSError as problem:
        failures.append((src, dst, str(problem)))
    if failures:
        raise Error(failures)
    return dst


def _reraise(function, path, exc_info):
    raise exc_info[1]


def _ignore(function, path, exc_info):
    pass


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory path and everything in it. Each failure goes to
    onerror(function, path, sys.exc_info()); without one it is raised, unless
    ignore_errors."""
    report = _ignore if ignore_errors else (onerror or _reraise)
    try:
        os.lstat(path)
    except OSError:
        report(os.lstat, path, sys.exc_info())
        return
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _empty_out(path, report)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


def _empty_out(directory, report):
    # Removes what is inside directory, depth first.
    try:
        names = os.listdir(directory)
    except OSError:
        report(os.scandir, directory, sys.exc_info())
        return
    for name in names:
        entry = os.path.join(directory, name)
        if os.path.isdir(entry) and not os.path.islink(entry):
            _empty_out(entry, report)
            action = os.rmdir
        else:
            action = os.unlink
        try:
            action(entry)
        except OSError:
            report(action, entry, sys.exc_info())


def _inside(inner, outer):
    # Whether the path inner is outer or lies below it.
    outer = os.path.join(os.path.abspath(outer), "")
    return os.path.join(os.path.abspath(inner), "").startswith(outer)


def move(src, dst, copy_function=copy2):
    """Moves src to dst (into dst when it is a directory) by renaming, or by copying
    and removing when a rename cannot do it (another file system)."""
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return dst
        leaf = os.path.basename(os.fspath(src).rstrip(os.sep))
        destination = os.path.join(dst, leaf)
        if os.path.exists(destination):
            raise Error(f"Destination path '{destination}' already exists")
    else:
        destination = dst
    try:
        os.rename(src, destination)
        return destination
    except OSError:
        if not os.path.isdir(src):
            copy_function(src, destination)
            os.unlink(src)
            return destination
    if _inside(dst, src):
        raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
    copytree(src, destination, copy_function=copy_function, symlinks=True)
    rmtree(src)
    return destination


# ---- facts about the system ------------------------------------------------------------------

def disk_usage(path):
    """The total, used and free bytes of the file system holding path."""
    from collections import namedtuple
    os.stat(path)  # a missing path fails here as statvfs would, also without statvfs
    vfs = os.statvfs(path)
    usage = namedtuple("usage", "total used free")
    return usage(vfs.f_blocks * vfs.f_frsize, (vfs.f_blocks - vfs.f_bfree) * vfs.f_frsize,
                 vfs.f_bavail * vfs.f_frsize)


def _id_of(name, module_name, kind):
    # The number of a user or group given by name (or number).
    if name is None:
        return -1
    if isinstance(name, int):
        return name
    lookup = __import__(module_name)
    try:
        entry = lookup.getpwnam(name) if kind == "user" else lookup.getgrnam(name)
    except KeyError:
        raise LookupError(f"no such {kind}: {name!r}") from None
    return entry[2]


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = _id_of(user, "pwd", "user")
    gid = _id_of(group, "grp", "group")
    os.stat(path)  # a missing path fails here as chown would, also without os.chown
    os.chown(path, uid, gid)


def ignore_patterns(*patterns):
    """A copytree `ignore` callable: the names matching any of the glob patterns."""
    from fnmatch import fnmatch

    def matching(directory, names):
        return {name for name in names if any(fnmatch(name, p) for p in patterns)}
    return matching


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS and LINES from the environment where they hold positive numbers, the
    fallback for the rest (there is no terminal to ask)."""
    size = []
    for variable, default in zip(("COLUMNS", "LINES"), fallback):
        try:
            value = int(os.environ[variable])
        except (KeyError, ValueError):
            value = 0
        size.append(value if value > 0 else default)
    return os.terminal_size(size)


def _runnable(path, mode):
    return (os.path.exists(path) and not os.path.isdir(path)
            and os.access(path, mode))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd in the directories of path (PATH by default) that
    mode allows; a cmd with a directory part is only checked itself."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    looked = set()
    for directory in path.split(os.pathsep) if path else ():
        if directory in looked:
            continue
        looked.add(directory)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---- archives: none here -----------------------------------------------------------------------

def get_archive_formats():
    return []


def get_unpack_formats():
    return []


def register_archive_format(name, function, extra_args=None, description=''):
    raise RegistryError("archives are not supported in Taskscope")


def unregister_archive_format(name):
    pass


register_unpack_format = register_archive_format
unregister_unpack_format = unregister_archive_format


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    raise ValueError(f"unknown archive format '{format}'")


def unpack_archive(filename, extract_dir=None, format=None):
    raise ReadError(f"{filename} is not a supported archive file")
