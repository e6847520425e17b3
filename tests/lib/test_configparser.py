"""configparser against CPython's: reading (strings, dicts, files), lookups with
fallbacks and conversions, both interpolations, the mapping protocol, write() output and
every error class with its message."""
import configparser
import io
import os
import tempfile
import warnings
from compare import load, same, same_output

ts = load("configparser")
warnings.simplefilter("ignore", DeprecationWarning)


def err(thunk):
    try:
        return ("ok", thunk())
    except Exception as e:
        return (type(e).__name__, str(e), getattr(e, "args", None))


def dump(cp, raw=False):
    """Every section and option with its value (or the error getting it raises)."""
    out = [("sections", cp.sections()), ("defaults", dict(cp.defaults()))]
    for name in list(cp):
        out.append((name, [(k, err(lambda: cp.get(name, k, raw=raw))) for k in cp[name]]))
    return out


def both(label, fn):
    same(label, lambda: fn(ts), lambda: fn(configparser))


def read_and_dump(text, cls="ConfigParser", raw=False, **kw):
    def run(mod):
        cp = getattr(mod, cls)(**kw)
        result = err(lambda: cp.read_string(text))
        return result, dump(cp, raw)
    return run


DOCS = [
    "", "[a]\nx = 1\n", "[a]\nx=1\ny : 2\nz:3\nw= 4=5\n", "[Sec]\nKey = Value\nMixed Case = v\n",
    "[a]\nx = line1\n  line2\n\tline3\n", "[a]\nx = one\n\n  two\n\n\ny = 3\n",
    "[a]\nx = 1\n[b]\ny = 2\n[DEFAULT]\nd = 3\n", "[DEFAULT]\nhome = /h\n[p]\npath = %(home)s/bin\n",
    "# comment\n; other\n[a]\n# inner\nx = 1 # not a comment by default\n",
    "[a]\nx = 1\n[a]\ny = 2\n", "[a]\nx = 1\nx = 2\n", "x = 1\n", "  \n[a]\n", "[a]\nnovalue\n",
    "[a]\n= nothing\n", "[a]\nok = 1\nbad line\nalso bad\n[b]\n:\n", "[a] trailing\nx=1\n",
    "[a]b]\nx=1\n", "[]\n", "[]]\nx=1\n", "[ spaced ]\nx = 1\n", "[a]\n  indented = 1\nx = 2\n",
    "[a]\nx = 1\n    y = 2\n", "[a]\nx =\n  cont\n", "[a]\nx = %(y)s\ny = %(z)s\nz = deep\n",
    "[a]\nx = 100%%\ny = %(x)s!\n", "[a]\nx = %(missing)s\n", "[a]\nx = %(y)\ny = 1\n",
    "[a]\nx = %d\n", "[a]\nx = %(x)s\n", "[a]\nx = %(y)s\ny = %(x)s\n", "[a]\nX = %(Y)s\ny = v\n",
    "[a]\nlist = a,\n  b,\n  c\n", "[a]\nx = é ☕\n", "[a]\r\nx = 1\r\ny = 2\r\n", "[a]\nx\t=\t 1 \t\n",
    "[DEFAULT]\nx = 1\n[DEFAULT]\ny = 2\n", "[a]\nb=1\n[A]\nb=2\n", "[a]\n[b]\n[c]\n",
    "[a]\nkey with spaces = value with spaces\nurl = http://x:80/y\n",
]
for i, doc in enumerate(DOCS):
    both(f"doc {i} {doc[:25]!r}", read_and_dump(doc))
    both(f"raw doc {i}", read_and_dump(doc, raw=True))
    both(f"RawConfigParser doc {i}", read_and_dump(doc, "RawConfigParser"))

