# pickle.dumps gives CPython's bytes at every protocol (framing from 4, memo references
# for shared objects, copyreg's reduction for plain instances at 0 and 1), and loads
# reads them back; malformed data fails with CPython's errors.
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Tagged(list):
    pass


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return (None, {"a": self.a, "b": self.b})


shared = ["shared"]
tagged = Tagged([1, 2])
tagged.note = "kept"
values = [None, True, 7, 300, -5, 2 ** 40, -(2 ** 70), 2.5, "text", "é ☕", b"\x00bytes",
          bytearray(b"ba"), (), (1,), (1, 2, 3, 4), [shared, shared], {"k": {1, 2}},
          frozenset({"f"}), 3 - 4j, Point(1, 2), tagged, len, Point]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for value in values:
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        print(" ", data)
        print("   ->", repr(back)[:60], getattr(back, "note", ""))
    slots = pickle.loads(pickle.dumps(Slots(), max(proto, 2)))
    print("  slots", slots.a, slots.b)

big = list(range(2500))
data = pickle.dumps(big)
print(len(data), data[:16], data[-8:], pickle.loads(data) == big)
print(copyreg._slotnames(Slots), copyreg.__newobj__(Point, 0, 0).__class__.__name__)

for bad in (b"", b"(t", b"0", b"\x80\x02(K\x010.", b"\x80\x02h\x05.", b"zz", b"\x80\x09.",
            b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x05\x94.", b"\x80\x02]K\x01b.",
            b"S'abc\n."):
    try:
        print(repr(pickle.loads(bad)))
    except Exception as error:
        print(type(error).__name__, error)
