"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *
"""

# Taskscope's sandbox has no file system, so nothing here ever sees a real mode; the
# module exists because programs (and tutorials) decode st_mode values and build
# permission masks with it. The values are Linux's, the functions behave as CPython's
# C module _stat: a mode must be an int that fits an unsigned 32-bit mode_t.

# Indexes into the tuple os.stat() returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = \
    range(10)

# File types: the bits under the 0o170000 mask.
S_IFDIR = 0o40000
S_IFCHR = 0o20000
S_IFBLK = 0o60000
S_IFREG = 0o100000
S_IFIFO = 0o10000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist on Linux.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

# Permission bits: owner, group and others, and the three special bits above them.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o70, 0o40, 0o20, 0o10
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o7, 0o4, 0o2, 0o1
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# Flags for chflags() (BSD and macOS), given for completeness as CPython does.
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows file attributes (st_file_attributes), also defined everywhere.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_TYPE_MASK = 0o170000
_MODE_LIMIT = 1 << 32           # mode_t is 32 bits wide
_ULONG_LIMIT = 1 << 64          # what the C conversion accepts before checking mode_t


def _single_mode(name, args, kwargs):
    """The one mode argument of the function `name`, checked as _stat checks it."""
    if kwargs:
        raise TypeError(f"_stat.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"_stat.{name}() takes exactly one argument ({len(args)} given)")
    value = args[0]
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value >= _ULONG_LIMIT:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if value >= _MODE_LIMIT:
        raise OverflowError("mode out of range")
    return int(value)


def _type_test(name, kind, doc):
    """S_ISxxx(mode): whether the file type bits of mode are `kind` (never, for 0)."""
    def test(*args, **kwargs):
        mode = _single_mode(name, args, kwargs)
        return kind != 0 and mode & _TYPE_MASK == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"{name}(mode) -> bool\n\n{doc}"
    return test


S_ISDIR = _type_test("S_ISDIR", S_IFDIR, "Return True if mode is from a directory.")
S_ISCHR = _type_test("S_ISCHR", S_IFCHR,
                     "Return True if mode is from a character special device file.")
S_ISBLK = _type_test("S_ISBLK", S_IFBLK,
                     "Return True if mode is from a block special device file.")
S_ISREG = _type_test("S_ISREG", S_IFREG, "Return True if mode is from a regular file.")
S_ISFIFO = _type_test("S_ISFIFO", S_IFIFO, "Return True if mode is from a FIFO (named pipe).")
S_ISLNK = _type_test("S_ISLNK", S_IFLNK, "Return True if mode is from a symbolic link.")
S_ISSOCK = _type_test("S_ISSOCK", S_IFSOCK, "Return True if mode is from a socket.")
S_ISDOOR = _type_test("S_ISDOOR", S_IFDOOR, "Return True if mode is from a door.")
S_ISPORT = _type_test("S_ISPORT", S_IFPORT, "Return True if mode is from an event port.")
S_ISWHT = _type_test("S_ISWHT", S_IFWHT, "Return True if mode is from a whiteout.")


def S_IMODE(*args, **kwargs):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _single_mode("S_IMODE", args, kwargs) & 0o7777


def S_IFMT(*args, **kwargs):
    """Return the portion of the file's mode that describes the file type."""
    return _single_mode("S_IFMT", args, kwargs) & _TYPE_MASK


# The letter `ls -l` shows for each file type; anything else is '?'.
_TYPE_LETTERS = {S_IFREG: "-", S_IFDIR: "d", S_IFLNK: "l", S_IFCHR: "c", S_IFBLK: "b",
                 S_IFIFO: "p", S_IFSOCK: "s"}

# For owner, group and others: their read/write/execute bits, and the special bit
# shown in the execute column ('s'/'t' over x, 'S'/'T' without it).
_PERMISSION_COLUMNS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "sS"),
                       (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "sS"),
                       (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "tT"))


def filemode(*args, **kwargs):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _single_mode("filemode", args, kwargs)
    out = [_TYPE_LETTERS.get(mode & _TYPE_MASK, "?")]
    for read, write, execute, special, letters in _PERMISSION_COLUMNS:
        out.append("r" if mode & read else "-")
        out.append("w" if mode & write else "-")
        if mode & special:
            out.append(letters[0] if mode & execute else letters[1])
        else:
            out.append("x" if mode & execute else "-")
    return "".join(out)