OPTIONS = [
    {"allow_no_value": True}, {"strict": False}, {"delimiters": ("=",)}, {"delimiters": (":", "->")},
    {"comment_prefixes": ("//",)}, {"inline_comment_prefixes": ("#", ";")}, {"empty_lines_in_values": False},
    {"default_section": "common"}, {"interpolation": None}, {"comment_prefixes": None},
    {"inline_comment_prefixes": ("#",), "comment_prefixes": ("#",)},
]
OPT_DOCS = [
    "[a]\nflag\nx = 1 ; c\ny = 2# no\nz = 3 #yes ;also\n", "[a]\nx = 1\nx = 2\n[a]\ny = 3\n",
    "[a]\nx -> 1\ny: 2\nz = 3\n", "[a]\n// c\nx = 1\n", "[a]\nx = a\n\n  b\n", "[common]\nc = 1\n[a]\nx = %(c)s\n",
    "[a]\nx = ;a #b\n", "[a]\n#x = 1\n;y=2\n", "[a]\nx = a;b #c;d\n", "[a]\nx = 1\n  # c\n  more\n",
    "[a]\nflag\n  cont\n",
]
for kw in OPTIONS:
    for i, doc in enumerate(OPT_DOCS):
        both(f"opts {kw} doc {i}", read_and_dump(doc, **kw))

# Extended interpolation.
EXT = """[DEFAULT]
base = /srv
[paths]
root = ${base}/app
logs = ${root}/logs
cost = $$5
other = ${server:host}:${server:port}
[server]
host = example.org
port = 8080
url = http://${host}:${port}/${paths:logs}
bad = ${nosuch}
bad2 = ${nosec:x}
bad3 = ${a:b:c}
bad4 = $x
bad5 = ${unclosed
loop = ${loop}
"""
both("extended", read_and_dump(EXT, interpolation=configparser.ExtendedInterpolation())
     if False else (lambda mod: read_and_dump(EXT, interpolation=mod.ExtendedInterpolation())(mod)))


def lookups(mod):
    cp = mod.ConfigParser(defaults={"Shared": 7, "on": "yes"})
    cp.read_string("[s]\nint = 42\nfloat = 2.5\nbool = Off\nbad = maybe\nneg = -3\nempty =\n")
    calls = [
        lambda: cp.getint("s", "int"), lambda: cp.getfloat("s", "float"), lambda: cp.getboolean("s", "bool"),
        lambda: cp.getboolean("s", "on"), lambda: cp.getboolean("s", "bad"), lambda: cp.getint("s", "float"),
        lambda: cp.getint("s", "missing", fallback=-1), lambda: cp.getint("nosec", "x", fallback=None),
        lambda: cp.getint("s", "bad", fallback=0), lambda: cp.get("s", "missing"), lambda: cp.get("nosec", "x"),
        lambda: cp.get("s", "missing", fallback="fb"), lambda: cp.get("s", "shared"), lambda: cp.getint("s", "shared"),
        lambda: cp.get("s", "int", vars={"INT": "override"}), lambda: cp.get("s", "x", vars={"x": 5}),
        lambda: cp.get("s", "int", raw=True), lambda: cp.getfloat("s", "neg"), lambda: cp.get("s", "empty"),
        lambda: cp.getboolean("s", "empty"), lambda: cp.get("DEFAULT", "shared"), lambda: cp.get("DEFAULT", "int"),
        lambda: cp.items("s"), lambda: cp.items("s", vars={"int": "v"}), lambda: cp.items("DEFAULT"),
        lambda: cp.items("nosec"), lambda: cp.options("s"), lambda: cp.options("nosec"), lambda: cp.options("DEFAULT"),
        lambda: [cp.has_option("s", o) for o in ("int", "INT", "shared", "nope")],
        lambda: [cp.has_option(s, "shared") for s in ("", None, "DEFAULT", "nosec", "s")],
        lambda: [cp.has_section(s) for s in ("s", "DEFAULT", "S")], lambda: cp.getint("s", "int", bogus=1),
        lambda: cp.get("s", "int", fallback=None, raw=True), lambda: cp.getint("s", "empty"),
        lambda: [(k, v) for k, v in cp.items()][0][0], lambda: cp.defaults(),
    ]
    return [err(c) for c in calls]


both("lookups", lookups)


