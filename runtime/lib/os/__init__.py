"""A sandbox's os: the environment (a small fixed one), process and CPU facts, urandom,
and os.path for string manipulation. There is no file system and no processes, so
file operations raise OSError ("Taskscope has no file system") and path checks such
as os.path.exists() answer False."""

import sys
import posixpath as path

# As in CPython, os.path is the module posixpath under a second name.
sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

environ = {
    "HOME": "/home/taskscope",
    "LANG": "C.UTF-8",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "PWD": "/",
    "USER": "taskscope",
}
environb = None


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    """A fixed number: the sandbox has one process."""
    return 42


def getppid():
    return 1


def getuid():
    return 1000


geteuid = getuid
getgid = getuid
getegid = getuid


def getlogin():
    return environ.get("USER", "taskscope")


def cpu_count():
    """1: programs run on one thread here."""
    return 1


def urandom(size):
    """`size` random bytes. From random's generator (not the host's entropy): good
    for ids and tokens in a playground, not for real secrets."""
    if size < 0:
        raise ValueError("negative argument not allowed")
    import random
    return random.getrandbits(size * 8).to_bytes(size, "little") if size else b""


def getcwd():
    return "/"


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return fs(p)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def _no_fs(*args, **kwargs):
    raise OSError("Taskscope has no file system")


def listdir(path="."):
    raise FileNotFoundError(2, "No such file or directory")


def stat(path, *args, **kwargs):
    raise FileNotFoundError(2, "No such file or directory")


lstat = stat
mkdir = makedirs = remove = unlink = rmdir = removedirs = rename = replace = _no_fs
chdir = chmod = scandir = walk = open = system = _no_fs


def strerror(code):
    return {2: "No such file or directory", 13: "Permission denied",
            17: "File exists", 22: "Invalid argument"}.get(code, "Unknown error %d" % code)


def times():
    import time
    t = time.process_time()
    return (t, 0.0, 0.0, 0.0, time.monotonic())


def _exit(status):
    raise SystemExit(status)


def kill(pid, sig):
    """Only this program (pid getpid(), or 0 for its group) can be sent a signal."""
    if pid in (getpid(), 0):
        import signal
        if sig != 0:
            signal._deliver(signal._number(sig), sys._getframe(1))
        return
    raise PermissionError(1, "Operation not permitted")
