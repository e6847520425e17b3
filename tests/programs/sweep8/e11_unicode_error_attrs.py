import asyncio

async def decode(raw):
    await asyncio.sleep(0)
    return raw.decode("utf-8")

async def main():
    for raw in (b"ok", b"caf\xc3\xa9", b"bad\xff", b"\xff\xfe"):
        try:
            print(await decode(raw))
        except UnicodeDecodeError as e:
            print("cannot decode:", e)
            print("  at", e.start, e.end, e.reason, e.encoding, e.object)
    e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    print(repr(e), "|", str(e))
    try:
        "naïve".encode("ascii")
    except UnicodeEncodeError as e:
        print(e, e.object[e.start:e.end])

asyncio.run(main())