def editing(mod):
    cp = mod.ConfigParser()
    log = []
    steps = [
        lambda: cp.add_section("a"), lambda: cp.add_section("a"), lambda: cp.add_section("DEFAULT"),
        lambda: cp.add_section(5), lambda: cp.set("a", "x", "1"), lambda: cp.set("a", "y", 2),
        lambda: cp.set("nosec", "x", "1"), lambda: cp.set("a", "p", "100%"), lambda: cp.set("a", "p", "%(x)s ok"),
        lambda: cp.set("a", "p2", "50%% and %(x)s and %(bad"), lambda: cp.set("", "d", "default"),
        lambda: cp.set("DEFAULT", "e", "E"), lambda: cp.set("a", "none", None), lambda: cp.set("a", 3, "v"),
        lambda: cp.remove_option("a", "x"), lambda: cp.remove_option("a", "x"), lambda: cp.remove_option("zz", "x"),
        lambda: cp.remove_option("", "d"), lambda: cp.remove_section("a"), lambda: cp.remove_section("a"),
        lambda: cp.add_section("b"), lambda: cp.set("b", "k", "v"), lambda: cp.items("b"),
        lambda: cp.sections(), lambda: cp.defaults(),
    ]
    for step in steps:
        log.append(err(step))
    return log, dump(cp)


both("editing", editing)


def raw_editing(mod):
    cp = mod.RawConfigParser()
    cp.add_section("a")
    cp.set("a", "n", 5)
    cp.set("a", "p", "100%")
    cp.add_section(7)
    return dump(cp, raw=True), err(lambda: cp.get("a", "n")), cp.sections()


both("raw editing", raw_editing)


def mapping(mod):
    cp = mod.ConfigParser()
    cp.read_string("[DEFAULT]\nd = 1\n[one]\nx = 10\n[two]\ny = %(d)s\n")
    out = [list(cp), len(cp), "one" in cp, "DEFAULT" in cp, "three" in cp, repr(cp["one"]),
           cp["one"]["x"], cp["one"]["d"], cp["two"]["y"], dict(cp["one"]), list(cp["DEFAULT"]),
           len(cp["one"]), cp["one"].name, cp["one"].parser is cp, cp["one"] is cp["one"],
           cp["one"].get("x"), cp["one"].get("nope"), cp["one"].get("nope", "fb"), cp["one"].getint("x"),
           cp["one"].getint("nope"), cp["one"].getint("nope", 3), cp["one"].getboolean("d"),
           "x" in cp["one"], "X" in cp["one"], "nope" in cp["one"]]
    out.append(err(lambda: cp["three"]))
    out.append(err(lambda: cp["one"]["nope"]))
    cp["one"]["z"] = "new"
    out.append(err(lambda: cp["one"].__setitem__("w", 5)))
    del cp["one"]["z"]
    out.append(err(lambda: cp["one"].__delitem__("z")))
    out.append(err(lambda: cp["one"].__delitem__("d")))
    cp["three"] = {"a": 1, "B": None, "c": "x\ny"}
    cp["one"] = {"fresh": "1"}
    cp["two"] = cp["two"]
    out.append(err(lambda: cp.__delitem__("DEFAULT")))
    out.append(err(lambda: cp.__delitem__("nope")))
    del cp["two"]
    cp["DEFAULT"] = {"only": "this"}
    out.append(dump(cp))
    out.append(list(cp["one"].items()))
    out.append(list(cp.keys()))
    out.append(err(lambda: cp.popitem()[0]))
    out.append(cp.sections())
    out.append(err(lambda: (cp.popitem(), cp.popitem())))
    out.append(list(cp["one"].keys()) if "one" in cp else None)
    return out


both("mapping", mapping)


def writing(mod):
    outs = []
    for kw in ({}, {"allow_no_value": True}, {"delimiters": (":", "=")}):
        cp = mod.ConfigParser(**kw)
        cp.read_string("[DEFAULT]\nd = 1\n[a]\nx = 1\nmulti = l1\n  l2\n\n  l3\n[b]\n[c]\nk = %%\n"
                       + ("flag\n" if kw.get("allow_no_value") else ""))
        for spaces in (True, False):
            buf = io.StringIO()
            cp.write(buf, spaces)
            outs.append(buf.getvalue())
    empty = mod.ConfigParser()
    buf = io.StringIO()
    empty.write(buf)
    outs.append(buf.getvalue())
    raw = mod.RawConfigParser()
    raw.add_section("n")
    raw.set("n", "num", 3)
    raw.set("n", "none", None)
    buf = io.StringIO()
    raw.write(buf)
    outs.append(buf.getvalue())
    return outs


