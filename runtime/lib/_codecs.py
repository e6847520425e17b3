"""encode and decode as functions (what pickles of bytes made with protocols 0-2
refer to): encode(text, encoding) is text.encode(encoding), decode(data, encoding)
is data.decode(encoding)."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
