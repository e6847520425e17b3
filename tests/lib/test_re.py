import re
from compare import load, same

ours = load("re")

cases = [
    (r"abc", ["abc", "xabcx", "ab", ""]),
    (r"a.c", ["abc", "a\nc", "ac"]),
    (r"^\d+$", ["123", "12a", "", "٣٤"]),
    (r"\w+@\w+\.com", ["mail bob@example.com now", "x@y.org"]),
    (r"(\d+)-(\d+)", ["10-20 and 30-40", "1-", "x"]),
    (r"(?P<key>\w+)=(?P<value>[^;]*);?", ["a=1;b=2;c=", "nothing"]),
    (r"colou?r", ["color colour colouur"]),
    (r"a*", ["", "aaa", "baaac", "abxd"]),
    (r"a+?", ["aaa"]), (r"a*?b", ["aaab"]), (r"a{2,3}", ["aaaa aa a"]),
    (r"a{2}", ["aaaaa"]), (r"a{,2}b", ["aaab"]), (r"x{2,}", ["xxxxx x"]),
    (r"(a|b)*c", ["abbac", "c", "abab"]), (r"(a|ab)(c|bcd)(d*)", ["abcd"]),
    (r"[A-Za-z_][A-Za-z0-9_]*", ["hello_world 9lives _x"]),
    (r"[^aeiou\s]+", ["hello world"]), (r"[\d.]+", ["3.14 and 2.71"]),
    (r"[-a-c]", ["-b"]), (r"[]a]", ["]"]), (r"[a\-z]", ["-"]),
    (r"\bcat\b", ["cat concat cat's bobcat"]), (r"\Bcat", ["concat cat"]),
    (r"(?i)hello", ["HeLLo world"]), (r"(?m)^\w+", ["one\ntwo\nthree"]),
    (r"(?s)a.b", ["a\nb"]), (r"^$", ["", "\n", "a\n"]), (r"a$", ["a\n", "a\nb", "ba"]),
    (r"(?m)a$", ["a\nb\na"]), (r"\Aabc\Z", ["abc", "abc\n"]),
    (r"(\w)\1", ["hello bookkeeper"]), (r"(?P<q>['\"]).*?(?P=q)", ["say 'hi' and \"yo\""]),
    (r"foo(?=bar)", ["foobar foobaz"]), (r"foo(?!bar)", ["foobar foobaz"]),
    (r"(?<=\$)\d+", ["cost $42 or 17"]), (r"(?<!\$)\b\d+", ["cost $42 or 17"]),
    (r"(?:ab)+", ["ababab abx"]), (r"(ab)+", ["ababab"]), (r"(a)|(b)", ["b", "a"]),
    (r"((a)b)", ["ab"]), (r"(a)(b?)", ["a"]), (r"(a*)*", ["aa", "b"]), (r"(a|)*", ["aa"]),
    (r"(a*)+", ["aab"]), (r"(?:a|b|)+c", ["ababc"]),
    (r"\s+", ["a  b\t\nc"]), (r"\S+", [" ab cd "]), (r"\D+", ["ab12cd"]), (r"\W", ["a b!"]),
    (r"[\w.-]+@[\w-]+(\.[\w-]+)+", ["contact: john.doe@mail.example.co.uk;"]),
    (r"(\d{4})-(\d{2})-(\d{2})", ["on 2024-01-15 and 2023-12-31"]),
    (r"x*", ["axxb"]), (r"", ["abc"]), (r"\.", ["a.b.c"]), (r"a|b|c", ["xcba"]),
    (r"(?x) \d+  # digits\n [a-z]", ["12b 3c"]), (r"[\u00e9]", ["caf\u00e9"]),
    (r"\x41\u0042\103", ["ABC"]), (r"\t\n", ["a\t\nb"]), (r"a(?#comment)b", ["ab"]),
    (r"(?i)[a-c]+", ["ABCabcD"]), (r"(?i)straße", ["STRASSE straße"]),
    (r"(a)(?:b)(c)?", ["ab", "abc"]), (r"^(\w+)\s(\w+)$", ["hello world"]),
    (r"(<[^>]+>)", ["<a><b>text</b></a>"]), (r"<.*>", ["<a><b>"]), (r"<.*?>", ["<a><b>"]),
    (r"a++b", ["aaab", "aaa"]), (r"(?>a|ab)c", ["abc", "ac"]), (r"\d*+5", ["1235"]),
    (r"(?i)(?P<word>the)\s+(?P=word)", ["The the THE the"]),
]
for pattern, subjects in cases:
    for subject in subjects:
        for op in ("match", "search", "fullmatch"):
            def run(mod, op=op):
                m = getattr(mod, op)(pattern, subject)
                if m is None:
                    return None
                return (m.group(), m.groups(), m.span(), m.groupdict(), m.lastindex,
                        m.lastgroup, [m.span(i) for i in range(len(m.groups()) + 1)])
            same(f"{op} {pattern!r} {subject!r}", lambda: run(ours), lambda: run(re))
        same(f"findall {pattern!r} {subject!r}", lambda: ours.findall(pattern, subject),
             lambda: re.findall(pattern, subject))
        same(f"finditer {pattern!r} {subject!r}",
             lambda: [m.span() for m in ours.finditer(pattern, subject)],
             lambda: [m.span() for m in re.finditer(pattern, subject)])
        same(f"sub {pattern!r} {subject!r}", lambda: ours.sub(pattern, "<\\g<0>>", subject),
             lambda: re.sub(pattern, "<\\g<0>>", subject))
        same(f"split {pattern!r} {subject!r}", lambda: ours.split(pattern, subject),
             lambda: re.split(pattern, subject))
        same(f"subn {pattern!r} {subject!r}", lambda: ours.subn(pattern, lambda m: m.group().upper(),
                                                                subject, 2),
             lambda: re.subn(pattern, lambda m: m.group().upper(), subject, 2))