both("writing", writing)


def reading_sources(mod):
    out = []
    cp = mod.ConfigParser()
    cp.read_dict({"s": {"Key": 1, "other": None, 3: 4.5}, 7: {}, "DEFAULT": {"d": True}})
    out.append(dump(cp))
    out.append(err(lambda: cp.read_dict({"s": {"a": 1, "A": 2}})))
    out.append(err(lambda: mod.ConfigParser().read_dict({"s": {"a": 1, "A": 2}}, source="src")))
    out.append(err(lambda: mod.ConfigParser(strict=False).read_dict({"s": {"a": 1, "A": 2}})))
    f = io.StringIO("[f]\nx = 1\n")
    f.name = "named.ini"
    cp.read_file(f)
    out.append(err(lambda: cp.read_file(io.StringIO("[f]\n[f]\n"))))
    out.append(err(lambda: cp.read_file(["[g]\n", "y = 2\n", "y = 3\n"])))
    out.append(err(lambda: cp.read_file(["no header\n"], source="list")))
    out.append(err(lambda: cp.read_string("[h]\nbad\n", source="mine")))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "conf.ini")
        with open(path, "w") as fh:
            fh.write("[file]\nk = v\n")
        got = cp.read([path, os.path.join(tmp, "missing.ini")])
        out.append([os.path.basename(p) for p in got])
        import pathlib
        out.append([os.path.basename(p) for p in cp.read(pathlib.Path(path))])
        out.append(cp.read(os.path.join(tmp, "missing.ini")))
    out.append(dump(cp))
    return out


both("reading sources", reading_sources)


def errors(mod):
    make = [
        lambda: mod.NoSectionError("s"), lambda: mod.NoOptionError("o", "s"),
        lambda: mod.DuplicateSectionError("s"), lambda: mod.DuplicateSectionError("s", "f.ini"),
        lambda: mod.DuplicateSectionError("s", "f.ini", 3), lambda: mod.DuplicateSectionError("s", None, 3),
        lambda: mod.DuplicateOptionError("s", "o"), lambda: mod.DuplicateOptionError("s", "o", "f", 12),
        lambda: mod.InterpolationError("o", "s", "msg"), lambda: mod.InterpolationMissingOptionError("o", "s", "raw", "ref"),
        lambda: mod.InterpolationSyntaxError("o", "s", "bad"), lambda: mod.InterpolationDepthError("o", "s", "raw"),
        lambda: mod.ParsingError("src"), lambda: mod.ParsingError(filename="f"), lambda: mod.ParsingError(),
        lambda: mod.ParsingError("a", "b"), lambda: mod.MissingSectionHeaderError("f", 2, "x = 1\n"),
        lambda: mod.Error("plain"), lambda: mod.Error(),
    ]
    out = []
    for m in make:
        try:
            e = m()
        except Exception as x:
            out.append((type(x).__name__, str(x)))
            continue
        out.append((type(e).__name__, str(e), repr(e), e.args, [c.__name__ for c in type(e).__mro__]))
    pe = mod.ParsingError("src")
    pe.append(3, "'bad'")
    pe.append(10, "'worse'")
    out.append((str(pe), pe.errors, pe.source, pe.filename))
    out.append((mod.DEFAULTSECT, mod.MAX_INTERPOLATION_DEPTH, sorted(mod.__all__)))
    out.append(err(lambda: mod.ConfigParser(interpolation=5)))
    out.append(type(mod.SafeConfigParser()).__mro__[1].__name__)
    return out


both("errors", errors)


def interpolation_set(mod):
    out = []
    for kind, values in (("BasicInterpolation", ["a%", "%(x)s", "%%", "%(x)", "a %(x)s %y", "%(", "%%(x)s%"]),
                         ("ExtendedInterpolation", ["a$", "${x}", "$$", "${x", "a ${x} $y", "${}", "$${x}$"])):
        cp = mod.ConfigParser(interpolation=getattr(mod, kind)())
        cp.add_section("s")
        for v in values:
            out.append(err(lambda: cp.set("s", "k", v)))
    return out


