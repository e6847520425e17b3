# What a sandbox with no files answers: nothing exists, sizes cannot be read.
import os.path
from posixpath import exists, isfile, isdir, getsize, realpath

print(exists("/no/such/file.txt"), isfile("/no/such/file.txt"), isdir("/no/such/dir"))
print(os.path.islink("/no/link"), os.path.lexists("/no/link"), os.path.ismount("/no/mount"))
print(realpath("/no/such/../dir//x"))
try:
    getsize("/no/such/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    realpath("/no/such/x", strict=True)
except OSError as e:
    print(type(e).__name__, e)
try:
    exists(None)
except TypeError as e:
    print("TypeError:", e)
