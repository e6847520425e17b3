"""Filename patterns (glob('*.txt')). Taskscope runs without a file system, so no
path exists and every pattern matches nothing: glob() returns [] and iglob() an
empty iterator. escape() and has_magic() work as in CPython."""

import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile('([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    os.fspath(pathname)
    return iter(())


def has_magic(s):
    return magic_check.search(s) is not None


def escape(pathname):
    """Escapes the magic characters * ? [ (not in a drive or UNC prefix)."""
    drive, pathname = os.path.splitdrive(pathname)
    return drive + magic_check.sub(r'[\1]', pathname)
