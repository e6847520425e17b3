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


def bytes_script(mod):
    b = mod.BytesIO(b"abc\ndef")
    out = [b.read(2), b.readline(), b.tell(), b.read(), b.seek(1), b.write(b"XY"), b.getvalue(),
           b.seek(10), b.write(bytearray(b"z")), b.getvalue(), b.truncate(3), b.getvalue(),
           b.tell(), b.readlines(), b.seek(0), list(b), b.seek(-2, 2), b.read(), b.seek(-1, 1),
           b.read1(5), b.seek(-100, 1), b.readline(1), b.readable(), b.writable(), b.seekable()]
    b2 = mod.BytesIO()
    b2.writelines([b"one\n", b"two\n"])
    out += [b2.getvalue(), b2.tell(), b2.read(), mod.BytesIO(None).getvalue()]
    with mod.BytesIO(b"q") as b3:
        out.append(b3.read())
    out.append(b3.closed)
    return out


same("bytesio", lambda: bytes_script(ts), lambda: bytes_script(io))


def bytes_errors(mod, case):
    b = mod.BytesIO(b"abc")
    if case == 0:
        return mod.BytesIO("s")
    if case == 1:
        return b.write("s")
    if case == 2:
        return b.seek(-1)
    if case == 3:
        return b.seek(0, 3)
    if case == 4:
        b.close()
        return b.read()
    if case == 5:
        return b.truncate(-1)


for case in range(6):
    same(f"bytesio error {case}", lambda: bytes_errors(ts, case), lambda: bytes_errors(io, case))
