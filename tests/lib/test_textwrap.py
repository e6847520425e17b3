import textwrap
from compare import load, same

ours = load("textwrap", using=("re",))
texts = ["The quick brown fox jumps over the lazy dog. " * 5,
         "Asynchronous programming has become increasingly popular in Python. The asyncio "
         "module provides infrastructure for writing asynchronous code using coroutines "
         "and tasks. But what exactly is the difference?",
         "well-known hyphenated-words and a verylongwordthatcannotfitonasinglelineatall ok",
         "short", "", "   leading and trailing   ", "tabs\there\tand\tthere",
         "Mr. Smith went. He left! Did he? Yes.", "em--dash and -- spaced --dash--"]
for text in texts:
    for width in (10, 20, 35, 70):
        same(f"wrap {text[:20]!r} {width}", lambda: ours.wrap(text, width),
             lambda: textwrap.wrap(text, width))
        same(f"fill {text[:20]!r} {width}", lambda: ours.fill(text, width, initial_indent="* ",
                                                              subsequent_indent="  "),
             lambda: textwrap.fill(text, width, initial_indent="* ", subsequent_indent="  "))
    for width in (12, 25, 40):
        same(f"shorten {text[:20]!r} {width}", lambda: ours.shorten(text, width),
             lambda: textwrap.shorten(text, width))
    same("no hyphen break", lambda: ours.wrap(text, 15, break_on_hyphens=False,
                                              break_long_words=False),
         lambda: textwrap.wrap(text, 15, break_on_hyphens=False, break_long_words=False))
    same("sentence endings", lambda: ours.fill(text, 30, fix_sentence_endings=True),
         lambda: textwrap.fill(text, 30, fix_sentence_endings=True))
    same("max_lines", lambda: ours.wrap(text, 20, max_lines=2),
         lambda: textwrap.wrap(text, 20, max_lines=2))
blocks = ["    def f():\n        return 1\n", "  a\n\n    b\n  c", "\ta\n\tb", "  x\n \ty",
          "no indent\n  some", "    \n    spaced\n  \t \n    lines"]
for block in blocks:
    same(f"dedent {block!r}", lambda: ours.dedent(block), lambda: textwrap.dedent(block))
    same(f"indent {block!r}", lambda: ours.indent(block, "> "),
         lambda: textwrap.indent(block, "> "))
same("indent pred", lambda: ours.indent("a\n\nb\n", "+", lambda l: True),
     lambda: textwrap.indent("a\n\nb\n", "+", lambda l: True))
same("bad width", lambda: ours.wrap("abc", 0), lambda: textwrap.wrap("abc", 0))
