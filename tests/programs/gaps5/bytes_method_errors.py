# The errors bytes and bytearray methods raise, with CPython's words.
cases = [
    "b'abc'.center()", "b'abc'.center(1, 2, 3)", "b'abc'.center(width=3)",
    "b'abc'.center(7, '*')", "b'abc'.center(7, b'**')", "b'abc'.center(7, None)",
    "b'abc'.center(1.5)", "b'abc'.center(2**70)", "bytearray(b'a').ljust(3, [1])",
    "b'abc'.zfill()", "bytearray(b'abc').zfill(1, 2)", "b'abc'.zfill('a')",
    "b'abc'.expandtabs(1, 2)", "b'abc'.expandtabs(tabsize='a')", "b'abc'.expandtabs(x=1)",
    "b'abc'.expandtabs(2**40)",
    "b'abc'.partition()", "b'abc'.partition(None)", "b'abc'.partition(b'')",
    "bytearray(b'abc').rpartition(61)", "b'abc'.rpartition('=')",
    "b'abc'.splitlines(1, 2)", "b'abc'.splitlines(keepends=None)", "b'abc'.splitlines(x=1)",
    "b'abc'.title(1)", "bytearray(b'abc').capitalize(1)", "b'abc'.swapcase(x=1)",
    "b'abc'.istitle(1)", "bytearray(b'').isascii(1)", "b'abc'.upper(1)",
    "b'abc'.rsplit(1)", "b'abc'.rsplit(b'a', 'x')", "b'abc'.rsplit(b'')",
    "b'abc'.split(maxsplit=2**70)", "b'abc'.split(None, 1.5)",
    "b'abc'.removeprefix()", "b'abc'.removeprefix('a')", "bytearray(b'a').removesuffix(b'a', b'b')",
    "b'abc'.rindex()", "b'abc'.rindex(256)", "b'abc'.rindex(-1)", "b'abc'.rindex('a')",
    "b'abc'.rindex(b'x')", "b'abc'.index(b'a', 'x')", "b'abc'.find(b'a', 1, 2, 3)",
    "b'abc'.count(x=1)", "b'abc'.find(1.5)",
    "b'abc'.startswith()", "b'abc'.startswith('a')", "b'abc'.startswith((b'a', 'b'))",
    "b'abc'.endswith(b'a', 'x')", "b'abc'.startswith([97])",
    "b'abc'.replace(b'a')", "b'abc'.replace('a', b'b')", "b'abc'.replace(b'a', b'b', count=1)",
    "b'abc'.replace(b'a', b'b', 'x')",
    "b'abc'.strip('a')", "b'abc'.lstrip(b'a', b'b')", "b'abc'.strip(chars=b'a')",
    "b'abc'.join(1)", "b'-'.join([b'a', 'b'])", "b'-'.join(b'ab')", "b'abc'.join()",
    "b'abc'.decode(1)", "b'abc'.decode('ascii', 1)", "b'abc'.decode(None)",
    "b''.decode('no-such-codec')", "b'x'.decode('no-such-codec')",
    "b'abc'.translate(b'x')", "b'abc'.translate(None, 'x')",
    "bytes.maketrans(b'a')", "bytes.maketrans(b'a', b'bc')", "bytes.maketrans(b'a', b'b', x=1)",
    "bytes.fromhex()", "bytearray.fromhex(1)",
    "bytearray().extend(1)", "bytearray().extend('ab')", "bytearray().extend([300])",
    "bytearray().append(300)", "bytearray().append('a')", "bytearray().append()",
    "bytearray().insert(0)", "bytearray().pop(1, 2)", "bytearray().pop(x=1)", "bytearray().pop()",
    "bytearray(b'a').pop(5)", "bytearray().remove(1)", "bytearray().clear(1)",
    "bytearray().copy(1)", "bytearray().reverse(1)", "bytearray().__alloc__(1)",
    "b'abc'.__bytes__(1)", "bytearray(b'ab').__imul__(2)",
]
for case in cases:
    try:
        result = eval(case)
    except Exception as e:
        print(f"{case:44} {type(e).__name__}: {e}")
    else:
        print(f"{case:44} -> {result!r}")

b = bytearray(b"ab")
try:
    b *= "x"
except TypeError as e:
    print("b *= 'x'", e)
b *= 2
print(b)
