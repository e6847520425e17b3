import re
pat = re.compile(r"""
    (?P<user>[\w.]+)     # user name
    @
    (?P<host>[\w-]+(?:\.[\w-]+)+)   # host
""", re.VERBOSE)
for addr in ["john.doe@mail.example.com", "bad@", "x@y.z"]:
    m = pat.fullmatch(addr)
    print(addr, "->", m.groupdict() if m else None)
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!\$)\b\d+\b", "$5 and 7"), re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
m = re.match(r"(a)?(b)", "b")
print(m.groups(), m.groups("-"), m.group(1), m.lastindex, m.lastgroup, m.expand(r"[\2]"))
print(re.sub(r"a", "b", "aaaa", count=2), re.split(r"\s*", "ab c"), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r".", "a\nb", re.S))
print(re.search(r"colou?r", "The COLOR red", re.I).group(), bool(re.search(r"^$", "")), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.compile(r"(\w+) (\w+)").sub(lambda m: f"{m[2]} {m[1]}", "hello world foo bar"), re.findall(r"[^\W\d_]+", "ab1_cd é"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
print(re.match(r"(?P<n>x)(?P=n)", "xx").group(), re.fullmatch(r"a{2,}", "aaa") is not None, re.findall(r"\bcat\b", "cat concat cat."))
print(re.escape("1+1=2?"), re.purge() is None, [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.split(r"(?:,|;)", "a,b;c"), re.sub(r"(?P<d>\d)", r"<\g<d>\g<0>>", "a1"))
