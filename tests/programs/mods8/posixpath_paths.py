# Path strings the way a tutorial handles them: through os.path, and through
# posixpath, which is the same module.
import os
import posixpath

print(os.path is posixpath, os.path.__name__)
base = "/home/ada/projects"
full = posixpath.join(base, "taskscope", "src", "main.py")
print(full)
print(posixpath.split(full), posixpath.basename(full), posixpath.dirname(full))
root, ext = posixpath.splitext(full)
print(root, ext, posixpath.splitext(".profile"), posixpath.splitext("archive.tar.gz"))
print(posixpath.normpath("/home//ada/./projects/../notes/"), posixpath.normpath(""))
print(posixpath.relpath(full, base), posixpath.relpath("/etc", base))
print(posixpath.commonpath([full, base + "/docs/x.md"]), posixpath.commonprefix(["interval", "internal"]))
print(posixpath.isabs(full), posixpath.isabs("src/x.py"), posixpath.join("a", "/b", "c"))
print(posixpath.join(b"bytes", b"work"), posixpath.splitdrive("/x/y"), posixpath.normcase("MiXed"))
print(posixpath.expandvars("$UNSET_THING/x"), posixpath.expanduser("~nosuchuser/x"))
for parts in [("a", 1), ("a", b"b")]:
    try:
        posixpath.join(*parts)
    except TypeError as e:
        print("TypeError:", e)
try:
    posixpath.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
