"""codecs for Taskscope: encode/decode by codec name, lookup, the BOM constants,
incremental encoders and decoders, iterencode/iterdecode, with CPython 3.11's
results and errors.

The text codecs are utf-8, ascii and latin-1 (the interpreter's own, through
str.encode and bytes.decode), utf-8-sig, utf-16 and utf-32 (each with -le/-be),
written here; the bytes-to-bytes codecs hex and base64 and the text codec rot13
are here too. open() and the stream readers/writers over files are not offered:
Taskscope programs have no file system."""

import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup returns: the codec's name and its functions and classes; as a
    tuple, (encode, decode, streamreader, streamwriter)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes that do not yet make a whole character for the next call;
    subclasses define _buffer_decode(data, errors, final) -> (text, bytes used)."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def reset(self):
        super().reset()
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, lines):
        self.write(''.join(lines))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read()
        text, consumed = self.decode(data, self.errors)
        return text

    def __getattr__(self, name):
        return getattr(self.stream, name)


StreamReaderWriter = StreamRecoder = None


# ---- the codecs ----------------------------------------------------------------------

def _check_text(input, codec):
    if not isinstance(input, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (codec, type(input).__name__))


def _check_bytes(input):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(input)


def _native(name):
    """A codec the interpreter implements (utf-8, ascii, latin-1)."""
    def enc(input, errors='strict'):
        _check_text(input, name.replace('-', '_') + '_encode')
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict'):
        data = _check_bytes(input)
        return data.decode(name, errors), len(data)
    return enc, dec


