import asyncio, re
TOKEN_SPEC = [("NUMBER", r"\d+(\.\d*)?"), ("ASSIGN", r":="), ("END", r";"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/()]"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
TOK = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))
def tokenize(code):
    line, start = 1, 0
    for mo in TOK.finditer(code):
        kind, value = mo.lastgroup, mo.group()
        col = mo.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            line, start = line + 1, mo.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, col
async def main():
    await asyncio.sleep(0)
    for t in tokenize("x := 3.5 * (y + 42);\nz := x / 2;"):
        print(t)
    try:
        list(tokenize("a := $"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(TOK.groupindex["ID"], TOK.groups, re.compile(r"(?P<a>x)|(?P<b>y)").match("y").lastgroup)
    print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)\.com", r"\g<d>:\g<w>", "ann@ex.com bob@ye.com"), re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
    print(re.findall(r"(?i)(?:^|\s)(#\w+)", "Hi #Python and #AsyncIO!"), re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
    print(re.match(r"(?P<h>\d{2}):(?P<m>\d{2})", "09:30").expand(r"\g<m> past \g<h>"), re.compile(r"\s+").sub("_", "  a  b ", count=1))
    m = re.search(r"(\w+)\s(\w+)?", "hello ")
    print(m.groups(), m.group(2), m.span(2), m.start(2), m.regs if hasattr(m, "regs") else "")
    print(re.findall(r"\b[A-Z]{2,}\b", "USA and UK but not Us"), re.findall(r"\d+(?:,\d{3})*", "1,234 and 56,789,012"), re.search(r"colou?r", "The color").group())
    print(re.fullmatch(r"(?:[01]?\d|2[0-3]):[0-5]\d", "23:59") is not None, re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "a.b+c@d-e.org") is not None)
asyncio.run(main())
