"""json.decoder: the decoding half of json under the name CPython gives it.

The decoder lives in json itself; this module is where programs that write
`from json.decoder import JSONDecodeError` find it.
"""

from . import JSONDecodeError, JSONDecoder, _Parser

__all__ = ["JSONDecoder", "JSONDecodeError"]


def scanstring(s, end, strict=True):
    """Decodes the JSON string whose opening quote is just before s[end]:
    returns the text and the index after its closing quote."""
    return _Parser(s, None, None, None, None, None, strict).string(end)
