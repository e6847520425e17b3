import io
import mimetypes
from compare import load, same, same_output

ts = load("mimetypes", using=("posixpath",))

# Before init(): the module's tables are the built-in ones, in CPython's order.
for name in ("types_map", "common_types", "encodings_map", "suffix_map"):
    same(f"{name} before init", lambda: list(getattr(ts, name).items()),
         lambda: list(getattr(mimetypes, name).items()) if not mimetypes.inited else
         list({"types_map": mimetypes._types_map_default,
               "common_types": mimetypes._common_types_default,
               "encodings_map": mimetypes._encodings_map_default,
               "suffix_map": mimetypes._suffix_map_default}[name].items()))
same("knownfiles", lambda: ts.knownfiles, lambda: mimetypes.knownfiles)
same("__all__", lambda: ts.__all__, lambda: mimetypes.__all__)

# The comparison uses CPython's built-in tables only: this machine's /etc/mime.types
# (which the sandbox does not have) would add to CPython's.
mimetypes.knownfiles = []
ts.knownfiles = []
mimetypes.inited, mimetypes._db = False, None
for mod in (ts, mimetypes):
    mod.init()
for name in ("types_map", "common_types", "encodings_map", "suffix_map"):
    same(f"{name} after init", lambda: list(getattr(ts, name).items()),
         lambda: list(getattr(mimetypes, name).items()))

extensions = sorted(set(mimetypes.types_map) | set(mimetypes.common_types))
names = [f"file{e}" for e in extensions] + [f"FILE{e.upper()}" for e in extensions] + [
    "a.tar.gz", "a.tgz", "a.TGZ", "a.svgz", "a.tar.bz2", "a.tbz2", "a.txz", "a.tar.xz",
    "a.taz", "a.tz", "a.gz", "a.GZ", "a.Z", "a.z", "a.br", "a.txt.xz", "x.html.gz",
    "x.unknown", "x.unknown.gz", "noext", ".bashrc", "dir.d/file", "a.b.c.json", "",
    ".", "..", "a.", "a..py", "archive.tar.Z", "/abs/path/photo.JPG",
    "http://example.com/index.html", "http://example.com/", "https://x/y.png?size=2",
    "https://x/y.png#frag", "ftp://host/file.tar.gz", "file:///tmp/a.pdf", "C:file.txt",
    "mailto:someone", "HTTP://EXAMPLE.COM/A.CSS", "a/b:c.py", "x:y/z.mp3",
    "data:,Hello", "data:text/plain;base64,SGVsbG8=", "data:image/png;base64,xx",
    "data:;base64,xx", "data:charset=utf-8,x", "data:text/html,<b>", "data:TEXT/HTML,x",
    "data:nocomma", "DATA:application/json;charset=utf-8,{}", "data:abc,x",
    "data:text/plain;a=b,c", "data:a=b/c,d", "x.webmanifest", "x.mjs", "x.wasm"]
for strict in (True, False):
    for n in names:
        same(f"guess_type({n!r}, {strict})", lambda: ts.guess_type(n, strict),
             lambda: mimetypes.guess_type(n, strict))

kinds = sorted(set(mimetypes.types_map.values()) | set(mimetypes.common_types.values()))
kinds += [k.upper() for k in kinds[:20]] + ["nope/none", "", "text", "Text/HTML"]
for strict in (True, False):
    for k in kinds:
        same(f"guess_all_extensions({k!r}, {strict})", lambda: ts.guess_all_extensions(k, strict),
             lambda: mimetypes.guess_all_extensions(k, strict))
        same(f"guess_extension({k!r}, {strict})", lambda: ts.guess_extension(k, strict),
             lambda: mimetypes.guess_extension(k, strict))


class Path:
    def __fspath__(self):
        return "docs/readme.md"


same("guess_type PathLike", lambda: ts.guess_type(Path()), lambda: mimetypes.guess_type(Path()))
same("guess_type bad", lambda: ts.guess_type(3), lambda: mimetypes.guess_type(3))


def teach(mod):
    out = []
    mod.add_type("text/markdown", ".md")
    mod.add_type("application/x-taskscope", ".tsk", strict=False)
    mod.add_type("text/plain", ".log")
    mod.add_type("text/x-python", ".PYW")
    mod.add_type("image/png", ".png")         # again: no duplicate
    mod.add_type("image/x-custom", ".jpg")    # an extension's type replaced
    for n in ("a.md", "a.tsk", "a.log", "a.pyw", "a.PYW", "b.jpg"):
        out.append((mod.guess_type(n), mod.guess_type(n, strict=False)))
    for k in ("text/markdown", "application/x-taskscope", "text/plain", "image/jpeg", "image/png"):
        out.append((mod.guess_all_extensions(k), mod.guess_all_extensions(k, False)))
    out.append(list(mod.types_map.items())[-4:])
    return out


same("add_type", lambda: teach(ts), lambda: teach(mimetypes))


def database(mod):
    db = mod.MimeTypes()
    db.readfp(io.StringIO("# comment line\ntext/x-demo demo dmo # trailing\n\n"
                          "application/x-more more\n  \napplication/x-hash #c nothere\n"
                          "text/plain txt2\n"))
    db.readfp(io.StringIO("text/x-loose loose\n"), strict=False)
    db.add_type("Text/Odd", ".ODD")
    return [db.guess_type("a.demo"), db.guess_type("a.dmo"), db.guess_type("x.more"),
            db.guess_type("a.loose"), db.guess_type("a.loose", False), db.guess_type("a.odd"),
            db.guess_all_extensions("text/x-demo"), db.guess_all_extensions("text/plain"),
            db.guess_all_extensions("application/x-hash"), db.guess_extension("text/odd"),
            db.guess_extension("Text/Odd"), len(db.types_map[True]), len(db.types_map[False]),
            sorted(db.encodings_map.items()), sorted(db.suffix_map.items()),
            mod.read_mime_types("/nonexistent/mime.types")]


same("MimeTypes", lambda: database(ts), lambda: database(mimetypes))
same("init(files)", lambda: (ts.init(["/nonexistent"]), ts.guess_type("a.md")),
     lambda: (mimetypes.init(["/nonexistent"]), mimetypes.guess_type("a.md")))
same("init() again", lambda: (ts.init(), ts.guess_type("a.md"), ts.inited),
     lambda: (mimetypes.init(), mimetypes.guess_type("a.md"), mimetypes.inited))

# On the engine (whose sandbox has no mime.types file: CPython here is given none).
same_output("mimetypes_engine", """import mimetypes
mimetypes.knownfiles = []
print(mimetypes.guess_type("report.PDF"), mimetypes.guess_type("backup.tar.gz"), mimetypes.guess_type("a.tgz"))
print(mimetypes.guess_type("https://x.org/img/logo.svg?v=2"), mimetypes.guess_type("data:image/png;base64,AA"))
print(mimetypes.guess_extension("text/plain"), mimetypes.guess_all_extensions("image/jpeg"), mimetypes.guess_type("a.jpg", strict=False))
mimetypes.add_type("text/markdown", ".md")
print(mimetypes.guess_type("README.md"), mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
print(list(mimetypes.types_map.items())[:3], mimetypes.MimeTypes().guess_type("x.md"))
""")
