"""The Python half of the engine's codecs, imported by C on first use (the engine's
size budget is tight, and these paths are rare):

- the arguments and the message of UnicodeEncodeError, UnicodeDecodeError and
  UnicodeTranslateError (runtime/py/exceptions.c calls init and message);
- str.encode and bytes.decode for the encodings the engine does not know itself
  (it knows utf-8, ascii and latin-1): they go through codecs.lookup (runtime/py/
  bytes.c and str_methods.c call encode and decode).
"""


def _index(value):
    # The "n" argument conversion of CPython: anything with __index__, kept as int.
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return int(index(value))


def _need_str(value, position):
    if not isinstance(value, str):
        raise TypeError("argument %d must be str, not %s" % (position, type(value).__name__))
    return value


def init(self):
    """Checks self.args as CPython's constructor does and keeps them as attributes."""
    args = self.args
    translate = isinstance(self, UnicodeTranslateError)
    wanted = 4 if translate else 5
    if len(args) != wanted:
        raise TypeError("function takes exactly %d arguments (%d given)" % (wanted, len(args)))
    if translate:
        encoding = None
        obj, start, end, reason = args
        _need_str(obj, 1)
    else:
        encoding, obj, start, end, reason = args
        _need_str(encoding, 1)
        if isinstance(self, UnicodeDecodeError):
            if not isinstance(obj, (bytes, bytearray, memoryview)):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(obj).__name__)
            obj = bytes(obj)
        else:
            _need_str(obj, 2)
    start = _index(start)
    end = _index(end)
    _need_str(reason, wanted)
    self.encoding = encoding
    self.object = obj
    self.start = start
    self.end = end
    self.reason = reason


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def message(self):
    """CPython's str() of the three errors, from their current attributes."""
    obj = getattr(self, 'object', None)
    if obj is None:
        return ''
    start, end, reason = self.start, self.end, str(self.reason)
    one = 0 <= start < len(obj) and end == start + 1
    if isinstance(self, UnicodeTranslateError):
        if one:
            return "can't translate character '%s' in position %d: %s" % (
                _escape(ord(obj[start])), start, reason)
        return "can't translate characters in position %d-%d: %s" % (start, end - 1, reason)
    encoding = str(self.encoding)
    if isinstance(self, UnicodeDecodeError):
        if one:
            return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
                encoding, obj[start], start, reason)
        return "'%s' codec can't decode bytes in position %d-%d: %s" % (
            encoding, start, end - 1, reason)
    if one:
        return "'%s' codec can't encode character '%s' in position %d: %s" % (
            encoding, _escape(ord(obj[start])), start, reason)
    return "'%s' codec can't encode characters in position %d-%d: %s" % (
        encoding, start, end - 1, reason)


def _text_codec(encoding, doing):
    import codecs
    info = codecs.lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary "
                          "codecs" % (encoding, doing))
    return info


def encode(text, encoding, errors):
    """text.encode(encoding, errors) for an encoding the engine does not know."""
    info = _text_codec(encoding, 'encode')
    result = info.encode(text, 'strict' if errors is None else errors)[0]
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                        "to encode to arbitrary types" % (encoding, type(result).__name__))
    return result


def decode(data, encoding, errors):
    """data.decode(encoding, errors) for an encoding the engine does not know."""
    info = _text_codec(encoding, 'decode')
    result = info.decode(data, 'strict' if errors is None else errors)[0]
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() "
                        "to decode to arbitrary types" % (encoding, type(result).__name__))
    return result


def _handler_result(result, what, length):
    """(replacement, next position) from an error handler's answer, checked."""
    kinds = (str, bytes) if what == 'encoding' else (str,)
    if not (isinstance(result, tuple) and len(result) == 2 and
            isinstance(result[0], kinds) and isinstance(result[1], int)):
        raise TypeError("%s error handler must return (%s, int) tuple" % (
            what, 'str/bytes' if what == 'encoding' else 'str'))
    piece, position = result
    if position < 0:
        position += length
    if not 0 <= position <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return piece, position


def encode_handled(text, codec, errors):
    """text.encode(codec, errors) for the engine's utf-8, ascii and latin-1 once a
    character cannot be encoded and errors names a handler the engine leaves to
    codecs.lookup_error. Each run of such characters goes to the handler at once."""
    import codecs
    handler = codecs.lookup_error(errors)
    limit = {'ascii': 0x80, 'latin-1': 0x100}.get(codec)
    reason = 'surrogates not allowed' if limit is None else 'ordinal not in range(%d)' % limit

    def encodable(ch):
        code = ord(ch)
        return code < limit if limit else not 0xD800 <= code < 0xE000

    out = []
    at, length = 0, len(text)
    while at < length:
        bad = at
        while bad < length and encodable(text[bad]):
            bad += 1
        out.append(text[at:bad].encode(codec))
        if bad == length:
            break
        stop = bad + 1
        while stop < length and not encodable(text[stop]):
            stop += 1
        error = UnicodeEncodeError(codec, text, bad, stop, reason)
        piece, at = _handler_result(handler(error), 'encoding', length)
        if isinstance(piece, str):
            if not all(encodable(ch) for ch in piece):
                raise error
            piece = piece.encode(codec)
        out.append(piece)
    return b''.join(out)


def decode_handled(data, codec, errors):
    """data.decode(codec, errors) for the engine's utf-8 and ascii when the input has
    an error and errors names a handler the engine leaves to codecs.lookup_error. The
    engine decodes windows of the input (growing while they decode cleanly) so that
    many errors do not make the work quadratic."""
    import codecs
    handler = codecs.lookup_error(errors)
    out = []
    at, length, window = 0, len(data), 256
    while at < length:
        chunk = data[at:at + window]
        try:
            out.append(chunk.decode(codec))
        except UnicodeDecodeError as cut:
            if at + len(chunk) < length and cut.end == len(chunk) and cut.start > 0:
                # The window may have split a sequence: decode up to it, then retry.
                out.append(chunk[:cut.start].decode(codec))
                at += cut.start
                continue
            out.append(chunk[:cut.start].decode(codec))
            error = UnicodeDecodeError(codec, data, at + cut.start, at + cut.end, cut.reason)
            piece, at = _handler_result(handler(error), 'decoding', length)
            out.append(piece)
            window = 256
            continue
        at += len(chunk)
        window = min(window * 2, 1 << 20)
    return ''.join(out)
