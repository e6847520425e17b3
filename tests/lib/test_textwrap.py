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

# Options the checks above leave out: max_lines with placeholders and indents, long
# indents, tabs and whitespace kept, words broken at hyphens, non-ASCII text.
more = ["Hello there, how are you this fine day?  I'm glad to hear it!",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", "supercalifragilistic-expialidocious word",
        "x\ty\tzz\n\nnew paragraph\r\nhere", "äöü ßéè über-lange Wörter-Kette und so",
        "    ", "--- dashes --- and--more", "one\u00a0two\u2003three", "end.\" Next one.' ok"]
for text in more:
    # (CPython itself never returns when an indent is wider than the width.)
    for width in (1, 3, 7, 12, 30):
        if width < 5 and not text.strip():
            continue
        for opts in ({}, {"max_lines": 1}, {"max_lines": 2, "placeholder": "..."},
                     {"max_lines": 3, "initial_indent": "> ", "subsequent_indent": "  "},
                     {"break_long_words": False}, {"drop_whitespace": False},
                     {"replace_whitespace": False, "expand_tabs": False},
                     {"tabsize": 3, "fix_sentence_endings": True},
                     {"break_on_hyphens": False, "max_lines": 2},
                     {"initial_indent": "--", "subsequent_indent": "----"}):
            same(f"wrap more {text[:15]!r} {width} {opts}",
                 lambda: ours.wrap(text, width, **opts), lambda: textwrap.wrap(text, width, **opts))
    same(f"shorten more {text[:15]!r}", lambda: ours.shorten(text, 15, placeholder="~"),
         lambda: textwrap.shorten(text, 15, placeholder="~"))
for block in [" \ta\n \tb\n \t", "\n\n  x\n", "a\n b", "  \r\n  x", "", "\t\tone\n\t two"]:
    same(f"dedent more {block!r}", lambda: ours.dedent(block), lambda: textwrap.dedent(block))
    same(f"indent more {block!r}", lambda: ours.indent(block, "| "),
         lambda: textwrap.indent(block, "| "))