def _utf8_complete_prefix(data):
    """How many leading bytes of data do not end inside a multi-byte sequence."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:
            continue
        if byte >= 0xF0:
            need = 4
        elif byte >= 0xE0:
            need = 3
        elif byte >= 0xC0:
            need = 2
        else:
            need = 1
        return n - back if back < need and byte < 0xF5 else n
    return n


def _handled_surrogate(errors, codec, text, i, order, size):
    """What a registered error handler (surrogatepass, ...) puts for the lone surrogate
    text[i], as code units of the given size (bytes it returns are cut into units)."""
    exc = UnicodeEncodeError(codec, text, i, i + 1, 'surrogates not allowed')
    if errors == 'strict':
        raise exc
    piece = lookup_error(errors)(exc)[0]
    if isinstance(piece, str):
        return [ord(c) for c in piece]
    return [int.from_bytes(piece[k:k + size], order) for k in range(0, len(piece), size)]


def _utf16_units(text, errors, codec, order='little'):
    units = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if 0xD800 <= cp < 0xE000:
            if errors == 'ignore':
                continue
            if errors != 'replace':
                units.extend(_handled_surrogate(errors, codec, text, i, order, 2))
                continue
            cp = ord('?')
        if cp >= 0x10000:
            cp -= 0x10000
            units.append(0xD800 | (cp >> 10))
            units.append(0xDC00 | (cp & 0x3FF))
        else:
            units.append(cp)
    return units


def _utf16_encoder(order, bom):
    codec = 'utf-16-le' if order == 'little' else 'utf-16-be'

    def enc(input, errors='strict'):
        _check_text(input, 'utf_16_encode')
        units = _utf16_units(input, errors, 'utf-16' if bom else codec, order)
        body = b''.join(u.to_bytes(2, order) for u in units)
        return ((BOM_UTF16_LE if order == 'little' else BOM_UTF16_BE) if bom else b'') + body, len(input)
    return enc


def _utf16_decode_body(data, order, errors, final, codec, start=0):
    """(text, bytes used) for UTF-16 in the given byte order, from data[start:] (the
    bytes before are a BOM: error positions count them, as CPython's do)."""
    out = []
    i = start
    n = len(data)
    while i + 1 < n:
        unit = int.from_bytes(data[i:i + 2], order)
        if 0xD800 <= unit < 0xDC00:
            if i + 3 >= n:
                if not final:
                    break
                if errors == 'strict':
                    raise UnicodeDecodeError(codec, data, i, n, 'unexpected end of data')
                if errors == 'replace':
                    out.append('\ufffd')
                i = n
                break
            low = int.from_bytes(data[i + 2:i + 4], order)
            if 0xDC00 <= low < 0xE000:
                out.append(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
                i += 4
                continue
            if errors == 'strict':
                raise UnicodeDecodeError(codec, data, i, i + 2, 'illegal UTF-16 surrogate')
            if errors == 'replace':
                out.append('\ufffd')
            i += 2
            continue
        if 0xDC00 <= unit < 0xE000:
            if errors == 'strict':
                raise UnicodeDecodeError(codec, data, i, i + 2, 'illegal encoding')
            if errors == 'replace':
                out.append('\ufffd')
            i += 2
            continue
        out.append(chr(unit))
        i += 2
    if final and i < n:
        if errors == 'strict':
            raise UnicodeDecodeError(codec, data, i, n, 'truncated data')
        if errors == 'replace':
            out.append('\ufffd')
        i = n
    return ''.join(out), i


def _utf32_encoder(order, bom):
    codec = 'utf-32-le' if order == 'little' else 'utf-32-be'

    def enc(input, errors='strict'):
        _check_text(input, 'utf_32_encode')
        parts = []
        for i, ch in enumerate(input):
            cp = ord(ch)
            if 0xD800 <= cp < 0xE000:
                if errors == 'ignore':
                    continue
                if errors != 'replace':
                    parts.extend(u.to_bytes(4, order) for u in _handled_surrogate(
                        errors, 'utf-32' if bom else codec, input, i, order, 4))
                    continue
                cp = ord('?')
            parts.append(cp.to_bytes(4, order))
        head = (BOM_UTF32_LE if order == 'little' else BOM_UTF32_BE) if bom else b''
        return head + b''.join(parts), len(input)
    return enc


def _utf32_decode_body(data, order, errors, final, codec, start=0):
    out = []
    i = start
    n = len(data)
    while i + 3 < n:
        cp = int.from_bytes(data[i:i + 4], order)
        if cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
            reason = 'code point not in range(0x110000)' if cp > 0x10FFFF else 'code point in surrogate code point range(0xd800, 0xe000)'
            if errors == 'strict':
                raise UnicodeDecodeError(codec, data, i, i + 4, reason)
            if errors == 'replace':
                out.append('\ufffd')
        else:
            out.append(chr(cp))
        i += 4
    if final and i < n:
        if errors == 'strict':
            raise UnicodeDecodeError(codec, data, i, n, 'truncated data')
        if errors == 'replace':
            out.append('\ufffd')
        i = n
    return ''.join(out), i


def _fixed_order_decoder(body, order, codec):
    def dec(input, errors='strict', final=True):
        data = _check_bytes(input)
        return body(data, order, errors, final, codec)
    return dec


def _bom_decoder(body, boms, codec):
    """A decoder that reads the byte order from a BOM (default: little endian)."""
    def dec(input, errors='strict', final=True):
        data = _check_bytes(input)
        order, skip = 'little', 0
        if data.startswith(boms[0]):
            skip = len(boms[0])
        elif data.startswith(boms[1]):
            order, skip = 'big', len(boms[1])
        named = '%s-%s' % (codec, 'le' if order == 'little' else 'be')
        return body(data, order, errors, final, named, skip)
    return dec


def _utf8_sig_encode(input, errors='strict'):
    _check_text(input, 'utf_8_encode')
    return BOM_UTF8 + input.encode('utf-8', errors), len(input)


def _utf8_sig_decode(input, errors='strict'):
    data = _check_bytes(input)
    skip = 3 if data.startswith(BOM_UTF8) else 0
    return data[skip:].decode('utf-8', errors), len(data)


def _rot13(input, errors='strict'):
    _check_text(input, 'rot13')
    out = []
    for ch in input:
        if 'a' <= ch <= 'z':
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        elif 'A' <= ch <= 'Z':
            ch = chr((ord(ch) - 65 + 13) % 26 + 65)
        out.append(ch)
    return ''.join(out), len(input)


def _hex_encode(input, errors='strict'):
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


def _simple_incremental(encode, decode):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]
    return Encoder, Decoder


def _bom_once_encoder(with_bom, without_bom, due_state):
    """An incremental encoder that writes the byte order mark once, with its first
    piece (even an empty one), as CPython's utf-8-sig, utf-16 and utf-32 do. Its state
    is due_state while the mark is still to come, else 0."""
    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._bom_due = True

        def encode(self, input, final=False):
            step = with_bom if self._bom_due else without_bom
            self._bom_due = False
            return step(input, self.errors)[0]

        def reset(self):
            self._bom_due = True

        def getstate(self):
            return due_state if self._bom_due else 0

        def setstate(self, state):
            self._bom_due = bool(state)
    return Encoder


def _buffered_decoder(decode_with_final):
    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            return decode_with_final(data, errors, final)
    return Decoder


def _utf8_incremental_decode(data, errors, final):
    used = len(data) if final else _utf8_complete_prefix(data)
    return data[:used].decode('utf-8', errors), used


class _Utf8SigDecoder(BufferedIncrementalDecoder):
    """utf-8-sig, incrementally: a BOM is skipped only at the very start, and while
    the first bytes could still be the start of a BOM nothing is decided."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self._at_start = True

    def _buffer_decode(self, data, errors, final):
        skip = 0
        if self._at_start:
            if len(data) < 3 and BOM_UTF8.startswith(data):
                return '', 0
            self._at_start = False
            if data[:3] == BOM_UTF8:
                skip = 3
        text, used = _utf8_incremental_decode(data[skip:], errors, final)
        return text, used + skip

    def reset(self):
        super().reset()
        self._at_start = True

    def getstate(self):
        return self.buffer, int(self._at_start)

    def setstate(self, state):
        self.buffer, self._at_start = state[0], bool(state[1])


def _make_registry():
    codecs = {}

    def add(name, encode, decode, incremental=None, text=True, aliases=()):
        if incremental is None:
            incremental = _simple_incremental(encode, decode)
        info = CodecInfo(encode, decode, incrementalencoder=incremental[0],
                         incrementaldecoder=incremental[1], name=name,
                         _is_text_encoding=text)
        codecs[_normalize(name)] = info
        for alias in aliases:
            codecs[_normalize(alias)] = info

    enc, dec = _native('utf-8')
    add('utf-8', enc, dec, (_simple_incremental(enc, dec)[0],
                            _buffered_decoder(_utf8_incremental_decode)),
        aliases=('utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4'))
    enc, dec = _native('ascii')
    add('ascii', enc, dec, aliases=('us_ascii', '646', 'us', 'ansi_x3.4_1968', 'cp367',
                                    'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991'))
    enc, dec = _native('latin-1')
    add('iso8859-1', enc, dec, aliases=('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1',
                                        'iso_8859_1', 'iso_8859_1_1987', '8859', 'cp819',
                                        'ibm819', 'iso_ir_100', 'csisolatin1'))
    add('utf-8-sig', _utf8_sig_encode, _utf8_sig_decode,
        (_bom_once_encoder(_utf8_sig_encode, _native('utf-8')[0], 1),
         _Utf8SigDecoder), aliases=('utf_8_sig',))
    for bits, body, encoder, boms in (
            (16, _utf16_decode_body, _utf16_encoder, (BOM_UTF16_LE, BOM_UTF16_BE)),
            (32, _utf32_decode_body, _utf32_encoder, (BOM_UTF32_LE, BOM_UTF32_BE))):
        name = 'utf-%d' % bits
        for order, suffix in (('little', 'le'), ('big', 'be')):
            full = '%s-%s' % (name, suffix)
            decode = _fixed_order_decoder(body, order, full)
            add(full, encoder(order, False), lambda i, e='strict', d=decode: d(i, e),
                (_simple_incremental(encoder(order, False), decode)[0],
                 _buffered_decoder(lambda data, errors, final, d=decode: d(data, errors, final))),
                aliases=('utf_%d_%s' % (bits, suffix), 'utf_%d%s' % (bits, suffix)))
        decode = _bom_decoder(body, boms, name)
        add(name, encoder('little', True), lambda i, e='strict', d=decode: d(i, e),
            (_bom_once_encoder(encoder('little', True), encoder('little', False), 2),
             _buffered_decoder(lambda data, errors, final, d=decode: d(data, errors, final))),
            aliases=('utf_%d' % bits, 'u%d' % bits, 'utf%d' % bits))
    add('rot-13', _rot13, _rot13, aliases=('rot13', 'rot_13'), text=False)
    add('hex', _hex_encode, _hex_decode, aliases=('hex_codec',), text=False)
    add('base64', _base64_encode, _base64_decode, aliases=('base_64', 'base64_codec'),
        text=False)
    return codecs


def _normalize(name):
    return name.strip().lower().replace('-', '_').replace(' ', '_')


_search_functions = []
_registry = None


def register(search_function):
    """Adds a function name -> CodecInfo (or None) consulted by lookup."""
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def lookup(encoding):
    """The CodecInfo of a codec name (any spelling CPython accepts); LookupError
    when there is none."""
    global _registry
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    if _registry is None:
        _registry = _make_registry()
    key = _normalize(encoding)
    info = _registry.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        found = search(key)
        if found is not None:
            return found
    raise LookupError("unknown encoding: %s" % encoding)


def _wrapped(error, doing, encoding):
    """CPython's re-raise of a plain codec error, naming the codec."""
    if isinstance(error, UnicodeError) or type(error) not in (TypeError, ValueError) and \
            type(error).__name__ != 'Error':
        return error
    return type(error)("%s with %r codec failed (%s: %s)" % (doing, encoding,
                                                             type(error).__name__, error))


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        raise _wrapped(e, 'encoding', encoding) from e


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        raise _wrapped(e, 'decoding', encoding) from e


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental_class(encoding, field):
    # Codecs without an incremental coder (rare) are reported as unknown encodings.
    found = getattr(lookup(encoding), field)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _incremental_class(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _incremental_class(encoding, 'incrementaldecoder')


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _nonempty_pieces(step, chunks, empty):
    """step applied to each chunk, then once more with final=True to flush; empty
    results are left out."""
    for chunk in chunks:
        piece = step(chunk)
        if piece:
            yield piece
    last = step(empty, True)
    if last:
        yield last


def iterencode(iterator, encoding, errors='strict', **kwargs):
    # A generator: the encoder is looked up when the iteration starts, as in CPython.
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _nonempty_pieces(coder.encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _nonempty_pieces(coder.decode, iterator, b"")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    raise OSError("codecs.open: Taskscope programs have no file system (%r)" % (filename,))


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise OSError("codecs.EncodedFile: Taskscope programs have no file system")


# ---- error handlers ------------------------------------------------------------------

_error_handlers = {}


def register_error(name, error_handler):
    _error_handlers[name] = error_handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    if name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
                'namereplace', 'surrogateescape', 'surrogatepass'):
        return globals().get(name + '_errors')
    raise LookupError("unknown error handler name '%s'" % name)


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def xmlcharrefreplace_errors(exception):
    part = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in part), exception.end)


