"""tomllib against CPython's on valid and invalid TOML documents: the parsed values
(with their types) or the error's type and message, position included."""
import decimal
import io
import tomllib
from compare import load, same

ts = load("tomllib")


def typed(value):
    """The value with every scalar's type spelled out, so 1 and 1.0 and True differ."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, repr(value))


def both(label, text, **kw):
    same(label, lambda: typed(ts.loads(text, **kw)), lambda: typed(tomllib.loads(text, **kw)))


VALID = [
    "", "\n\n", "# only a comment", "a = 1", "a = 1 # trailing", "  a\t=\t'x'  \n",
    'title = "TOML Example"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n',
    "[database]\nenabled = true\nports = [ 8000, 8001, 8002 ]\ndata = [ [\"delta\", \"phi\"], [3.14] ]\ntemp_targets = { cpu = 79.5, case = 72.0 }\n",
    "[servers]\n[servers.alpha]\nip = \"10.0.0.1\"\n[servers.beta]\nip = \"10.0.0.2\"\n",
    "[[products]]\nname = \"Hammer\"\nsku = 738594937\n[[products]]\n[[products]]\nname = \"Nail\"\ncolor = \"gray\"\n",
    "[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\nname = \"red delicious\"\n[[fruits]]\nname = \"banana\"\n[[fruits.varieties]]\nname = \"plantain\"\n",
    "a.b.c = 1\na.d = 2\n", 'site."google.com" = true\n"quoted key" = 1\n\'lit key\' = 2\n',
    "name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = {x=1,y=2}\nanimal = { type.name = \"pug\" }\n",
    "e = {}\narr = []\nnested = [[], [[]], {}]\n",
    "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = 1_2_3_4_5\n",
    "hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110\n",
    "flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34\nflt8 = 224_617.445_991_228\nz = -0.0\nw = +0.0\n",
    "sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan\n",
    "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\nodt5 = 1979-05-27t07:32:00z\nodt6 = 2000-01-01T00:00:00+00:00\n",
    "ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nldt3 = 1979-05-27T00:32:00.1234567899\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999\nlt3 = 23:59:59.5\n",
    "leap = 2024-02-29\n",
    'str = "I\'m a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF."\nu8 = "\\U0001F600"\nb = "\\b\\f\\r\\\\"\n',
    'str1 = """\nRoses are red\nViolets are blue"""\n',
    'str2 = """\nThe quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog."""\nstr3 = """\\\n       The quick brown \\\n       fox jumps over \\\n       the lazy dog.\\\n       """\n',
    'str4 = """Here are two quotation marks: "". Simple enough."""\nstr5 = """Here are three quotation marks: ""\\"."""\nstr7 = """"This," she said, "is just a pointless statement.""""\n',
    "winpath  = 'C:\\Users\\nodejs\\templates'\nquoted   = 'Tom \"Dubs\" Preston-Werner'\nregex    = '<\\i\\c*\\s*>'\n",
    "regex2 = '''I [dw]on't need \\d{2} apples'''\nlines  = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\nquot15 = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\napos15 = \"Here are fifteen apostrophes: '''''''''''''''\"\nstr = ''''That,' she said, 'is still pointless.''''\n",
    "a = 1\r\nb = 'x'\r\n[t]\r\nc = \"\"\"l1\r\nl2\"\"\"\r\n",
    "arr = [\n  1,\n  2, # comment\n  # another\n  3,\n]\nmixed = [1, 'a', 2.0, true, {x = 1}, [2]]\n",
    "[a.b.c]\nx = 1\n[a]\ny = 2\n", "[ a . b ]\nk=1\n[ 'q' . \"r\" ]\nk=2\n",
    "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
    "1234 = 'numeric key'\n3.14159 = 'pi'\n- = 1\n_ = 2\n-0_a = 3\n",
    "a = true\nb = false\n", "key = \"value\"\t# comment with \t tab\n",
    "[[a]]\n[a.b]\nx=1\n[[a]]\n[a.b]\nx=2\n", "t = 1979-05-27T07:32:00.12Z\n",
    "a = \"\"\"\\\n\"\"\"", 'k = """a\\  \n  b"""', "x = { a = [1, 2], b = { c = 3 } }\n",
    "x = 0x_1\n" if False else "x = 0o7\n", "x.y = 1\n[z]\nx.y.w = 2\n",
    "a = [ { b = 1 }, { b = 2 } ]\n", "é = 1\n" if False else "\"é\" = 1\n",
]
for i, doc in enumerate(VALID):
    both(f"valid {i} {doc[:30]!r}", doc)

