"""string (runtime/lib/string.py): Formatter, Template, capwords and the constants,
loaded under CPython against its own string module; the format-string parser fuzzed
against _string.formatter_parser; and a run on our engine against python3."""
import random
import string
import _string
import compare
from compare import load, same

ts = load("string")

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace", "__all__"):
    same(f"string.{name}", lambda: getattr(ts, name), lambda: getattr(string, name))
for args in [(" hello   world ",), ("a-b c", "-"), ("",), ("x\ty\nz",), ("aBc dEF",),
             ("one,two,,three", ","), ("ÉCOLE élan",), ("a  b", " ")]:
    same(f"capwords{args}", lambda: ts.capwords(*args), lambda: string.capwords(*args))

# ---- the parser: fixed cases, then random strings over the characters that matter ------
FIXED = ["", "abc", "a{{b", "}}x", "{0!r:>{w}}", "{", "}", "x{0", "{0!}", "{0!rx}", "{a[}]}",
         "{a{b}", "{0:{1:{2}}}", "{!r}", "{:}", "{a.b[c].d}", "{0", "ab{1!s}cd{}", "{a[0]:x}",
         "{ }", "{0!r", "{0:{}", "{0!}}", "{0!:}", "{!}", "{[}", "{a[b}c]}", "{0:}}", "{{}}",
         "{0}}", "{{0}", "{0:[}", "{0:{a[}]}}", "{!r:}", "{a!r!s}", "{0:{{}}}", "x}}y{{z"]
rng = random.Random(5)
ALPHABET = "{}[]!:.a0r "
FUZZ = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9))) for _ in range(1500)]


def parsed(fn, text):
    return list(fn(text))


for text in FIXED + FUZZ:
    same(f"parse {text!r}", lambda: parsed(ts.Formatter().parse, text),
         lambda: parsed(_string.formatter_parser, text))

FIELDS = ["a.b[0]", "0", "", "a[", "a[]", "a.", "a..b", "a[0]x", "a[x]y", "0.real", "a]b", "[0]",
          ".a", "12a", "99999999999999999999999", "9223372036854775807", "9223372036854775808",
          "a[1][2].c", "x[-1]", "x[ 1]", "x[01]", "a.b.c", "a[.]", "a[[]", "a[0].", "a[0]["]
FIELDS += ["".join(rng.choice("a0.[]x") for _ in range(rng.randint(1, 7))) for _ in range(400)]


def split_ours(name):
    first, rest = ts._split_field_name(name)
    return first, list(rest)


def split_theirs(name):
    first, rest = _string.formatter_field_name_split(name)
    return first, list(rest)


for name in FIELDS:
    same(f"field split {name!r}", lambda: split_ours(name), lambda: split_theirs(name))


# ---- Formatter ----------------------------------------------------------------------------
class Point:
    x, y = 3, -4.5

    def __format__(self, spec):
        return f"P<{spec}>"

    def __repr__(self):
        return "Point()"


DATA = {"p": Point(), "d": {"k": [10, 20], 3: "three"}, "n": 1234.5678, "s": "héllo",
        "w": 10, "lst": list(range(5))}
FORMATS = ["{}", "{0}", "{} {}", "{0} {1} {0}", "{} {1}", "{1} {}", "{p}", "{p:xy}",
           "{p.x}", "{p.y:+.2f}", "{d[k][1]}", "{d[3]}", "{d[k]!r:>12}", "{n:{w}.{2}f}",
           "{n:,}", "{s!a}", "{s!r}", "{s!s:*^11}", "{lst[4]}", "{0[0]}", "{p!r}",
           "{n:{w}}", "{:{}}", "{0:{1}}", "{nope}", "{5}", "{p.z}", "{d[zz]}", "{0!x}",
           "{0:{1:{2}}}", "{0:{1:{2:{3}}}}", "{:d}", "{0.real}", "{s.upper}", "{{{0}}}",
           "{lst[1:2]}", "{d[k]:>{w}}", "{} {p}", "{0:{}}", "{:{0}}", "{0!r:^{w}}",
           "%s {} %d", "{d[k][5]}", "{n:=^+20.3e}", "{:%Y}", "{s:x}", "{!}", "{", "}",
           "{0}{1}{2}{3}", "{w:#x}", "{w:b}{w:o}"]
ARGS = ("first", 7, 3, "deep")


def run_format(mod, fmt, cls=None):
    formatter = (cls or mod.Formatter)()
    return formatter.format(fmt, *ARGS, **DATA)


