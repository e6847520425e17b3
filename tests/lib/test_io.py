import io
from compare import load, same

ts = load("io")


def script(mod, newline="\n"):
    out = []
    f = mod.StringIO("line one\nline two\r\nthree\rfour", newline=newline)
    out.append([f.tell(), f.read(4), f.tell(), f.readline(), f.readline(), f.readline(3)])
    out.append([f.readline(), f.readline(), f.readline(), f.tell()])
    f.seek(0)
    out.append(f.readlines())
    f.seek(0)
    out.append(list(f))
    f.seek(5)
    out.append([f.write("XY"), f.tell(), f.getvalue()])
    out.append([f.seek(0, 2), f.write("!\n"), f.getvalue()])
    f.seek(100)
    out.append([f.read(), f.write("z"), f.getvalue()[-5:], f.tell()])
    out.append([f.truncate(4), f.getvalue(), f.tell()])
    f.seek(0)
    out.append([f.truncate(), f.getvalue(), f.read()])
    g = mod.StringIO()
    for i in range(5):
        g.write(f"row {i}\n")
    out.append([g.getvalue(), g.tell(), g.read(), g.seek(0), g.read(6), g.readlines(8)])
    out.append([g.readable(), g.writable(), g.seekable(), g.isatty(), g.closed])
    g.close()
    out.append(g.closed)
    return out


for nl in ("\n", "", None, "\r", "\r\n"):
    same(f"stringio newline={nl!r}", lambda: script(ts, nl), lambda: script(io, nl))


def errors(mod, case):
    f = mod.StringIO("abc")
    if case == 0:
        return f.write(5)
    if case == 1:
        return f.seek(-1)
    if case == 2:
        return f.seek(1, 1)
    if case == 3:
        return f.seek(1, 2)
    if case == 4:
        f.close()
        return f.read()
    if case == 5:
        return mod.StringIO(newline="x")
    if case == 6:
        return f.truncate(-1)
    if case == 7:
        f.close()
        return f.getvalue()
    if case == 8:
        return mod.StringIO(5)
    if case == 9:
        return [f.read(None), f.readline(None), f.seek(0, 1), f.seek(0, 2)]


for case in range(10):
    same(f"stringio error {case}", lambda: errors(ts, case), lambda: errors(io, case))


def context(mod):
    with mod.StringIO() as f:
        print("hello", 1, file=f)
        print("world", file=f, end="")
        v = f.getvalue()
    return [v, f.closed]


same("stringio print", lambda: context(ts), lambda: context(io))
