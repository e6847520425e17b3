import json

docs = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '',
    '   ',
    'nul',
    '{"a": 1} x',
    '"abc',
    '[1, 2, 3]]',
    '{1: 2}',
    '"\\x"',
    '01',
    '[-]',
    '{"a": "line\nbreak"}',
    'NaN',
    '[Infinity, -Infinity]',
    '"\\ud83d\\ude00"',
    '1e400',
    '-0',
    '{"a":1, "a":2}',
]
for d in docs:
    try:
        v = json.loads(d)
        print("ok", repr(v))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
        print("  msg=%r pos=%d lineno=%d colno=%d" % (e.msg, e.pos, e.lineno, e.colno))
        print("  isinstance ValueError:", isinstance(e, ValueError), e.args)

multi = '{\n  "name": "x",\n  "vals": [1, 2,, 3]\n}'
try:
    json.loads(multi)
except ValueError as e:
    print(type(e).__name__, e, e.lineno, e.colno, e.pos)

try:
    json.loads(b'{"a": \xff}')
except Exception as e:
    print(type(e).__name__, e)
print(json.loads(b'{"a": [1, 2]}'))
try:
    json.loads(12)
except TypeError as e:
    print("TypeError:", e)