for fmt in FORMATS:
    same(f"Formatter.format({fmt!r})", lambda: run_format(ts, fmt),
         lambda: run_format(string, fmt))
    same(f"Formatter.vformat({fmt!r})", lambda: ts.Formatter().vformat(fmt, ARGS, DATA),
         lambda: string.Formatter().vformat(fmt, ARGS, DATA))
    # Where CPython's own Formatter agrees with str.format, ours must too.
    if compare.outcome(lambda: run_format(string, fmt)) == \
            compare.outcome(lambda: fmt.format(*ARGS, **DATA)):
        same(f"str.format vs Formatter {fmt!r}", lambda: run_format(ts, fmt),
             lambda: fmt.format(*ARGS, **DATA))


def subclasses(mod):
    log = []

    class Defaulting(mod.Formatter):
        def get_value(self, key, args, kwargs):
            log.append(("get_value", key))
            if isinstance(key, str):
                return kwargs.get(key, f"<{key}?>")
            return super().get_value(key, args, kwargs)

    class Strict(mod.Formatter):
        def check_unused_args(self, used_args, args, kwargs):
            log.append(("check", sorted(map(str, used_args)), len(args), sorted(kwargs)))
            unused = set(kwargs) - used_args
            if unused:
                raise ValueError(f"unused: {sorted(unused)}")

    class Upper(mod.Formatter):
        def format_field(self, value, format_spec):
            log.append(("format_field", value, format_spec))
            return super().format_field(value, format_spec).upper()

        def convert_field(self, value, conversion):
            log.append(("convert", value, conversion))
            if conversion == "u":
                return str(value).upper()
            return super().convert_field(value, conversion)

    class Fields(mod.Formatter):
        def get_field(self, field_name, args, kwargs):
            log.append(("get_field", field_name))
            return field_name[::-1], field_name

    class Parse(mod.Formatter):
        def parse(self, format_string):
            log.append(("parse", format_string))
            return [("<", "0", "", None), (">", None, None, None)]

    out = [Defaulting().format("{a} {b} {0}", "zero", a=1), Strict().format("{x}", x=1)]
    for call in (lambda: Strict().format("{x}", x=1, y=2),
                 lambda: Upper().format("{0!u} {1:x} {0!r} {2!s}", "ab", 255, 1.5),
                 lambda: Upper().format("{0!q}", 1), lambda: Fields().format("{abc} {x.y[0]}"),
                 lambda: Parse().format("ignored", "Z"),
                 lambda: mod.Formatter().format("{} {0}", 1), lambda: mod.Formatter().format("{0} {}", 1),
                 lambda: mod.Formatter().format("{:{}{}}", 1, 2, 3),
                 lambda: mod.Formatter().format("{0:{1:{2:{3:{4}}}}}", 1, 2, 3, 4, 5),
                 lambda: mod.Formatter().format(format_string="{}"),
                 lambda: mod.Formatter().format(),
                 lambda: mod.Formatter().vformat("{a}", (), {"a": 1, "b": 2}),
                 lambda: mod.Formatter().get_field("0.real", (5,), {}),
                 lambda: mod.Formatter().get_field("k[1]", (), {"k": "xy"}),
                 lambda: mod.Formatter().get_value(0, ("a",), {}),
                 lambda: mod.Formatter().get_value("k", (), {"k": 2}),
                 lambda: mod.Formatter().get_value("k", (), {}),
                 lambda: mod.Formatter().convert_field(1, "z"),
                 lambda: mod.Formatter().convert_field("é", "a"),
                 lambda: mod.Formatter().format_field(3.14159, ".2f"),
                 lambda: mod.Formatter().check_unused_args({0}, (1, 2), {}),
                 lambda: list(mod.Formatter().parse("a{0}b{1:x}c")),
                 lambda: mod.Formatter().format("{0[a]}", {"a": 1}),
                 lambda: mod.Formatter().format("{0[ ]}", {" ": 1}),
                 lambda: mod.Formatter().format("{0[-1]}", [1])):
        try:
            out.append(repr(call()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out, log


same("Formatter subclasses", lambda: subclasses(ts), lambda: subclasses(string))


# ---- Template -------------------------------------------------------------------------------
TEMPLATES = ["$who likes $what", "${who}x", "$$ $$$who", "$", "$ $", "${", "${}", "${who",
             "$1", "line\n  $who $", "a\r\nb $ c", "$who$what", "${who}${what}", "$_x ${_y9}",
             "$WHO", "${ who }", "$who.name", "€$who€", "x$", "$$$", "\n\n$", "$é", "$who\n$9"]
MAPS = [{"who": "tim", "what": "ham"}, {"who": 1}, {}, {"who": "a", "what": "b", "WHO": "C",
        "_x": 0, "_y9": [1]}]


def templ(mod, cls_name, text, mapping, method, **kw):
    cls = getattr(mod, cls_name) if isinstance(cls_name, str) else cls_name(mod)
    t = cls(text)
    if method == "ids":
        return t.get_identifiers()
    if method == "valid":
        return t.is_valid()
    return getattr(t, method)(mapping, **kw)


def percent(mod):
    class Percent(mod.Template):
        delimiter = "%"
    return Percent


def underscored(mod):
    class Under(mod.Template):
        idpattern = r"[a-z]+_[a-z]+"
    return Under


def braced_only(mod):
    class Braced(mod.Template):
        braceidpattern = r"[a-z ]+"
    return Braced


def case_sensitive(mod):
    class Case(mod.Template):
        flags = 0
    return Case


def custom_pattern(mod):
    class Custom(mod.Template):
        delimiter = "#"
        pattern = r"""
        \#(?:
          (?P<escaped>\#) |
          (?P<named>[a-z]+) |
          <(?P<braced>[a-z]+)> |
          (?P<invalid>)
        )"""
    return Custom


def multi(mod):
    class Multi(mod.Template):
        delimiter = "<<"
    return Multi


def inherited(mod):
    class Base(mod.Template):
        idpattern = r"[a-z]+"

    class Child(Base):
        delimiter = "@"
    return Child


KINDS = ["Template", percent, underscored, braced_only, case_sensitive, custom_pattern, multi,
         inherited]
for kind in KINDS:
    label = kind if isinstance(kind, str) else kind.__name__
    texts = TEMPLATES
    if label == "percent":
        texts = [t.replace("$", "%") for t in TEMPLATES]
    elif label == "custom_pattern":
        texts = [t.replace("$", "#").replace("{", "<").replace("}", ">") for t in TEMPLATES]
    elif label == "multi":
        texts = [t.replace("$", "<<") for t in TEMPLATES]
    elif label == "inherited":
        texts = [t.replace("$", "@") for t in TEMPLATES] + ["@a_b @ab"]
    elif label in ("underscored", "braced_only"):
        texts = TEMPLATES + ["$ab_cd $ab ${ab_cd}", "${a b} $a_b ${ab}", "$_a_b"]
    for text in texts:
        for mapping in MAPS:
            for method in ("substitute", "safe_substitute"):
                same(f"{label}({text!r}).{method}({mapping})",
                     lambda: templ(ts, kind, text, mapping, method),
                     lambda: templ(string, kind, text, mapping, method))
        for method in ("ids", "valid"):
            same(f"{label}({text!r}).{method}", lambda: templ(ts, kind, text, None, method),
                 lambda: templ(string, kind, text, None, method))


def template_misc(mod):
    T = mod.Template
    out = [T("$a").substitute(a=1), T("$a $b").substitute({"a": 1, "b": 2}, b=3),
           T("$a").safe_substitute({}, a="kw"), T("${a}").substitute(a=None),
           T("$a").template, T.delimiter, T.idpattern, T.braceidpattern,
           T.flags, type(T.pattern).__name__, bool(T.pattern.match("$a")),
           percent(mod).pattern.match("%b").group("named"), T("x").__dict__]
    for call in (lambda: T("$a").substitute({}, {}), lambda: T("$a").substitute(),
                 lambda: T("$a $").substitute(a=1), lambda: T(5).substitute(),
                 lambda: T("$a").substitute(mapping={"a": 1}),
                 lambda: T("$a").substitute(self=1, a=2),
                 lambda: T("$ab").safe_substitute(a=1), lambda: T().substitute()):
        try:
            out.append(repr(call()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


same("Template misc", lambda: template_misc(ts), lambda: template_misc(string))

PROGRAM = r'''
import string
print(sorted(n for n in dir(string) if not n.startswith("_")))
print(string.Template("$x+${y}=$$").substitute(x=1, y=2), string.capwords("ab cd"))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "?") if isinstance(key, str) else args[key]
print(F().format("{a} {b} {0:>4}", 7, a=1))
print(list(string.Formatter().parse("x{0!r:>{w}}y{{")))
print(string.Formatter().vformat("{0.real:+} {k[1]}", (2.5,), {"k": "ab"}))
class P(string.Template):
    delimiter = "%"
print(P("%who and %%").substitute(who="me"), P("%who").get_identifiers(), P("%").is_valid())
class Q(string.Template):
    idpattern = "[a-z]+"
print(Q("$abc $ABC").safe_substitute(abc=1, ABC=2), type(Q.pattern).__name__)
try:
    string.Template("a\n $ b").substitute()
except ValueError as e:
    print(e)
for bad in ("{0!x}", "{", "{} {0}", "{:{}{}}", "{0:{1:{2:{3}}}}"):
    try:
        print(string.Formatter().format(bad, 1, 2, 3, 4))
    except Exception as e:
        print(type(e).__name__, e)
print(string.Template.__module__, string.Formatter.__module__, string.Template.delimiter)
'''
compare.same_output("string_module", PROGRAM)
