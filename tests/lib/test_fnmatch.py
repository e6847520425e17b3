import fnmatch
from compare import load, same

ts = load("fnmatch", using=("re",))

# Names and patterns that reach every part of a bracket expression: ranges, reversed
# (empty) ranges, hyphens first, last and doubled, negation, ']' first, backslashes,
# regular-expression characters and set operators that must stay literal.
names = ["", "a", "b", "z", "-", "!", "]", "[", "^", "\\", "abc", "a.c", "a-c", "a]c",
         "data_01.txt", "data_1.TXT", ".hidden", "x\ny", "a&&b", "a||b", "a~~b", "é",
         "a/b/c.py", "README", "(x)", "a+b", "a{2}", "$", "a*b", "a?b"]
patterns = ["*", "?", "a*", "*c", "a?c", "*.txt", "*.[tT][xX][tT]", "data_[0-9]*",
            "[a-c]", "[!a-c]", "[z-a]", "[!z-a]", "[c-a-z]", "[a-]", "[-a]", "[!-]", "[--z]",
            "[a--]", "[]]", "[!]]", "[]-a]", "[^a]", "[[]", "[\\]", "[\\-z]", "[a-c-e]",
            "[!]", "[]", "[", "a[", "a[b", "[&&]", "[a&&b]", "*[|~]*", "a[.]c", "a.c",
            "(x)", "a+b", "a{2}", "$", "a\\*b", "a[*]b", "a[?]b", "**", "*a*b*c*", "?*?",
            "x?y", "[!a-zA-Z0-9_]*", "*/*.py", "[é]", "[a-é]", "[b-a-c]", "[a-b-c-d]"]
for pat in patterns:
    same(f"fnmatchcase {pat!r}", lambda: [n for n in names if ts.fnmatchcase(n, pat)],
         lambda: [n for n in names if fnmatch.fnmatchcase(n, pat)])
    same(f"fnmatch {pat!r}", lambda: [n for n in names if ts.fnmatch(n, pat)],
         lambda: [n for n in names if fnmatch.fnmatch(n, pat)])
    same(f"filter {pat!r}", lambda: ts.filter(names, pat), lambda: fnmatch.filter(names, pat))
    # The spelling of translate() may differ; what it matches may not.
    import re
    same(f"translate {pat!r}", lambda: [n for n in names if re.match(ts.translate(pat), n)],
         lambda: [n for n in names if re.match(fnmatch.translate(pat), n)])
