"""High-level file operations. Taskscope has no file system: copying, moving and
removing go through os and raise OSError; which() finds no program (None);
get_terminal_size() reports 80x24 as CPython does without a terminal."""

import os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file-like fsrc to fdst (works on io.StringIO)."""
    if not length:
        length = 64 * 1024
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    os.stat(src)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.stat(src)


def copystat(src, dst, *, follow_symlinks=True):
    os.stat(src)


def copy(src, dst, *, follow_symlinks=True):
    copyfile(src, dst)
    return dst


copy2 = copy


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    os.listdir(src)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    try:
        os.stat(path)
    except OSError:
        if ignore_errors:
            return
        raise


def move(src, dst, copy_function=copy2):
    os.rename(src, dst)
    return dst


def disk_usage(path):
    os.stat(path)


def chown(path, user=None, group=None):
    os.stat(path)


def get_terminal_size(fallback=(80, 24)):
    return os.terminal_size(fallback) if hasattr(os, "terminal_size") else os.get_terminal_size()


def which(cmd, mode=None, path=None):
    return None


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
    raise ValueError("unknown archive format '%s'" % format)


def unpack_archive(filename, extract_dir=None, format=None):
    raise ReadError("%s is not a supported archive file" % filename)