both("interpolation set", interpolation_set)


def converters(mod):
    cp = mod.ConfigParser(converters={"list": lambda v: [p.strip() for p in v.split(",")]})
    cp.read_string("[s]\nitems = a, b ,c\n")
    out = [sorted(cp.converters), cp.getlist("s", "items"), cp["s"].getlist("items"),
           cp["s"].getlist("nope", ["d"])]
    cp.converters["upper"] = str.upper
    out.append(cp["s"].getupper("items"))
    cp.add_section("t")
    out.append(hasattr(cp["t"], "getupper"))
    del cp.converters["upper"]
    out.append((hasattr(cp, "getupper"), hasattr(cp["s"], "getupper"), sorted(cp.converters)))
    out.append(err(lambda: cp.converters.__setitem__("", int)))
    out.append(err(lambda: cp.converters.__setitem__(5, int)))
    out.append(err(lambda: cp.converters.__delitem__(None)))
    out.append(err(lambda: cp.converters.__delitem__("nope")))
    out.append(cp.converters["int"])
    return out


both("converters", converters)


def custom(mod):
    cp = mod.ConfigParser()
    cp.optionxform = str
    cp.read_string("[s]\nCamel = 1\ncamel = 2\n")
    out = [dict(cp["s"]), cp.get("s", "Camel")]
    deep = mod.ConfigParser()
    deep.read_string("[s]\n" + "".join(f"k{i} = %(k{i + 1})s\n" for i in range(12)) + "k12 = end\n")
    out.append(err(lambda: deep.get("s", "k0")))
    out.append(err(lambda: deep.get("s", "k3")))
    ext = mod.ConfigParser(interpolation=mod.ExtendedInterpolation())
    ext.read_string("[s]\n" + "".join(f"k{i} = ${{k{i + 1}}}\n" for i in range(12)) + "k12 = end\n")
    out.append(err(lambda: ext.get("s", "k0")))
    out.append(err(lambda: ext.get("s", "k2")))
    nv = mod.ConfigParser(allow_no_value=True)
    nv.read_string("[s]\nflag\nx = %(flag)s\n")
    out.append(err(lambda: nv.get("s", "flag")))
    out.append(err(lambda: nv.items("s")))
    out.append(err(lambda: nv.get("s", "x")))
    legacy = mod.ConfigParser(interpolation=mod.LegacyInterpolation())
    legacy.read_string("[s]\na = %(B)s!\nb = %(c)s\nc = 1\nm = %(zz)s\nloop = %(loop)s\n")
    out.append([err(lambda: legacy.get("s", k)) for k in ("a", "m", "loop")])
    return out


both("custom", custom)

# The same reading and interpolation on our engine.
ENGINE_PROGRAM = f"""import configparser, io
def err(thunk):
    try:
        return thunk()
    except Exception as e:
        return (type(e).__name__, str(e))
for doc in {ascii(DOCS + OPT_DOCS + [EXT])}:
    for kw in ({{}}, {{"allow_no_value": True, "inline_comment_prefixes": ("#",)}},
               {{"interpolation": configparser.ExtendedInterpolation()}}):
        cp = configparser.ConfigParser(**kw)
        print(err(lambda: cp.read_string(doc)), cp.sections())
        for name in cp:
            print(name, [(k, err(lambda: cp.get(name, k))) for k in cp[name]])
        buf = io.StringIO()
        cp.write(buf)
        print(buf.getvalue())
"""
same_output("configparser_engine", ENGINE_PROGRAM)


def bad_construction(mod):
    return [err(lambda: mod.NoSectionError()), err(lambda: mod.NoSectionError("a", "b")),
            err(lambda: mod.DuplicateSectionError("s", lineno=4).args),
            err(lambda: mod.NoOptionError(section="s", option="o").args),
            err(lambda: vars(mod.InterpolationMissingOptionError("o", "s", "r", "x")))]


both("bad construction", bad_construction)
