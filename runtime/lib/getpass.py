"""getpass() asks for a password and getuser() tells the user's name.

A Taskscope program has no terminal: getpass() takes the path CPython takes when
its input is not a terminal (a GetPassWarning, "Warning: Password input may be
echoed.", the prompt, then a line read from sys.stdin).
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The user's name: the first of $LOGNAME, $USER, $LNAME and $USERNAME that is
    set and not empty, else the password database's name for os.getuid()."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        name = os.environ.get(variable)
        if name:
            return name
    uid = os.getuid()
    try:
        import pwd
    except ImportError:
        # The sandbox has no password database: CPython's lookup of a uid it does
        # not list fails this way.
        raise KeyError(f"getpwuid(): uid not found: {uid}") from None
    return pwd.getpwuid(uid)[0]


def _read_line(prompt, stream):
    """Writes the prompt to stream, then reads one line (its newline dropped) from
    sys.stdin; EOFError at the end of the input."""
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    source = sys.stdin
    if hasattr(source, "readline"):
        line = source.readline()
    else:
        # The engine's own stdin reads through input(), which drops the newline.
        try:
            line = input() + "\n"
        except EOFError:
            line = ""
    if not line:
        raise EOFError
    return line[:-1] if line.endswith("\n") else line


def fallback_getpass(prompt="Password: ", stream=None):
    """Prompt for a password where echo cannot be turned off: warn, then read it."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _read_line(prompt, stream)


def getpass(prompt="Password: ", stream=None):
    """Reads a password from sys.stdin after writing `prompt` to `stream` (default
    sys.stderr). Without a terminal the input cannot be hidden, so this warns
    (GetPassWarning) and says so on `stream`, as CPython does; EOFError when the input
    has ended."""
    if not stream:
        stream = sys.stderr
    password = fallback_getpass(prompt, stream)
    stream.write("\n")
    return password


unix_getpass = getpass
