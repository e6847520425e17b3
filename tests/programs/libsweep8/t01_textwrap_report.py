import asyncio, textwrap

TEXT = ("Asyncio lets one thread interleave many tasks: while one waits for the network, "
        "another runs. Tasks are scheduled by the event loop, which calls their steps in turn.  "
        "Supercalifragilisticexpialidocious-words-are-long and\ttabs\tappear too.")

async def render(width):
    await asyncio.sleep(width / 1000)
    print(f"--- width {width} ---")
    for line in textwrap.wrap(TEXT, width):
        print(f"|{line:<{width}}|")

async def main():
    await asyncio.gather(render(30), render(18), render(50))
    print(textwrap.fill(TEXT, 40, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.wrap(TEXT, 25, break_long_words=False)[:6])
    print(textwrap.wrap(TEXT, 25, break_on_hyphens=False)[:6])
    print(textwrap.wrap("a b c d e f g h", 3, max_lines=2, placeholder=" …"))
    print(textwrap.shorten(TEXT, 60), textwrap.shorten("  hello   world  ", 11), textwrap.shorten(TEXT, 30, placeholder="..."))
    try:
        textwrap.shorten(TEXT, 3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        textwrap.wrap(TEXT, 0)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(textwrap.dedent("""
        def f():
            return 1
          # comment
        """)))
    print(repr(textwrap.dedent("  a\n\n  b\n \n")), repr(textwrap.dedent("\ta\n  b")))
    print(textwrap.indent("x\n\ny\n", "> "), end="")
    print(textwrap.indent("x\n\ny\n", "+", lambda l: True), end="")
    print(textwrap.wrap("end. Next sentence", 12, fix_sentence_endings=True))
    print(textwrap.fill("one two\nthree", replace_whitespace=False, width=7))
    print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("tab\there", expand_tabs=True, tabsize=4, width=20))
    w = textwrap.TextWrapper(width=20, drop_whitespace=False)
    print(w.wrap("  leading and trailing   spaces  kept  "))

asyncio.run(main())
