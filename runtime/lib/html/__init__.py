"""escape(s) makes text safe inside HTML (& < > and, by default, both quotes);
unescape(s) turns character references back into characters: numeric ones as a
browser reads them (Windows-1252 for 0x80-0x9f, U+FFFD for invalid values) and the
named ones of html.entities.html5 (see there for which names Taskscope ships)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")  # first, so the other replacements stay intact
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references that HTML5 reads as another character: the C1 range as
# Windows-1252 (where that code page defines the byte), NUL and CR.
_REPLACED_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
    0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _is_dropped_codepoint(n):
    # Control characters and noncharacters: a reference to one disappears.
    return (0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f
            or 0xfdd0 <= n <= 0xfdef or (n & 0xfffe) == 0xfffe)


def _replace_charref(match):
    s = match.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _REPLACED_CHARREFS:
            return _REPLACED_CHARREFS[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _is_dropped_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest known name at the start of s, the rest kept as text ('&notit;').
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
