import re

bad = [r"(abc", r"abc)", r"[a-", r"*a", r"a{2,1}", r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"\1(a)", r"a**", r"(?<=a+)b", r"[z-a]", r"\p", "(?z)"]
for p in bad:
    try:
        re.compile(p)
        print("compiled", p)
    except re.error as e:
        print(f"{p!r}: {e} | msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno}")
print(re.error is re.PatternError if hasattr(re, "PatternError") else "no PatternError")
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"^\w+", "one\ntwo\nthree", flags=re.MULTILINE))
print(re.findall(r".+", "a\nb", re.DOTALL), re.findall(r"a.c", "a\nc abc"))
print(re.match(r"""(?x) \d+  # digits
                   \s* - \s* \d+""", "12 - 34"))
print(re.findall(r"\w+", "café naïve", re.ASCII), re.findall(r"\w+", "café naïve"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"))
print(re.sub("a", "b", "aaa", 2), re.sub("", "-", "abc"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
try:
    re.sub(r"a", r"\g<x>", "a")
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
print(m.expand(r"\g<last>, \g<first>"), m.groupdict(), m.span(), m.regs)
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.compile(r"o").search("foo bar boo", 3), re.compile(r"o").findall("foo bar boo", 3, 9))
print(re.match(r"(\d+)(?=px)", "12px"), re.match(r"(?!no)\w+", "yes"), re.search(r"(?<=\$)\d+", "cost $45"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"a|(b)", "ab"))
print(re.split(r"\b", "hi there"), re.sub(r"\s+", " ", "  many   spaces here "))
print([m.group() for m in re.finditer(r"\d*", "a12b")])
print(re.purge())
try:
    re.compile(123)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)
