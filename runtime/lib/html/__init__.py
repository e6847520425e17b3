"""escape(s) makes text safe inside HTML (& < > and, by default, both quotes);
unescape(s) turns character references back into characters: numeric ones as a
browser reads them (Windows-1252 for 0x80-0x9f, U+FFFD for invalid values) and the
named ones of html.entities.html5 (see there for which names Taskscope ships)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

# str.translate does every replacement in one pass, so '&' needs no special order.
_ESCAPES_NO_QUOTES = {ord('&'): '&amp;', ord('<'): '&lt;', ord('>'): '&gt;'}
_ESCAPES_ALL = dict(_ESCAPES_NO_QUOTES)
_ESCAPES_ALL.update({ord('"'): '&quot;', ord("'"): '&#x27;'})


def escape(s, quote=True):
    return s.translate(_ESCAPES_ALL if quote else _ESCAPES_NO_QUOTES)


# HTML5 reads the C1 range as Windows-1252: the code page's characters for the bytes
# 0x80..0x9f, in order; a None keeps the byte's own code point (cp1252 leaves it undefined).
_CP1252_HIGH = ('\u20ac', None, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
                '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', None, '\u017d', None,
                None, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
                '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', None, '\u017e', '\u0178')


def _numeric_reference(value):
    """The text a numeric reference &#value; stands for."""
    if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return '\ufffd'
    if value == 0x0D:
        return '\r'
    if 0x80 <= value <= 0x9F:
        return _CP1252_HIGH[value - 0x80] or chr(value)
    # Other controls and the noncharacters vanish.
    if value < 0x20 and value not in (0x09, 0x0A, 0x0C):
        return ''
    if value == 0x7F or 0xFDD0 <= value <= 0xFDEF or value & 0xFFFE == 0xFFFE:
        return ''
    return chr(value)


def _named_reference(name):
    """The text '&' + name stands for: a known name, else its longest known prefix
    followed by the rest as it is ('&notit;' -> '¬it;'), else the text unchanged."""
    found = _html5.get(name)
    if found is not None:
        return found
    for end in range(len(name) - 1, 1, -1):
        found = _html5.get(name[:end])
        if found is not None:
            return found + name[end:]
    return '&' + name


def _expand(match):
    decimal, hexadecimal, name = match.groups()
    if decimal is not None:
        return _numeric_reference(int(decimal))
    if hexadecimal is not None:
        return _numeric_reference(int(hexadecimal, 16))
    return _named_reference(name)


_REFERENCE = _re.compile(r'&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([^\t\n\f <&#;]{1,32};?))')


def unescape(s):
    if '&' not in s:
        return s
    return _REFERENCE.sub(_expand, s)
