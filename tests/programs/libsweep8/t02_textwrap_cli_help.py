import asyncio, textwrap

COMMANDS = {
    "run": "Run the program under the virtual clock, printing every task switch when --trace is given, and stop after --limit seconds of virtual time.",
    "check": "Compare output with CPython.",
    "bench": "Measure steps per second over a long loop; results vary with load so repeat three times and keep the median value reported.",
}

async def describe(name, width):
    await asyncio.sleep(0.01 * len(name))
    head = f"  {name:<8}"
    body = textwrap.wrap(COMMANDS[name], width - len(head))
    lines = [head + body[0]] + [" " * len(head) + b for b in body[1:]]
    return "\n".join(lines)

async def main():
    for w in (60, 40):
        print(f"usage (width {w}):")
        for block in await asyncio.gather(*(describe(n, w) for n in COMMANDS)):
            print(block)
    doc = """
        Taskscope runs asyncio programs.

            Indented example
              deeper
        Final line.
    """
    print(textwrap.dedent(doc))
    print(textwrap.indent(textwrap.dedent(doc).strip(), "| ", lambda line: line.strip() != ""))
    w = textwrap.TextWrapper(width=30, initial_indent="- ", subsequent_indent="  ", max_lines=3, placeholder=" [more]")
    for text in COMMANDS.values():
        print(w.fill(text))
    print(textwrap.shorten("Hello  world, this is a test", width=12), "|", textwrap.shorten("Hello", width=10), "|", textwrap.shorten("A" * 20, width=10, placeholder="~"))
    print(textwrap.wrap("x" * 25, 10), textwrap.wrap("abc-def-ghi-jkl", 8), textwrap.wrap("one\ttwo three", 8, tabsize=2))
    try:
        textwrap.TextWrapper(width=5, max_lines=2, placeholder="......").wrap("aaa bbb ccc ddd")
    except ValueError as e:
        print("ValueError:", e)
    print(textwrap.fill("A sentence.  Another one.  Third", 20), repr(textwrap.dedent("\n\n   x\n   y")))

asyncio.run(main())
