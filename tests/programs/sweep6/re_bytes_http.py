import asyncio, re
RESPONSES = [b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 42\r\nX-Id: abc-123\r\n\r\n<html><title>Hi \xc3\xa9</title></html>",
             b"HTTP/1.1 404 Not Found\r\nServer: demo\r\n\r\nmissing",
             b"garbage\xff\xfe"]
STATUS = re.compile(rb"^HTTP/(\d\.\d) (\d{3}) ([^\r\n]*)")
HEADER = re.compile(rb"^([\w-]+):\s*(.*?)\r$", re.M)
async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return RESPONSES[i]
async def main():
    for raw in await asyncio.gather(*(fetch(i) for i in range(3))):
        m = STATUS.match(raw)
        if not m:
            print("not HTTP:", raw[:10], STATUS.pattern)
            continue
        version, code, reason = m.groups()
        head, _, body = raw.partition(b"\r\n\r\n")
        headers = {k.decode().lower(): v.decode() for k, v in HEADER.findall(head)}
        print(version, int(code), reason.decode(), headers)
        title = re.search(rb"<title>(.*?)</title>", body)
        print("title:", title and title.group(1).decode("utf-8"), title)
    print(re.sub(rb"\d", b"#", b"a1b22"), re.split(rb"\s+", b"a  b\tc"), re.findall(rb"[A-Z]+", b"ABC def GHI"), re.escape(b"1+1"))
    print(re.sub(rb"(?P<k>\w+)=(?P<v>\w+)", rb"\g<v>=\g<k>", b"a=1 b=2"), re.compile(rb"x", re.I).flags, re.fullmatch(rb"(?i)ok", b"OK"))
    print(re.findall(rb"(?i)\xe9", b"\xc9\xe9"), re.findall("(?ia)\u00e9", "\u00c9\u00e9"), re.findall("(?i)\u00e9", "\u00c9\u00e9"), re.findall(r"(?ia)[\u00e0-\u00ff]", "\u00c9\u00e9"))
    for args in [(rb"x", "text"), ("x", b"bytes"), (rb"a", "s", b"baa")]:
        try:
            (re.search if len(args) == 2 else re.sub)(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        re.compile(b"a", re.UNICODE)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
