"""binascii: hex, base64 and CRC-32 conversions between binary data and ASCII, in
Python (base64 and zlib's crc32 build on it)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64REV = {c: i for i, c in enumerate(_B64)}


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    if sep is None:
        return data.hex().encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    return data.hex(sep.decode("ascii"), bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        try:
            hexstr = hexstr.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63],
                      _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decodes base64, skipping characters outside the alphabet unless strict_mode."""
    if isinstance(data, str):
        try:
            data = data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    data = bytes(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    acc = 0
    nbits = 0
    quad_pos = 0
    pads = 0
    seen_pad = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            seen_pad = True
            if quad_pos >= 2 and quad_pos + pads + 1 >= 4:
                # The padding completes the quad: anything after it is ignored
                # (an error in strict mode).
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                quad_pos = 0
                break
            pads += 1
            continue
        v = _B64REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and seen_pad:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        seen_pad = False
        acc = (acc << 6) | v
        nbits += 6
        quad_pos = (quad_pos + 1) & 3
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xff)
            acc &= (1 << nbits) - 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4"
                        % sum(1 for c in data if c in _B64REV))
        raise Error("Incorrect padding")
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, crc=0):
    crc = ~crc & 0xffffffff
    table = _CRC_TABLE
    for b in _data(data):
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc):
    crc &= 0xffff
    for b in _data(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
