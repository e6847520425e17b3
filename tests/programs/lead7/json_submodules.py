import json
from json.decoder import JSONDecodeError, scanstring
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii
import json.decoder as d
print(JSONDecodeError is json.JSONDecodeError, d.JSONDecoder is json.JSONDecoder)
print(json.JSONDecodeError, json.JSONEncoder, json.JSONDecoder)
print(scanstring('"ab\\nc" x', 1))
print(encode_basestring("é\n"), encode_basestring_ascii("é\n"))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(type(e).__module__, repr(e), e.lineno, e.colno)
class E(json.JSONEncoder):
    def default(self, o): return sorted(o)
print(json.dumps({1, 2}, cls=E))
try:
    json.loads("[1, 2")
except json.decoder.JSONDecodeError as e:
    print(f"{type(e).__module__}.{type(e).__qualname__}: {e}")
import asyncio
async def fetch(doc):
    await asyncio.sleep(0.1)
    return json.loads(doc)
async def main():
    results = await asyncio.gather(fetch('{"ok": true}'), fetch("{bad"), return_exceptions=True)
    for r in results:
        print(repr(r))
asyncio.run(main())
