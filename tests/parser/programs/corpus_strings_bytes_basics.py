b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.replace(b"o", b"0"), len(b))
print(list(b"abc"), bytes([104, 105]), b"abc" + b"def", b"ab" * 2, b"lo" in b)
print(b.decode(), b.hex(), bytes.fromhex("6869"), b.find(b"world"), b.count(b"l"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(68)
print(ba, bytes(ba))
