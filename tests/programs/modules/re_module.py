import re
text = "Contact: alice@example.com, bob@test.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group(0), m.group("user"), m["host"], m.span(), m.groupdict())
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@", r"<\1>@", "x@y"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.fullmatch(r"\d+", "123") is not None, re.match(r"b", "abc"))
pattern = re.compile(r"^(\w+)\s+(\d+)$", re.MULTILINE)
print(pattern.findall("apples 3\npears 10\nbad line x"))
print([m.group(1) for m in re.finditer(r"<(\w+)>", "<a><bb><c>")])
