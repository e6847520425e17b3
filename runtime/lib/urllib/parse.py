"""Splitting, joining and quoting URLs (RFC 3986 as CPython reads it): urlsplit,
urlparse and their inverses, urljoin, urldefrag, quote/unquote (and the _plus forms
of HTML forms), urlencode, parse_qs and parse_qsl. Strings only: the bytes forms of
CPython's functions (urlsplit(b'...')) are not provided, except that quote and
unquote_to_bytes accept bytes."""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult"]

# Schemes whose URLs may be relative (urljoin), have a //netloc, or carry ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file',
               'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# What WHATWG's URL parser strips from the start, and removes anywhere.
_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_BYTES_TO_REMOVE = ['\t', '\r', '\n']


# ---- result types -------------------------------------------------------------------

class _NetlocResultMixin:
    """username, password, hostname and port read from the netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # A zone id after '%' (IPv6) keeps its case.
        hostname, percent, zone = hostname.partition('%')
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition('@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(':')
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            _, _, port = port.partition(':')
        else:
            hostname, _, port = hostinfo.partition(':')
        return hostname, (port or None)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'),
                  _NetlocResultMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _NetlocResultMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


# ---- splitting and joining --------------------------------------------------------------

def _splitnetloc(url, start=0):
    """(netloc, rest): the netloc runs from start to the first '/', '?' or '#'."""
    stops = [where for where in (url.find(mark, start) for mark in '/?#') if where >= 0]
    end = min(stops, default=len(url))
    return url[start:end], url[end:]


def _splitparams(url):
    """(path, params): the params follow the first ';' of the last path segment."""
    last_segment = url.rfind('/') if '/' in url else 0
    semicolon = url.find(';', last_segment)
    if semicolon < 0:
        return url, ''
    return url[:semicolon], url[semicolon + 1:]


def _check_str(*args):
    for a in args:
        if not isinstance(a, str):
            raise TypeError("Taskscope's urllib.parse works on str, not %s"
                            % type(a).__name__)


def urlsplit(url, scheme='', allow_fragments=True):
    """scheme://netloc/path?query#fragment as a SplitResult."""
    _check_str(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """scheme://netloc/path;params?query#fragment as a ParseResult."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    # An authority is written when there is one, and for schemes that always have
    # one (an empty '//' keeps "file:///x" intact) unless the path already starts so.
    wants_authority = bool(scheme) and scheme in uses_netloc and not url.startswith('//')
    if netloc or wants_authority:
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//%s%s' % (netloc or '', url)
    pieces = [scheme + ':' if scheme else '', url]
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return ''.join(pieces)


def urlunparse(components):
    scheme, netloc, path, params, query, fragment = components
    if params:
        path = path + ';' + params
    return urlunsplit((scheme, netloc, path, query, fragment))


def _remove_dot_segments(segments):
    """Resolves '.' and '..' (RFC 3986, 5.2.4) in a list of path segments."""
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] in ('.', '..'):
        kept.append('')  # "a/b/.." names the folder a/, so it ends with '/'
    return kept


def urljoin(base, url, allow_fragments=True):
    """url read relative to base, as a browser resolves a link."""
    if not base or not url:
        return url if not base else base
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    if r.scheme != b.scheme or r.scheme not in uses_relative:
        return url
    netloc = r.netloc
    if r.scheme in uses_netloc:
        if netloc:
            return urlunparse(r)
        netloc = b.netloc
    if not r.path and not r.params:
        # Only a query and/or fragment: the base's path (and query, if none given).
        return urlunparse((r.scheme, netloc, b.path, b.params, r.query or b.query,
                           r.fragment))
    if r.path.startswith('/'):
        segments = r.path.split('/')
    else:
        # Relative to the base's folder: drop its last segment (a file name, or ''
        # after a trailing slash, which then comes back from the join).
        folder = b.path.split('/')
        if folder[-1] != '':
            folder.pop()
        segments = folder + r.path.split('/')
        # Empty inner segments would become doubled slashes.
        if len(segments) > 2:
            segments = [segments[0], *filter(None, segments[1:-1]), segments[-1]]
    path = '/'.join(_remove_dot_segments(segments)) or '/'
    return urlunparse((r.scheme, netloc, path, r.params, r.query, r.fragment))


def urldefrag(url):
    if '#' not in url:
        return DefragResult(url, '')
    parts = urlparse(url)
    return DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment)


# ---- quoting -------------------------------------------------------------------------------

# Bytes that are never escaped: ASCII letters, digits and "_.-~" (RFC 3986's
# unreserved characters).
_UNRESERVED = frozenset(b'abcdefghijklmnopqrstuvwxyz' + b'abcdefghijklmnopqrstuvwxyz'.upper()
                        + b'0123456789_.-~')
_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def _safe_bytes(safe):
    """The ASCII bytes a caller's safe set (str or bytes) adds to the unreserved."""
    if isinstance(safe, str):
        return frozenset(safe.encode('ascii', 'ignore'))
    return frozenset(byte for byte in safe if byte < 128)


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    kept = _UNRESERVED | _safe_bytes(safe)
    pieces = []
    for byte in bs:
        pieces.append(chr(byte) if byte in kept else '%%%02X' % byte)
    return ''.join(pieces)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes everything but letters, digits, '_.-~' and safe (UTF-8 bytes)."""
    if not isinstance(string, str):
        # Bytes are escaped as they are: there is nothing to encode.
        for option, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % option)
        return quote_from_bytes(string, safe)
    if string == '':
        return string
    raw = string.encode('utf-8' if encoding is None else encoding,
                        'strict' if errors is None else errors)
    return quote_from_bytes(raw, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    blank = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and blank not in string:
        return quote(string, safe, encoding, errors)
    # Keep spaces through quote() so they can become '+' afterwards.
    with_space = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, with_space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """The bytes that %xx escapes stand for; a '%' not followed by two hex digits
    stays as it is."""
    if not string:
        string.split  # a TypeError for None, as CPython's
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else bytes(string)
    out = bytearray()
    start = 0
    while True:
        mark = raw.find(b'%', start)
        if mark < 0:
            out += raw[start:]
            return bytes(out)
        out += raw[start:mark]
        pair = raw[mark + 1:mark + 3]
        if len(pair) == 2 and pair[0] in _HEX_DIGITS and pair[1] in _HEX_DIGITS:
            out.append(int(pair, 16))
            start = mark + 3
        else:
            out.append(ord('%'))
            start = mark + 1


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %xx escapes: each run of escaped bytes is decoded together (UTF-8)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    pieces = []
    position, end = 0, len(string)
    while position < end:
        mark = string.find('%', position)
        if mark < 0:
            pieces.append(string[position:])
            break
        pieces.append(string[position:mark])
        # Escapes may spell one multi-byte character, so the whole ASCII run from the
        # '%' on is turned into bytes and decoded together.
        run_end = mark
        while run_end < end and string[run_end] < '\x80':
            run_end += 1
        pieces.append(unquote_to_bytes(string[mark:run_end]).decode(encoding, errors))
        position = run_end
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


# ---- query strings ------------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """The name=value pairs of a query string, in order."""
    if not isinstance(separator, (str, bytes)) or not separator:
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    fields = qs.split(separator)
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')

    def decoded(text):
        return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decoded(name), decoded(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values."""
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


def _query_pairs(query):
    """The (name, value) pairs of urlencode()'s argument: a mapping's items, or a
    sequence whose items are tuples."""
    items = getattr(query, "items", None)
    if items is not None:
        return items()
    try:
        looks_wrong = len(query) > 0 and not isinstance(query[0], tuple)
    except TypeError as err:
        raise TypeError("not a valid non-string sequence or mapping object") from err
    if looks_wrong:
        raise TypeError("not a valid non-string sequence or mapping object") from TypeError()
    return query


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as "a=1&b=x+y"; with doseq, a sequence value
    gives one pair per item."""

    def escaped(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    def values_of(value):
        # With doseq a sized non-string value stands for each of its items.
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                return (value,)
            return value
        return (value,)

    fields = []
    for name, value in _query_pairs(query):
        # The name is escaped first, even for an empty sequence of values.
        key = escaped(name) + '='
        fields.extend(key + escaped(item) for item in values_of(value))
    return '&'.join(fields)
