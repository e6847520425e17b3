"""os.path (posixpath) on strings. The sandbox has no files: exists(), isfile() and
isdir() answer False, getsize() raises FileNotFoundError."""

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _fs(p):
    import os
    return os.fspath(p)


def isabs(s):
    return _fs(s).startswith("/")


def join(a, *p):
    path = _fs(a)
    for b in map(_fs, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def basename(p):
    p = _fs(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fs(path)
    if path == "":
        return "."
    initial_slashes = path.startswith("/")
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if (comp != ".." or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * int(initial_slashes) + path
    return path or "."


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        path = join("/", path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = "." if start is None else _fs(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_fs(p) for p in paths]
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    isabs_set = {p.startswith("/") for p in paths}
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = commonprefix(split_paths)
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fs(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get("HOME", "/")
    else:
        userhome = "/home/" + path[1:i]
    return (userhome.rstrip("/") + path[i:]) or "/"


def expandvars(path):
    import os
    import re
    return re.sub(r"\$(\w+|\{[^}]*\})",
                  lambda m: os.environ.get(m.group(1).strip("{}"), m.group(0)), _fs(path))


def normcase(s):
    return _fs(s)


def exists(path):
    return False


lexists = isfile = isdir = islink = ismount = exists


def getsize(filename):
    raise FileNotFoundError(2, "No such file or directory")


getmtime = getatime = getctime = getsize
