import hashlib, hmac
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 10):
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest()[:4], h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world"); print(h.hexdigest(), c.hexdigest())
print(hashlib.md5("héllo".encode()).hexdigest(), hashlib.new("SHA256", b"x").hexdigest())
try: hashlib.sha256("str")
except TypeError as e: print(e)
try: hashlib.new("nope")
except ValueError as e: print(e)
print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest(), hmac.new(b"k" * 100, b"m", hashlib.sha1).hexdigest())
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"a", b"b"), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 100).hex())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
