# memoryview as a buffer: writes through views of a bytearray, bytes-like operations
# that take views, the bytearray it views cannot be resized while a view is alive,
# casts to the integer, float and bool formats with their ranges.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ('view', r.format, r.tolist())
        elif isinstance(r, str) and r.startswith(('<memory at 0x', '<released memory at 0x')):
            r = r.split(' at 0x')[0] + ' at 0x...>'
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = bytearray(b'hello world')
m = memoryview(b)
m[0] = ord('H')
m[6:11] = b'WORLD'
print(b)
s = m[::2]
s[0] = ord('j')
print(b, s.tolist(), bytes(s), bytearray(s))
t(lambda: b'<' + m[0:5] + b'>')
t(lambda: bytearray(b'x') + m[0:2])
t(lambda: m + m)
t(lambda: b.extend(m))
t(lambda: int.from_bytes(m[0:2], 'big'))
t(lambda: str(m[0:5], 'ascii'))
t(lambda: bytes(m[0:5]).decode())
t(lambda: m[0:5].tobytes().upper())
t(lambda: b'ello' in b)
t(lambda: m[1:5] == b'ello')
t(lambda: b'ello' == m[1:5])
t(lambda: m.find)
t(lambda: b'abc'.find(memoryview(b'c')))
import hashlib
t(lambda: hashlib.sha256(memoryview(b'abc')).hexdigest()[:16])
t(lambda: len(m), )
m.release()
t(lambda: b.append(33))
print(b)
v = memoryview(b)
v2 = v[2:4]
v.release()
t(lambda: b.append(34))
del v2
t(lambda: b.append(35))
print(b)
with memoryview(b) as w:
    t(lambda: b.pop())
t(lambda: b.pop())
x = memoryview(b'abc')
t(lambda: x.__enter__() is x)
t(lambda: x.__exit__(None, None, None))
t(lambda: x.__enter__())
t(lambda: repr(x)[:17])
t(lambda: hash(memoryview(b'abc')) == hash(b'abc'))
t(lambda: hash(memoryview(b'abcd').cast('h')))
t(lambda: memoryview(b'abcd').cast('@h').tolist())
t(lambda: memoryview(b'abc').cast('h'))
t(lambda: memoryview(bytearray(b'\x00' * 8)).cast('Q').__setitem__(0, 2**64 - 1))
q = memoryview(bytearray(8)).cast('Q')
q[0] = 2**64 - 1
t(lambda: q[0])
t(lambda: q.__setitem__(0, 2**64))
t(lambda: q.__setitem__(0, -1))
t(lambda: memoryview(bytearray(8)).cast('q').__setitem__(0, 2**63))
d = memoryview(bytearray(16)).cast('d')
d[1] = 2.5
d[0] = 3
t(lambda: d.tolist())
t(lambda: d.__setitem__(0, 'x'))
f = memoryview(bytearray(4)).cast('?')
f[0] = 5
f[1] = []
t(lambda: f.tolist())
t(lambda: memoryview(bytearray(4)).cast('B').cast('i').cast('B').format)
t(lambda: memoryview(bytearray(4)).cast('i').cast('h'))
t(lambda: memoryview(b'abcd')[::-1].cast('B'))
t(lambda: memoryview(b'abcd')[::2].hex())
t(lambda: memoryview(b'abcd').hex(sep='-', bytes_per_sep=-3))
t(lambda: memoryview(b'') .tolist())
t(lambda: memoryview(b'')[0])
t(lambda: memoryview(b'ab')[5:1].tolist())
t(lambda: memoryview(b'abcdef')[-2:].tobytes())
t(lambda: memoryview(b'abcdef')[::-2].tobytes())
t(lambda: memoryview(bytearray(b'abcdef'))[::-2].__setitem__(slice(None), b'xyz'))
bb = bytearray(b'abcdef')
mm = memoryview(bb)
mm[::-2] = b'xyz'
print(bb)
mm[1:3] = memoryview(b'PQ')
print(bb)
t(lambda: mm.__setitem__(slice(0, 2), memoryview(b'abcd').cast('h')[0:1]))
t(lambda: mm.__delitem__(0))
t(lambda: mm.__setitem__(-1, 1))
t(lambda: bb[-1])
t(lambda: list(memoryview(b'xyz')))
t(lambda: sorted(memoryview(b'cab')))
t(lambda: memoryview(b'abc') != memoryview(b'abc'))
t(lambda: memoryview(b'abc') == memoryview(b'abd'))
t(lambda: memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00').cast('H'))
t(lambda: memoryview(b'\x01\x00').cast('h') == [1])
t(lambda: memoryview(b'ab').obj)
t(lambda: isinstance(memoryview(b''), memoryview))
class B(bytes): pass
class BA(bytearray): pass
t(lambda: memoryview(B(b'sub')).tobytes())
ba = BA(b'sub')
mv = memoryview(ba)
t(lambda: ba.append(1))
mv.release()
t(lambda: ba.append(1))
t(lambda: ba)
t(lambda: memoryview(b'ab', object=1))
t(lambda: memoryview(object=b'ab').tobytes())
t(lambda: type(memoryview(b'a')).__name__)
t(lambda: memoryview(memoryview(b'abc')[1:]).tobytes())
