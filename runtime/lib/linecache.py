"""Source lines of the running program and of our embedded modules, read from the
texts the interpreter keeps for its tracebacks (there is no file system to read)."""

import traceback as _traceback

__all__ = ["getline", "getlines", "clearcache", "checkcache", "lazycache"]


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of `filename` with its newline, or '' when it is unknown."""
    return _traceback._source_line_raw(filename, lineno)


def getlines(filename, module_globals=None):
    """Our copy keeps no whole files: [] (CPython reads the file)."""
    return []


def clearcache():
    pass


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
