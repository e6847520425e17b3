"""json.encoder: the encoding half of json under the name CPython gives it.

The encoder lives in json itself; this module is where programs that write
`from json.encoder import JSONEncoder` find it.
"""

from . import JSONEncoder, _quote

__all__ = ["JSONEncoder"]


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return _quote(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal with only ASCII characters (\\uXXXX escapes)."""
    return _quote(s, True)
