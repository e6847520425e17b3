# `from stat import *`, the usage the module's docstring suggests.
from stat import *

print(S_IRWXU | S_IRGRP | S_IXGRP, oct(S_IRUSR | S_IWUSR))
print([f(S_IFSOCK | 0o700) for f in (S_ISSOCK, S_ISDIR, S_ISLNK, S_ISCHR, S_ISBLK)])
print(filemode(S_IFCHR | 0o2660), filemode(S_IFBLK | 0o660), filemode(0o7000))
print(S_ISDOOR(0), S_ISPORT(0), S_ISWHT(0), FILE_ATTRIBUTE_HIDDEN, UF_HIDDEN)
try:
    S_ISDIR("drwx")
except TypeError as e:
    print("TypeError:", e)
