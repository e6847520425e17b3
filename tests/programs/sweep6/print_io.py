import asyncio, sys, io

async def main():
    print("a", "b", sep="-", end="!\n")
    print(*range(5), sep=", ")
    print("to stderr", file=sys.stderr)
    print("flush", flush=True)
    print()
    print("multi\nline", 1, None, True, [1, "2"], (3,), {4: "5"}, {6}, sep="|")
    sys.stdout.write("raw write\n")
    buf = io.StringIO("line one\nline two\nline three")
    print(buf.readline().rstrip(), buf.read(4), buf.readlines())
    buf = io.StringIO()
    buf.write("hello ")
    print("world", file=buf)
    print(repr(buf.getvalue()), buf.tell())
    b = io.BytesIO(b"abc")
    print(b.read(), b.getvalue(), io.BytesIO().write(b"xyz"))
    for line in io.StringIO("x\ny\n"):
        print(repr(line))
    print(sys.argv[0], sys.version_info[:2], sys.maxsize > 2**31, sys.platform != "", type(sys.stdin).__name__ != "", sys.getrecursionlimit() > 100)
    print("end", end="")
    print()
    print("é ☃ 😀", len("😀"), "😀".encode())
    await asyncio.sleep(0)
    sys.exit(3)

asyncio.run(main())
