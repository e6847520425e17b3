import csv
import io
from compare import load, same

ts = load("csv")


def read_all(mod, text, **kw):
    r = mod.reader(io.StringIO(text, newline=""), **kw)
    return [list(r), r.line_num]


def read_lines(mod, lines, **kw):
    return list(mod.reader(lines, **kw))


texts = [
    "a,b,c\r\n1,2,3\r\n", "a,b\n\nc,d\n", 'x,"quoted, comma","say ""hi"""\n',
    '"multi\nline",next\r\nrow2,z\n', "trailing,\n,leading\n,,\n", "no newline at end",
    '"unterminated\nfield', ' a, b ,c\n', 'a,"b"c,d\n', '"a"b\n', "a\rb\n", "a,b\r\rc\n",
    'x\\,y,z\n', '"a\\"b",c\n', "1,2.5,-3,abc\n", "", "\n", "\r\n\r\n", "a;b;c\n",
    'q"uote,middle"\n', '"""",x\n', ',\n', "é,ü,☕\n", "a\tb\tc\n", '"a",  "b"\n',
]
options = [{}, {"delimiter": ";"}, {"skipinitialspace": True}, {"escapechar": "\\"},
           {"quoting": csv.QUOTE_NONE}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"doublequote": False, "escapechar": "\\"}, {"strict": True}, {"dialect": "excel-tab"},
           {"dialect": "unix"}, {"quotechar": "'"}]
for t in texts:
    for kw in options:
        kw2 = {k: getattr(ts, v) if False else v for k, v in kw.items()}
        same(f"read {t!r} {kw}", lambda: read_all(ts, t, **kw2), lambda: read_all(csv, t, **kw))
same("read lines", lambda: read_lines(ts, ["a,b\n", '"c\n', 'd",e\n']),
     lambda: read_lines(csv, ["a,b\n", '"c\n', 'd",e\n']))
same("read bytes", lambda: read_lines(ts, [b"a,b"]), lambda: read_lines(csv, [b"a,b"]))
same("read NUL", lambda: read_lines(ts, ["a\0b"]), lambda: read_lines(csv, ["a\0b"]))
same("read newline in field", lambda: read_lines(ts, ["a\nb,c"]), lambda: read_lines(csv, ["a\nb,c"]))


def write_all(mod, rows, **kw):
    s = io.StringIO()
    w = mod.writer(s, **kw)
    results = [w.writerow(r) for r in rows]
    w.writerows(rows[:2])
    return s.getvalue(), results


rows = [["a", "b,c", 'd"e', "f\ng", "h\ri", ""], [1, 2.5, True, None, -0.0, 10 ** 20],
        [""], [], [None], ["  spaced  ", "tab\there", "é☕"], ["x\\y", "semi;colon"], ("t", "u"),
        [1.0, 1e100, float("inf"), 3 + 4j]]
woptions = [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
            {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"delimiter": ";"},
            {"lineterminator": "\n"}, {"doublequote": False, "escapechar": "\\"},
            {"dialect": "unix"}, {"dialect": "excel-tab"}, {"quotechar": "'"}]
for row in rows:
    for kw in woptions:
        same(f"write {row!r} {kw}", lambda: write_all(ts, [row], **kw),
             lambda: write_all(csv, [row], **kw))
same("write no escapechar", lambda: write_all(ts, [["a,b"]], quoting=csv.QUOTE_NONE),
     lambda: write_all(csv, [["a,b"]], quoting=csv.QUOTE_NONE))
same("write single empty NONE", lambda: write_all(ts, [[""]], quoting=csv.QUOTE_NONE),
     lambda: write_all(csv, [[""]], quoting=csv.QUOTE_NONE))
same("write non-iterable", lambda: write_all(ts, [5]), lambda: write_all(csv, [5]))
same("writer no write", lambda: ts.writer(5), lambda: csv.writer(5))

bad = [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 7}, {"escapechar": "ab"},
       {"lineterminator": 1}, {"bogus": 1}, {"quotechar": None},
       {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"delimiter": ""}]
for kw in bad:
    same(f"bad {kw}", lambda: write_all(ts, [["a"]], **kw), lambda: write_all(csv, [["a"]], **kw))
same("unknown dialect", lambda: ts.get_dialect("nope"), lambda: csv.get_dialect("nope"))
same("dialects", lambda: sorted(ts.list_dialects()), lambda: sorted(csv.list_dialects()))
same("excel attrs", lambda: [getattr(ts.get_dialect("excel"), a) for a in ts._ATTRS],
     lambda: [getattr(csv.get_dialect("excel"), a) for a in ts._ATTRS])


def registry(mod):
    mod.register_dialect("pipes", delimiter="|", quoting=mod.QUOTE_ALL)
    out = write_all(mod, [["a", 1]], dialect="pipes")
    d = mod.get_dialect("pipes")
    mod.unregister_dialect("pipes")

    class Semi(mod.excel):
        delimiter = ";"
    return [out, d.delimiter, d.quoting, write_all(mod, [["a", "b;c"]], dialect=Semi),
            read_all(mod, "a;b\n", dialect=Semi()), "pipes" in mod.list_dialects()]


same("registry", lambda: registry(ts), lambda: registry(csv))


def dicts(mod):
    s = io.StringIO()
    w = mod.DictWriter(s, fieldnames=["name", "age", "city"], restval="?")
    w.writeheader()
    w.writerow({"name": "Ann", "age": 30, "city": "Oslo"})
    w.writerows([{"name": "Bob", "age": 25}, {"name": "Cy, Jr.", "city": "Rome"}])
    text = s.getvalue()
    out = [text]
    r = mod.DictReader(io.StringIO(text))
    out.append(r.fieldnames)
    out.append([dict(row) for row in r])
    out.append(r.line_num)
    r2 = mod.DictReader(io.StringIO("a,b\n1,2,3,4\n\n5\n"), restkey="extra", restval="-")
    out.append(list(r2))
    r3 = mod.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])
    out.append(list(r3))
    out.append(mod.DictReader(io.StringIO("")).fieldnames)
    try:
        mod.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
    except ValueError as e:
        out.append(str(e))
    w2 = mod.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
    out.append(w2.writerow({"a": 1, "b": 2}))
    try:
        mod.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
    except ValueError as e:
        out.append(str(e))
    return out


same("dicts", lambda: dicts(ts), lambda: dicts(csv))


def limit(mod):
    old = mod.field_size_limit(5)
    try:
        return [old, list(mod.reader(["abcdef"]))]
    finally:
        mod.field_size_limit(old)


same("field limit", lambda: limit(ts), lambda: limit(csv))
same("QUOTE values", lambda: (ts.QUOTE_MINIMAL, ts.QUOTE_ALL, ts.QUOTE_NONNUMERIC, ts.QUOTE_NONE),
     lambda: (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE))
