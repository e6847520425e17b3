import asyncio, textwrap

TEXT = ("Asyncio lets a single thread juggle many waiting operations by switching between "
        "coroutines whenever one of them awaits something that is not ready yet.")

async def render(width):
    await asyncio.sleep(width / 100)
    return textwrap.fill(TEXT, width=width, initial_indent="> ", subsequent_indent="  ")

async def main():
    for w, text in zip((30, 50), await asyncio.gather(render(30), render(50))):
        print(f"--- width {w:>3} ---")
        print(text)
    print(textwrap.shorten(TEXT, 40, placeholder=" [...]"))
    print(textwrap.dedent("""
        def f():
            return 1
    """))
    print(textwrap.indent("a\nb\n\nc", "| "))
    rows = [("alpha", 1.5, 1200), ("beta", 22.125, 7), ("gamma", -3, 123456)]
    print(f"{'name':<8}|{'val':^9}|{'n':>8}")
    for n, v, c in rows:
        print(f"{n:<8}|{v:^9.2f}|{c:>8,}")
    print(f"{3.14159:+.3e} {255:#x} {255:08b} {0.25:.1%} {1234567.891:_.2f} {'x'!r:>5}")
    x = 7
    print(f"{x=} {x*2=:>4} {'nested ' + f'{x:03}'}")
    print("%-6s|%5.1f|%03d|%r" % ("ab", 2.25, 7, "q"), "{0}{1}{0}".format("a", "b"), "{:*^11}".format("mid"))

asyncio.run(main())
