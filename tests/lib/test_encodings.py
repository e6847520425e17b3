import base64
import binascii
import random
import uuid
import zlib
from compare import load, same

ts_binascii = load("binascii")
ts_base64 = load("base64", using=("binascii",))
ts_zlib = load("zlib", using=("binascii",))
ts_uuid = load("uuid")

rng = random.Random(9)
blobs = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
blobs += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))) for _ in range(30)]
for i, b in enumerate(blobs):
    for name in ("b64encode", "urlsafe_b64encode", "b32encode", "b32hexencode", "b16encode",
                 "encodebytes", "standard_b64encode"):
        same(f"{name} #{i}", lambda: getattr(ts_base64, name)(b), lambda: getattr(base64, name)(b))
    enc = base64.b64encode(b)
    same(f"b64decode #{i}", lambda: ts_base64.b64decode(enc), lambda: base64.b64decode(enc))
    same(f"b32decode #{i}", lambda: ts_base64.b32decode(base64.b32encode(b)),
         lambda: base64.b32decode(base64.b32encode(b)))
    same(f"b16decode #{i}", lambda: ts_base64.b16decode(base64.b16encode(b)),
         lambda: base64.b16decode(base64.b16encode(b)))
    same(f"crc32 #{i}", lambda: ts_zlib.crc32(b), lambda: zlib.crc32(b))
    same(f"crc32 start #{i}", lambda: ts_zlib.crc32(b, 12345), lambda: zlib.crc32(b, 12345))
    same(f"adler32 #{i}", lambda: ts_zlib.adler32(b), lambda: zlib.adler32(b))
    same(f"hexlify #{i}", lambda: ts_binascii.hexlify(b), lambda: binascii.hexlify(b))
    same(f"crc_hqx #{i}", lambda: ts_binascii.crc_hqx(b, 7), lambda: binascii.crc_hqx(b, 7))
bad = ["abc", "a", "ab=c", "YQ", "YQ==", "YQ===", "Y Q = =", "=YQ==", "YQ==YQ==", "é",
       "aGVsbG8=\n", "!!!!"]
for s in bad:
    same(f"b64decode {s!r}", lambda: ts_base64.b64decode(s), lambda: base64.b64decode(s))
    same(f"b64decode strict {s!r}", lambda: ts_base64.b64decode(s, validate=True),
         lambda: base64.b64decode(s, validate=True))
for s in ["MY======", "MZXQ====", "MY=====", "my======", "M1======", "MZXW6YQ="]:
    same(f"b32decode {s!r}", lambda: ts_base64.b32decode(s), lambda: base64.b32decode(s))
    same(f"b32decode casefold {s!r}", lambda: ts_base64.b32decode(s, casefold=True),
         lambda: base64.b32decode(s, casefold=True))
same("unhexlify odd", lambda: ts_binascii.unhexlify("abc"), lambda: binascii.unhexlify("abc"))
same("unhexlify bad", lambda: ts_binascii.unhexlify("zz"), lambda: binascii.unhexlify("zz"))

texts = ["12345678-1234-5678-1234-567812345678", "{12345678-1234-5678-1234-567812345678}",
         "urn:uuid:12345678123456781234567812345678", "bad", "1234"]
for t in texts:
    same(f"UUID({t!r})", lambda: (lambda u: (str(u), repr(u), u.hex, u.int, u.version,
                                             u.variant, u.urn, u.fields, u.bytes_le))(
        ts_uuid.UUID(t)), lambda: (lambda u: (str(u), repr(u), u.hex, u.int, u.version,
                                              u.variant, u.urn, u.fields, u.bytes_le))(
        uuid.UUID(t)))
for ns in ("NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"):
    for name in ("python.org", "", "x" * 100, "héllo"):
        same(f"uuid3 {ns} {name[:8]}", lambda: str(ts_uuid.uuid3(getattr(ts_uuid, ns), name)),
             lambda: str(uuid.uuid3(getattr(uuid, ns), name)))
        same(f"uuid5 {ns} {name[:8]}", lambda: str(ts_uuid.uuid5(getattr(ts_uuid, ns), name)),
             lambda: str(uuid.uuid5(getattr(uuid, ns), name)))