same("sub groups", lambda: ours.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"),
     lambda: re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
same("sub named", lambda: ours.sub(r"(?P<a>\d)", r"[\g<a>\g<1>]\n", "a1b2"),
     lambda: re.sub(r"(?P<a>\d)", r"[\g<a>\g<1>]\n", "a1b2"))
same("split max", lambda: ours.split(r",\s*", "a, b,c,   d", maxsplit=2),
     lambda: re.split(r",\s*", "a, b,c,   d", maxsplit=2))
same("split groups", lambda: ours.split(r"(-)|(\+)", "1-2+3"),
     lambda: re.split(r"(-)|(\+)", "1-2+3"))
same("escape", lambda: ours.escape("a.b*c? (d) [e] {f} $^ \\ / - # &~ \t x_y"),
     lambda: re.escape("a.b*c? (d) [e] {f} $^ \\ / - # &~ \t x_y"))
same("match repr", lambda: repr(ours.search(r"\d+", "ab123c")),
     lambda: repr(re.search(r"\d+", "ab123c")))
same("pattern repr", lambda: (repr(ours.compile(r"a\d", ours.I | ours.M)), repr(ours.compile("x"))),
     lambda: (repr(re.compile(r"a\d", re.I | re.M)), repr(re.compile("x"))))
same("compile attrs", lambda: (ours.compile(r"(?P<x>a)(b)").groups,
                               ours.compile(r"(?P<x>a)(b)").groupindex),
     lambda: (re.compile(r"(?P<x>a)(b)").groups, dict(re.compile(r"(?P<x>a)(b)").groupindex)))
m_args = ("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe")
same("match api", lambda: (lambda m: (m[0], m["last"], m.group(1, 2), m.start(2), m.end("first"),
                                      m.expand(r"\2, \1"), m.regs, m.string, m.pos,
                                      m.endpos))(ours.match(*m_args)),
     lambda: (lambda m: (m[0], m["last"], m.group(1, 2), m.start(2), m.end("first"),
                         m.expand(r"\2, \1"), m.regs, m.string, m.pos,
                         m.endpos))(re.match(*m_args)))
same("pos endpos", lambda: ours.compile(r"\d+").search("a12b345", 3, 6).span(),
     lambda: re.compile(r"\d+").search("a12b345", 3, 6).span())
same("no such group", lambda: ours.match("a", "a").group(2), lambda: re.match("a", "a").group(2))
same("type error", lambda: ours.match("a", 5), lambda: re.match("a", 5))
for bad in ["(", ")", "a)", "[a", "*a", "a**", "a{2,1}", "\\", "(?P<1>a)", "(?P=x)", "\\q",
            "(?<=a+)b", "[z-a]", "\\2(a)", "(?Q)", "a{1,2}{3}", "(?P<n>a)(?P<n>b)", "x++"]:
    same(f"error {bad!r}", lambda: ours.compile(bad), lambda: re.compile(bad))
same("template error", lambda: ours.sub("a", r"\3", "a"), lambda: re.sub("a", r"\3", "a"))
same("long subject", lambda: len(ours.findall(r"a+b?", "a" * 5000 + "b")),
     lambda: len(re.findall(r"a+b?", "a" * 5000 + "b")))
same("long dot", lambda: ours.match(r".*x", "y" * 3000 + "x").end(),
     lambda: re.match(r".*x", "y" * 3000 + "x").end())