INVALID = [
    "a", "a =", "a = ", "= 1", "a = 1 b = 2", "a = 1\na = 2", "[a]\n[a]", "[a]\nb = 1\n[a]",
    "a = {}\n[a]", "a = [1]\n[[a]]", "a = 1\n[a]", "a = 1\n[a.b]", "[a\nx=1", "[[a]\n",
    "[[a]]\n[a]", "a.b = 1\n[a]", "[a.b]\n[a]\nb = 2", "x = [1 2]", "x = [1,", "x = [",
    "x = {a = 1", "x = {a = 1,}", "x = {a = 1, a = 2}", "x = {a = 1, a.b = 2}",
    "x = {a = {c=1}, a.b = 2}", "x = {a = [1], a.b = 2}", "x = {\na = 1}", "x = {a = 1\n}",
    "x = 'abc", "x = 'ab\nc'", "x = \"abc", "x = \"ab\nc\"", 'x = """abc', "x = '''abc",
    'x = "\\q"', 'x = "\\u12"', 'x = "\\uD800"', 'x = "\\U00110000"', 'x = "\\', 'x = "a\\',
    'x = """a\\  b"""', "x = \"a\x01\"", "x = 'a\x7f'", "x = '''\x00'''", "# bad \x00 comment",
    "x = 1 # \x08", "x = 01", "x = 1__0", "x = 1_", "x = _1", "x = 0x", "x = 0xG", "x = 1.",
    "x = .5", "x = 1e", "x = 1.5e+", "x = +0x10", "x = 0b2", "x = 1.2.3", "x = --1",
    "x = 1979-02-30", "x = 1979-13-01", "x = 1979-05-27T25:00:00", "x = 1979-05-27T", "x = 07:32",
    "x = 07:32:00Z", "x = 1979-05-27T07:32:00+25:00", "x = 2023-02-29T10:00:00Z", "x = 24:00:00",
    "x = 1979-05-27T07:32:00.Z", "x = truex", "x = True", "x = nul", "x = infinity", "x = Nan",
    "[]", "[[]]", "[ [a] ]", "[a]]", "[a] x", "[a.]", "[.a]", "a.=1", "a..b=1", "a b = 1",
    " \r\n ", "a = 1\rb = 2", "\"a\nb\" = 1", "'' = 1\n'' = 2", "x = [1]\nx.y = 2",
    "[a]\nb.c = 1\n[a.b]", "[a]\nb.c = 1\n[a.b.c]", "a = {b = 1}\na.c = 2", "!", "a = 1\n\n  %",
    "[[a.b]]\n[a]\n[a.b]", "x = [1,,2]", "x = [,]", 'x = "a" "b"', "x = 'a''", "x = '''a''''''",
    'x = """a""""""', "[a]\n[[a]]", "[[a]]\nb = 1\n[a.b]\n[[a]]\n[a.b]\nc = 1\na = 2",
    "x = {a.b = 1, a = 2}", "x = { a = 1 } y = 2", "x = 9999-12-31T23:59:60Z",
]
for i, doc in enumerate(INVALID):
    both(f"invalid {i} {doc[:30]!r}", doc)

# parse_float: strings handed over as written, results kept, dicts and lists refused.
for doc in ("a = 1.5\nb = [2.5e3, -0.0]\nc = {d = 1_0.5}", "x = inf\ny = -nan", "n = 3"):
    both(f"parse_float Decimal {doc!r}", doc, parse_float=decimal.Decimal)
    both(f"parse_float str {doc!r}", doc, parse_float=str)
both("parse_float list", "x = 1.0", parse_float=lambda s: [s])
both("parse_float dict", "x = 1.0", parse_float=lambda s: {})
both("parse_float raises", "x = 1.0", parse_float=lambda s: int(s))
both("parse_float tuple", "x = 1.0", parse_float=lambda s: (s,))

same("load binary", lambda: typed(ts.load(io.BytesIO(b"a = 1\n[t]\nb = 'x'\n"))),
     lambda: typed(tomllib.load(io.BytesIO(b"a = 1\n[t]\nb = 'x'\n"))))
same("load text file", lambda: ts.load(io.StringIO("a = 1")), lambda: tomllib.load(io.StringIO("a = 1")))
same("load parse_float", lambda: ts.load(io.BytesIO(b"a = 1.5"), parse_float=str),
     lambda: tomllib.load(io.BytesIO(b"a = 1.5"), parse_float=str))
same("load bad utf-8", lambda: ts.load(io.BytesIO(b"a = '\xff'")),
     lambda: tomllib.load(io.BytesIO(b"a = '\xff'")))
same("loads bytes", lambda: ts.loads(b"a = 1"), lambda: tomllib.loads(b"a = 1"))
same("loads None", lambda: ts.loads(None), lambda: tomllib.loads(None))
same("error class", lambda: (issubclass(ts.TOMLDecodeError, ValueError), ts.TOMLDecodeError.__name__,
                             ts.__all__),
     lambda: (issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__name__,
              tomllib.__all__))
same("tz identity", lambda: ts.loads("a = 1979-05-27T07:32:00+05:30")["a"].utcoffset(),
     lambda: tomllib.loads("a = 1979-05-27T07:32:00+05:30")["a"].utcoffset())
same("keyword only", lambda: ts.loads("a = 1", float), lambda: tomllib.loads("a = 1", float))

# The same documents on our engine (our tomllib, datetime and str run by our interpreter).
ENGINE_PROGRAM = f"""import tomllib, decimal
def typed(value):
    if isinstance(value, dict):
        return {{k: typed(v) for k, v in value.items()}}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, repr(value))
for doc in {ascii(VALID + INVALID)}:
    try:
        print(typed(tomllib.loads(doc)))
    except Exception as e:
        print(type(e).__name__, e)
print(typed(tomllib.loads("a = 1.5\\nb = [2.5e3]", parse_float=decimal.Decimal)))
"""
from compare import same_output  # noqa: E402
same_output("tomllib_engine", ENGINE_PROGRAM)
