# bytes.hex with separators, fromhex, and the classes fromhex builds.
def show(label, value):
    print(f"{label:30} {value!r}")

data = bytes(range(0xA0, 0xA7))
show("hex()", data.hex())
show("hex(':')", data.hex(":"))
show("hex('-', 2)", data.hex("-", 2))
show("hex(b' ', -2)", data.hex(b" ", -2))
show("hex(':', 3)", data.hex(":", 3))
show("hex(':', -3)", data.hex(":", -3))
show("hex(':', 0)", data.hex(":", 0))
show("hex(':', 100)", data.hex(":", 100))
show("hex(sep='_', bytes_per_sep=4)", data.hex(sep="_", bytes_per_sep=4))
show("bytearray hex", bytearray(b"\x01\x02\x03").hex("."))
show("empty hex", b"".hex(":"))

show("fromhex", bytes.fromhex("de ad  be ef"))
show("fromhex upper", bytes.fromhex("DEADBEEF"))
show("fromhex leading space", bytes.fromhex("  0a\t0b\n"))
show("bytearray.fromhex", bytearray.fromhex("00ff"))


class Packet(bytes):
    def __new__(cls, data):
        print("  Packet.__new__ got", bytes(data))
        return super().__new__(cls, data)


class Buffer(bytearray):
    pass


p = Packet.fromhex("0102")
show("subclass fromhex", (type(p).__name__, p))
b = Buffer.fromhex("0304")
show("bytearray subclass fromhex", (type(b).__name__, b))

for bad in ("abc", "0g", "12 3", "a b", "é1", "12\u30004"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        show(f"fromhex({bad!r})", str(e))
for sep, n in ((":-", 1), ("é", 1), (b"\xff", 1), ([1], 1), (bytearray(b":"), 1), (None, 1),
               (":", "x"), (":", 2**40), ("", 1)):
    try:
        data.hex(sep, n)
    except (ValueError, TypeError, OverflowError) as e:
        show(f"hex({sep!r}, {n!r})", f"{type(e).__name__}: {e}")
try:
    bytes.fromhex(b"00")
except TypeError as e:
    show("fromhex(bytes)", str(e))
