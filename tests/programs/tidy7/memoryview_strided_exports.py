# What a small fuzz against CPython found: strided views are not bytes-like for + and
# extend (CPython's simple buffer requests refuse them) but bytes()/bytearray() copy
# them; a read-only view of a bytearray is unhashable like the bytearray; an empty
# extended-slice deletion is refused while views exist; an empty bytearray *= n.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ('view', r.format, r.tolist())
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


buf = bytearray(range(10))
m = memoryview(buf)
s = m[::3]
r = m[3:3:-1]
t(lambda: (len(s), s.contiguous, len(r), r.contiguous, m[2:1:-1].contiguous))
t(lambda: b'<' + s)
t(lambda: buf + s)
t(lambda: b'x' + m[2:1:-1])
t(lambda: buf.extend(s))
t(lambda: bytes(s) + bytearray(s))
t(lambda: r.cast('B'))
t(lambda: m.cast('h')[::2].tobytes())
t(lambda: bytes(m.cast('h')[::2]))
t(lambda: int.from_bytes(s, 'little'))
t(lambda: hash(m.toreadonly()))
t(lambda: hash(memoryview(b'abc')[::2]) == hash(b'ac'))
t(lambda: buf.__delitem__(slice(5, 5, 2)))
t(lambda: buf.__delitem__(slice(5, 5)))
t(lambda: buf.__setitem__(slice(0, 2), b'AB'))
s.release()
t(lambda: buf.extend(s))
t(lambda: buf + s)
del m, r
t(lambda: buf.append(99))
print(buf)
empty = bytearray()
empty *= 3
print(empty, len(empty))
