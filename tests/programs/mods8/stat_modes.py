# Decoding st_mode values as a tutorial on os.stat would, without a file system.
import stat
from stat import S_ISDIR, S_ISREG, S_IMODE, filemode

examples = {
    "notes.txt": stat.S_IFREG | 0o644,
    "bin": stat.S_IFDIR | 0o755,
    "tmp": stat.S_IFDIR | 0o1777,
    "passwd-tool": stat.S_IFREG | 0o4755,
    "link": stat.S_IFLNK | 0o777,
    "fifo": stat.S_IFIFO | 0o600,
}
for name, mode in examples.items():
    kind = "dir" if S_ISDIR(mode) else "file" if S_ISREG(mode) else "other"
    print(f"{filemode(mode)} {oct(S_IMODE(mode)):>7} {kind:5} {name}")

mode = examples["notes.txt"]
print("owner can write:", bool(mode & stat.S_IWUSR))
print("others can write:", bool(mode & stat.S_IWOTH))
mode |= stat.S_IXUSR | stat.S_IXGRP
print(filemode(mode), stat.S_IFMT(mode) == stat.S_IFREG)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
try:
    filemode(-1)
except OverflowError as e:
    print("OverflowError:", e)