def backslashreplace_errors(exception):
    part = exception.object[exception.start:exception.end]
    if isinstance(exception, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in part), exception.end)
    out = []
    for c in part:
        cp = ord(c)
        out.append('\\x%02x' % cp if cp < 0x100 else '\\u%04x' % cp if cp < 0x10000
                   else '\\U%08x' % cp)
    return (''.join(out), exception.end)


def namereplace_errors(exception):
    import unicodedata
    part = exception.object[exception.start:exception.end]
    out = []
    for c in part:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else backslashreplace_errors(
            UnicodeEncodeError('ascii', c, 0, 1, ''))[0])
    return (''.join(out), exception.end)


def surrogateescape_errors(exception):
    """PEP 383: undecodable bytes 0x80-0xff become lone surrogates U+DC80-U+DCFF (at
    most four at a time), and encoding such a surrogate gives the byte back."""
    obj, start, end = exception.object, exception.start, exception.end
    if isinstance(exception, UnicodeDecodeError):
        taken = []
        for byte in obj[start:min(end, start + 4)]:
            if byte < 128:
                break
            taken.append(chr(0xDC00 + byte))
        if not taken:
            raise exception
        return (''.join(taken), start + len(taken))
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for ch in obj[start:end]:
            if not 0xDC80 <= ord(ch) <= 0xDCFF:
                raise exception
            out.append(ord(ch) - 0xDC00)
        return (bytes(out), end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def _surrogate_form(encoding):
    """(unit size in bytes, byte order) of a UTF codec name, or None."""
    key = _normalize(str(encoding)).replace('_', '')
    forms = {'utf8': (1, None), 'utf16': (2, 'little'), 'utf16le': (2, 'little'),
             'utf16be': (2, 'big'), 'utf32': (4, 'little'), 'utf32le': (4, 'little'),
             'utf32be': (4, 'big')}
    return forms.get(key)


def surrogatepass_errors(exception):
    """Lets lone surrogates through the UTF codecs: encoded as any other code point,
    decoded back one at a time."""
    form = _surrogate_form(getattr(exception, 'encoding', None))
    obj, start, end = exception.object, exception.start, exception.end
    if isinstance(exception, UnicodeEncodeError):
        out = b''
        for ch in obj[start:end]:
            cp = ord(ch)
            if form is None or not 0xD800 <= cp <= 0xDFFF:
                raise exception
            size, order = form
            out += bytes((0xE0 | cp >> 12, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F)) \
                if size == 1 else cp.to_bytes(size, order)
        return (out, end)
    if isinstance(exception, UnicodeDecodeError):
        if form is not None:
            size, order = form
            width = 3 if size == 1 else size
            part = obj[start:start + width]
            cp = -1
            if len(part) == width:
                if size == 1:
                    if part[0] & 0xF0 == 0xE0 and part[1] & 0xC0 == 0x80 and part[2] & 0xC0 == 0x80:
                        cp = (part[0] & 0x0F) << 12 | (part[1] & 0x3F) << 6 | part[2] & 0x3F
                else:
                    cp = int.from_bytes(part, order)
            if 0xD800 <= cp <= 0xDFFF:
                return (chr(cp), start + width)
        raise exception
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)
