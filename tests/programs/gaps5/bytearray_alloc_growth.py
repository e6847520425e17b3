# bytearray's allocation as CPython 3.11 grows and shrinks it (__alloc__).
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print("append:", sizes)

print("made from list:", bytearray([1, 2, 3]).__alloc__())
print("made from tuple:", bytearray((1, 2, 3)).__alloc__())
print("made from iterator:", bytearray(iter([1, 2, 3])).__alloc__())
print("made from range(20):", bytearray(range(20)).__alloc__())
print("made from int:", bytearray(5).__alloc__())
print("made from bytes:", bytearray(b"abc").__alloc__())
print("made from str:", bytearray("abc", "ascii").__alloc__())
print("empty:", bytearray().__alloc__(), bytearray(b"").__alloc__())


def step(label, action):
    action()
    print(f"{label:22} len={len(b):3} alloc={b.__alloc__()}")


b = bytearray(b"x" * 20)
step("pop()", lambda: b.pop())
step("extend(3 bytes)", lambda: b.extend(b"yyy"))
step("del b[:15]", lambda: b.__delitem__(slice(None, 15)))
step("+= b'abc'", lambda: b.__iadd__(b"abc"))
step("insert(0, 65)", lambda: b.insert(0, 65))
step("del b[0]", lambda: b.__delitem__(0))
step("append(1)", lambda: b.append(1))
step("*= 3", lambda: b.__imul__(3))
step("del b[::2]", lambda: b.__delitem__(slice(None, None, 2)))
step("b[2:4] = 10 bytes", lambda: b.__setitem__(slice(2, 4), bytes(10)))
step("remove(0)", lambda: b.remove(0))
step("clear()", lambda: b.clear())
step("extend(range(30))", lambda: b.extend(range(30)))

x = bytearray(b"ab")
print("results:", (x * 3).__alloc__(), (x + b"c").__alloc__(), x[:1].__alloc__(),
      bytearray(b"abc").upper().__alloc__(), x.copy().__alloc__())
