import asyncio, hashlib, base64, binascii, struct, zlib, json

async def sign(payload: dict, key: bytes):
    await asyncio.sleep(0)
    body = json.dumps(payload, sort_keys=True).encode()
    import hmac
    return hmac.new(key, body, hashlib.sha256).hexdigest()

async def main():
    print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
    print(hashlib.sha256("héllo".encode()).hexdigest(), hashlib.sha512(b"").hexdigest()[:32])
    h = hashlib.sha256()
    h.update(b"a"); h.update(b"b")
    print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest(), h.digest_size, h.name, hashlib.new("md5", b"x").hexdigest())
    print(await sign({"user": 1, "act": "login"}, b"secret"))
    e = base64.b64encode(b"any carnal pleas")
    print(e, base64.b64decode(e), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"))
    print(binascii.hexlify(b"\x00\xff"), bytes.fromhex("deadbeef"), b"\xde\xad".hex(":"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"x"))
    packed = struct.pack("<IhB3s", 1, -2, 255, b"abc")
    print(packed, struct.unpack("<IhB3s", packed), struct.calcsize("<IhB3s"), struct.unpack(">d", struct.pack(">d", 1.5)))
    c = zlib.compress(b"abc" * 100)
    print(len(zlib.decompress(c)), zlib.decompress(c)[:6])
    print(bytearray(b"abc").upper(), bytes(3), bytes([65, 66]), b"a,b".split(b","), b"%d-%s" % (1, b"x"))

asyncio.run(main())
