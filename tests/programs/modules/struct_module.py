import struct
print(struct.pack("<hhl", 1, 2, 3), struct.pack(">I", 0xdeadbeef), struct.unpack("<hhl", struct.pack("<hhl", 1, 2, 3)))
print(struct.calcsize("bhiqd"), struct.calcsize("<bhiqd"), struct.pack("d", 3.14), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">e", 1.5))
s = struct.Struct("<I2sf"); print(s.size, s.pack(7, b"ok", 2.5), s.unpack(s.pack(7, b"ok", 2.5)))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.unpack_from(">h", b"\x00\x00\x01\x00", 2))
for bad in (lambda: struct.pack("b", 300), lambda: struct.pack("ii", 1), lambda: struct.unpack("i", b"12"), lambda: struct.pack("<f", 1e300)):
    try: bad()
    except (struct.error, OverflowError) as e: print(type(e).__name__, e)
header = struct.pack("!HHI", 1, 2, 1000)
print(header.hex(), struct.unpack("!HHI", header))