for v in (0, 1, 2 ** 128 - 1, 2 ** 128, -1):
    for version in (None, 1, 4, 5):
        same(f"UUID(int={v}, version={version})",
             lambda: str(ts_uuid.UUID(int=v, version=version)),
             lambda: str(uuid.UUID(int=v, version=version)))
same("fields", lambda: str(ts_uuid.UUID(fields=(1, 2, 3, 4, 5, 6))),
     lambda: str(uuid.UUID(fields=(1, 2, 3, 4, 5, 6))))
same("fields range", lambda: ts_uuid.UUID(fields=(1 << 32, 2, 3, 4, 5, 6)),
     lambda: uuid.UUID(fields=(1 << 32, 2, 3, 4, 5, 6)))

# Added before the base64 rewrite: alphabets, map01/casefold, padding and digit
# errors, input type errors, long inputs for encodebytes.
long_blob = bytes(rng.randrange(256) for _ in range(500))
b64_cases = [
    lambda m: m.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), lambda m: m.b64encode(b"\xfb\xff", b"*!"),
    lambda m: m.b64decode("-_-_", altchars="-_"), lambda m: m.b64decode(b"+/+/", altchars=b"ab"),
    lambda m: m.b64decode("ab", altchars="xyz"), lambda m: m.urlsafe_b64encode(b"\xfb\xff\xfe\x00"),
    lambda m: m.urlsafe_b64decode("-_-_"), lambda m: m.urlsafe_b64decode(b"+/+/"),
    lambda m: m.urlsafe_b64decode("é"), lambda m: m.b64decode(12), lambda m: m.b64decode(bytearray(b"YQ==")),
    lambda m: m.b64decode("YQ==!", validate=True), lambda m: m.standard_b64decode("Zm9v"),
    lambda m: m.encodebytes(long_blob), lambda m: m.encodebytes(b""), lambda m: m.encodebytes(bytearray(b"ab")),
    lambda m: m.encodebytes("str"), lambda m: m.decodebytes(m.encodebytes(long_blob)),
    lambda m: m.decodebytes("str"), lambda m: m.b32encode(long_blob), lambda m: m.b32hexencode(b"\xff" * 7),
    lambda m: m.b32decode("ME======", map01="L"), lambda m: m.b32decode("0E======", map01=b"L"),
    lambda m: m.b32decode("1E======", map01="I"), lambda m: m.b32decode("mE======"),
    lambda m: m.b32decode("M0======"), lambda m: m.b32decode("========"),
    lambda m: m.b32decode("MZXW6==="), lambda m: m.b32decode("MZXW6YTB"), lambda m: m.b32decode("M=XW6YTB"),
    lambda m: m.b32decode("MZXW6YTBOI======"), lambda m: m.b32decode("MZ======", map01="LL"),
    lambda m: m.b32decode(b"MZXW6YQ=" * 3), lambda m: m.b32hexdecode("C5H66==="),
    lambda m: m.b32hexdecode("c5h66===", casefold=True), lambda m: m.b32hexdecode("W0======"),
    lambda m: m.b32decode("MZXW6YQ"), lambda m: m.b32decode(None), lambda m: m.b32encode(bytearray(b"ab")),
    lambda m: m.b16decode("0aff"), lambda m: m.b16decode("0aff", casefold=True), lambda m: m.b16decode("0AF"),
    lambda m: m.b16decode("0AG1"), lambda m: m.b16decode(b""), lambda m: m.b16encode(bytearray(b"\x01\xab")),
    lambda m: m.MAXBINSIZE, lambda m: m.MAXLINESIZE, lambda m: m.bytes_types,
]
for i, case in enumerate(b64_cases):
    same(f"base64 case #{i}", lambda: case(ts_base64), lambda: case(base64))
