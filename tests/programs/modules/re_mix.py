import re

text = "Order #123 shipped to alice@example.com on 2024-03-05; order #456 to bob@test.org on 2024-04-11."
print(re.findall(r"#(\d+)", text))
print(re.findall(r"(\w+)@(\w+)\.(\w+)", text))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", text)
print(m.group(0), m.group("year"), m.groups(), m.groupdict(), m.span(), m.start("day"))
print(m)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[;,]\s*", "a, b;c,   d"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", "Hello big World Of Python")])
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(pat.findall("key: value\nother:thing\n bad line"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"), re.match(r"a", "ba"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.escape("a.b*c"))
print(re.findall(r"(a)(b)?", "ab a"), re.sub(r"\s+", " ", "  lots   of \n space "))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(pat, re.compile(r"x", re.I | re.M))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.findall(r"\d{2,3}?", "12345"))
print(re.match(r"(\d+)-(\d+)", "10-20").group(1, 2), re.search(r"x*", "aaa"))
