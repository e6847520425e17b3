import os, os.path
from os.path import join
print(os.sep, os.name, os.path.join("a", "b", "c.txt"), join("/x", "/y", "z"), os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.split("a/b/"), os.path.normpath("a/./b/../c//d"))
print(os.path.exists("nope.txt"), os.path.isabs("/x"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["abc", "abd"]))
print(os.getenv("NOPE"), os.getenv("NOPE", "dflt"), type(os.getpid()), os.cpu_count() >= 1, len(os.urandom(8)))
print(os.path.abspath("/a/../b"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
