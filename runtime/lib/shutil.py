"""High-level file operations. Taskscope has no file system: copying, moving and
removing go through os and raise OSError; which() finds no program (None);
get_terminal_size() reports 80x24 as CPython does without a terminal."""

import os

__all__ = ("copyfileobj copyfile copymode copystat copy copy2 copytree move rmtree Error "
           "SpecialFileError ExecError make_archive get_archive_formats "
           "register_archive_format unregister_archive_format get_unpack_formats "
           "register_unpack_format unregister_unpack_format unpack_archive "
           "ignore_patterns chown which get_terminal_size SameFileError disk_usage").split()

_CHUNK = 64 * 1024


# The exception classes exist so that `except shutil.Error` and friends work.
class Error(OSError):
    """Base of shutil's own errors."""


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


# Everything below needs a file system. Each operation looks at its source through
# os, which raises the OSError (FileNotFoundError) CPython gives for a missing path.

def _require(path):
    os.stat(path)


def copyfile(src, dst, *, follow_symlinks=True):
    _require(src)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    _require(src)


def copystat(src, dst, *, follow_symlinks=True):
    _require(src)


def copy(src, dst, *, follow_symlinks=True):
    """As copy2: there is no metadata to tell them apart."""
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    os.listdir(src)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    try:
        _require(path)
    except OSError:
        if not ignore_errors:
            raise


def move(src, dst, copy_function=copy2):
    os.rename(src, dst)
    return dst


def disk_usage(path):
    _require(path)


def chown(path, user=None, group=None):
    _require(path)


def ignore_patterns(*patterns):
    """A copytree `ignore` callable: the names matching any of the glob patterns."""
    from fnmatch import fnmatch

    def matching(directory, names):
        return {name for name in names if any(fnmatch(name, p) for p in patterns)}
    return matching


def get_terminal_size(fallback=(80, 24)):
    if hasattr(os, "terminal_size"):
        return os.terminal_size(fallback)
    return os.get_terminal_size()


def which(cmd, mode=None, path=None):
    """No programs to find: always None."""
    return None


# No archive formats: the lists are empty, registering refuses, unpacking cannot read.

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
