"""Temporary files and directories need a file system, which Taskscope's sandbox does
not have: gettempdir() and every function that makes a file or directory raise
FileNotFoundError as CPython does when no temporary directory is usable.
SpooledTemporaryFile, which stays in memory, is not provided either."""

import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "gettempdir", "gettempprefix", "gettempdirb",
           "gettempprefixb", "TMP_MAX", "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CANDIDATES = ['/tmp', '/var/tmp', '/usr/tmp', '/']


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % _CANDIDATES)


def gettempdirb():
    return gettempdir().encode()


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    gettempdir()


def mkdtemp(suffix=None, prefix=None, dir=None):
    gettempdir()


def mktemp(suffix="", prefix=template, dir=None):
    gettempdir()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    gettempdir()


TemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        gettempdir()
