import getpass
import io
import os
import sys
import warnings
from compare import load, same

ts = load("getpass")

same("__all__", lambda: ts.__all__, lambda: getpass.__all__)
same("GetPassWarning", lambda: [c.__name__ for c in ts.GetPassWarning.__mro__],
     lambda: [c.__name__ for c in getpass.GetPassWarning.__mro__])

# getuser: the environment variables in CPython's order, empty ones skipped.
NAMES = ("LOGNAME", "USER", "LNAME", "USERNAME")
cases = [{}, {"USER": "ada"}, {"LOGNAME": "grace", "USER": "ada"}, {"LOGNAME": "", "USER": "ada"},
         {"LNAME": "lin"}, {"USERNAME": "win", "LNAME": ""}, {"USERNAME": "win"},
         {"LOGNAME": "", "USER": "", "LNAME": "", "USERNAME": ""}]


def with_environment(values, action):
    saved = {name: os.environ.pop(name, None) for name in NAMES}
    os.environ.update(values)
    try:
        return action()
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value


for values in cases:
    same(f"getuser {values}", lambda: with_environment(values, ts.getuser),
         lambda: with_environment(values, getpass.getuser))


def ask(mod, stdin_text, *args, **kwargs):
    """getpass with sys.stdin a StringIO and no terminal: the answer, what the stream
    shows and the warnings, or the exception."""
    real_open = os.open

    def no_tty(path, *a, **k):
        if path == "/dev/tty":
            raise OSError(6, "No such device or address")
        return real_open(path, *a, **k)
    saved_stdin, saved_stderr = sys.stdin, sys.stderr
    sys.stdin, sys.stderr = io.StringIO(stdin_text), io.StringIO()
    os.open = no_tty
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                answer = mod.getpass(*args, **kwargs)
            except EOFError as e:
                answer = ("EOFError", str(e))
        stream = kwargs.get("stream") or (args[1] if len(args) > 1 else None)
        shown = (stream or sys.stderr).getvalue()
        return answer, shown, [(w.category.__name__, str(w.message)) for w in caught], \
            sys.stdin.read()
    finally:
        os.open = real_open
        sys.stdin, sys.stderr = saved_stdin, saved_stderr


inputs = ["secret\n", "secret", "two\nlines\n", "", "\n", "crlf\r\n", "ünï\n", "  spaced  \n"]
for text in inputs:
    same(f"getpass {text!r}", lambda: ask(ts, text), lambda: ask(getpass, text))
    same(f"getpass prompt {text!r}", lambda: ask(ts, text, "PIN: "), lambda: ask(getpass, text, "PIN: "))
    same(f"getpass stream {text!r}", lambda: ask(ts, text, "Key> ", io.StringIO()),
         lambda: ask(getpass, text, "Key> ", io.StringIO()))
    same(f"getpass empty prompt {text!r}", lambda: ask(ts, text, "", stream=io.StringIO()),
         lambda: ask(getpass, text, "", stream=io.StringIO()))
    same(f"getpass number prompt {text!r}", lambda: ask(ts, text, 42), lambda: ask(getpass, text, 42))
