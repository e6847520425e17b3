"""hashlib: md5, sha1, sha224, sha256, sha384, sha512 (in C, runtime/py/mod__hashlib.c)
and new(name). Not here: blake2, sha3, shake, scrypt; pbkdf2_hmac is written in
Python over these (slow for many iterations)."""

import _hashlib

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called name, fed data."""
    return _hashlib.new(name, data)


def md5(string=b"", *, usedforsecurity=True):
    return _hashlib.new("md5", string)


def sha1(string=b"", *, usedforsecurity=True):
    return _hashlib.new("sha1", string)


def sha224(string=b"", *, usedforsecurity=True):
    return _hashlib.new("sha224", string)


def sha256(string=b"", *, usedforsecurity=True):
    return _hashlib.new("sha256", string)


def sha384(string=b"", *, usedforsecurity=True):
    return _hashlib.new("sha384", string)


def sha512(string=b"", *, usedforsecurity=True):
    return _hashlib.new("sha512", string)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC (RFC 8018) over one of the hashes above."""
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b"\x00" * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    dkey = b""
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, "big"))
        rkey = int.from_bytes(prev, "big")
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, "big")
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, "big")
    return dkey[:dklen]
