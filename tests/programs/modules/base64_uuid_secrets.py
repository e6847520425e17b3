import base64, binascii, zlib, uuid, secrets
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))):
    e = base64.b64encode(data); print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:16])
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data)
    print(zlib.crc32(data), zlib.adler32(data), binascii.hexlify(data)[:10], binascii.crc32(data, 5))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.encodebytes(b"x" * 100))
for bad in ("abc", "a", "ab=c"):
    try: print(base64.b64decode(bad))
    except binascii.Error as e: print("Error", e)
try: base64.b64decode("ab$=", validate=True)
except binascii.Error as e: print("Error", e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], u.fields, u == uuid.UUID(hex="12345678123456781234567812345678"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.UUID(int=5))
u4 = uuid.uuid4(); print(u4.version, len(str(u4)), str(u4).count("-"), u4.variant, uuid.uuid1().version)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), 0 <= secrets.randbelow(10) < 10, len(secrets.token_urlsafe(16)), secrets.compare_digest("a", "a"))
try: uuid.UUID("bad")
except ValueError as e: print(e)
