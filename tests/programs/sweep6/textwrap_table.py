import asyncio, textwrap

ARTICLES = [("Async IO in Python", "Asyncio is a library to write concurrent code using the async/await syntax. It is used as a foundation for multiple Python asynchronous frameworks."), ("Short", "Tiny."), ("Tabs\tand   spaces", "Lots    of     whitespace\tand\ttabs   here, plus a verylongunbreakablewordthatgoesonandonandon.")]

async def summarize(title, body):
    await asyncio.sleep(0.01 * len(title))
    return title, textwrap.shorten(body, 40)

async def main():
    for title, summary in await asyncio.gather(*(summarize(t, b) for t, b in ARTICLES)):
        print(f"{title!r:24} {summary}")
    for _, body in ARTICLES:
        print(textwrap.fill(body, 30))
        print("--")
    w = textwrap.TextWrapper(width=25, initial_indent="  - ", subsequent_indent="    ", break_long_words=False, max_lines=3, placeholder=" ...")
    print("\n".join(w.wrap(ARTICLES[0][1])))
    print(textwrap.wrap(ARTICLES[2][1], 20, break_on_hyphens=False, expand_tabs=False, replace_whitespace=True))
    print(textwrap.wrap("one-two-three-four hyphenated-words", 10))
    print(textwrap.dedent("    a\n      b\n\n    c"), repr(textwrap.dedent("  x\n\t y")))
    print(textwrap.indent("a\n\nb", "+ ", lambda line: True), repr(textwrap.fill("", 10)), textwrap.wrap("   leading", 5, drop_whitespace=False))
    print(textwrap.fill("Sentence one.  Sentence two. Three", 15, fix_sentence_endings=True))

asyncio.run(main())
