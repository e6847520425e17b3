import difflib
import random
from compare import load, same

ts = load("difflib")

rng = random.Random(11)
words = ["apple", "apply", "ape", "peach", "puppy", "maple", "applesauce", "banana", "bandana",
         "cabana", "", "a", "aple", "appel", "apple pie"]
pairs = [("abcd", "bcde"), ("private Thread currentThread;", "private volatile Thread currentThread;"),
         ("", ""), ("", "abc"), ("abc", ""), ("qabxcd", "abycdf"), (" abcd", "abcd abcd"),
         ("a" * 300 + "b", "b" + "a" * 300), (list(range(50)), list(range(0, 50, 2)))]
for _ in range(40):
    a = "".join(rng.choice("abc d") for _ in range(rng.randint(0, 40)))
    b = "".join(rng.choice("abc d") for _ in range(rng.randint(0, 40)))
    pairs.append((a, b))
big = [rng.choice("xyz") for _ in range(400)]
pairs.append(("".join(big), "".join(big[::-1])))


def matcher(mod, a, b, junk):
    s = mod.SequenceMatcher(junk, a, b)
    return [s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(),
            s.get_opcodes(), list(s.get_grouped_opcodes(1)), s.find_longest_match(0, len(a), 0, len(b)),
            sorted(s.bpopular), sorted(s.bjunk), s.get_opcodes()]


for a, b in pairs:
    for junk in (None, lambda x: x == " "):
        same(f"matcher {a!r:.30} {b!r:.30} {junk is None}", lambda: matcher(ts, a, b, junk),
             lambda: matcher(difflib, a, b, junk))
    same(f"autojunk off {a!r:.30}", lambda: ts.SequenceMatcher(None, a, b, False).ratio(),
         lambda: difflib.SequenceMatcher(None, a, b, False).ratio())

for w in ["appel", "peaches", "banan", "x", "", "apple"]:
    for n, cutoff in [(3, 0.6), (1, 0.0), (10, 0.9), (0, 0.5), (2, 1.5)]:
        same(f"close {w!r} {n} {cutoff}", lambda: ts.get_close_matches(w, words, n, cutoff),
             lambda: difflib.get_close_matches(w, words, n, cutoff))

texts = [
    ("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n",
     "zero\none\ntree\nfour\nfive\nsix\nseven\n8\nnine\nten\neleven\n"),
    ("a\nb\nc\n", "a\nb\nc\n"), ("", "new\n"), ("old\n", ""),
    ("def f(x):\n    return x + 1\n\nprint(f(2))\n", "def f(x, y=1):\n    return x + y\n\nprint(f(2))\nprint('done')\n"),
    ("\tindented line\nsame\n", "    indented line!\nsame\n"),
    ("the quick brown fox\njumps over\nthe lazy dog\n", "the quick red fox\njumped over\nthe lazy dogs\n"),
]
for i in range(10):
    lines = [rng.choice(["alpha\n", "beta\n", "gamma\n", "delta\n", "\n", "# c\n"]) for _ in range(30)]
    lines2 = list(lines)
    for _ in range(5):
        k = rng.randrange(len(lines2))
        lines2[k:k + rng.randint(0, 2)] = [rng.choice(["x\n", "alphas\n", "beta\n"])] * rng.randint(0, 2)
    texts.append(("".join(lines), "".join(lines2)))
for a, b in texts:
    la, lb = a.splitlines(True), b.splitlines(True)
    for n in (0, 1, 3):
        same(f"unified {a!r:.20} {n}", lambda: list(ts.unified_diff(la, lb, "a.txt", "b.txt", n=n)),
             lambda: list(difflib.unified_diff(la, lb, "a.txt", "b.txt", n=n)))
        same(f"context {a!r:.20} {n}", lambda: list(ts.context_diff(la, lb, "a", "b", "d1", "d2", n=n)),
             lambda: list(difflib.context_diff(la, lb, "a", "b", "d1", "d2", n=n)))
    same(f"unified lineterm {a!r:.20}", lambda: list(ts.unified_diff(a.splitlines(), b.splitlines(), lineterm="")),
         lambda: list(difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="")))
    same(f"ndiff {a!r:.20}", lambda: list(ts.ndiff(la, lb)), lambda: list(difflib.ndiff(la, lb)))
    same(f"ndiff linejunk {a!r:.20}", lambda: list(ts.ndiff(la, lb, ts.IS_LINE_JUNK)),
         lambda: list(difflib.ndiff(la, lb, difflib.IS_LINE_JUNK)))
    same(f"restore {a!r:.20}", lambda: [list(ts.restore(ts.ndiff(la, lb), w)) for w in (1, 2)],
         lambda: [la, lb])
same("restore bad", lambda: list(ts.restore([], 3)), lambda: list(difflib.restore([], 3)))
same("unified types", lambda: list(ts.unified_diff([1], ["a"])), lambda: list(difflib.unified_diff([1], ["a"])))
same("unified arg types", lambda: list(ts.unified_diff(["a"], ["b"], fromfile=1)),
     lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=1)))
same("diff_bytes", lambda: list(ts.diff_bytes(ts.unified_diff, [b"a\n"], [b"b\n"])),
     lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
same("Match", lambda: ts.Match(1, 2, 3), lambda: difflib.Match(1, 2, 3))
same("junk fns", lambda: [ts.IS_LINE_JUNK(x) for x in ("\n", " # \n", "x\n")] + [ts.IS_CHARACTER_JUNK(c) for c in " \tx"],
     lambda: [difflib.IS_LINE_JUNK(x) for x in ("\n", " # \n", "x\n")] + [difflib.IS_CHARACTER_JUNK(c) for c in " \tx"])


# Sub-ranges of find_longest_match, junk that is also frequent, Differ's pairing of
# similar and identical lines (tabs kept under the marks), and diffs of equal input.
def ranges(mod):
    s = mod.SequenceMatcher(lambda c: c in " x", "ab xcd abcd x ab" * 20, " abxcd ab" * 30)
    out = [sorted(s.bjunk), sorted(s.bpopular), s.get_matching_blocks()[:8], s.ratio()]
    for lo_a, hi_a, lo_b, hi_b in [(0, 10, 0, 10), (5, 40, 3, 9), (17, 18, 0, 270), (3, 3, 0, 5)]:
        out.append(s.find_longest_match(lo_a, hi_a, lo_b, hi_b))
    out.append(s.find_longest_match())
    s.set_seqs("", "")
    out += [s.get_opcodes(), list(s.get_grouped_opcodes()), s.ratio()]
    same_seq = list("abcdefghij")
    s.set_seqs(same_seq, list(same_seq))
    out.append(list(s.get_grouped_opcodes(2)))
    return out


same("difflib ranges", lambda: ranges(ts), lambda: ranges(difflib))
deltas = [(["\tif x:\n", "\t\treturn 1\n", "same\n"], ["    if x :\n", "\t\treturn  2\n", "same\n"]),
          (["a\n", "b\n", "c\n"], ["c\n", "b\n", "a\n"]),
          (["abcdefgh\n", "zzz\n", "qqq\n"], ["qqq\n", "abcdxfgh\n", "yyy\n", "zzz\n"]),
          (["one two three\n"] * 3, ["one too three\n", "x\n"]),
          (["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])]
for a, b in deltas:
    for charjunk in (None, difflib.IS_CHARACTER_JUNK):
        same(f"Differ {a!r:.30} {charjunk is None}",
             lambda: list(ts.Differ(None, charjunk).compare(a, b)),
             lambda: list(difflib.Differ(None, charjunk).compare(a, b)))
    same(f"context only {a!r:.20}", lambda: list(ts.context_diff(a, a + ["new\n"], n=1)),
         lambda: list(difflib.context_diff(a, a + ["new\n"], n=1)))
    same(f"unified bytes {a!r:.20}",
         lambda: list(ts.diff_bytes(ts.context_diff, [x.encode() for x in a], [x.encode() for x in b], b"f", b"g")),
         lambda: list(difflib.diff_bytes(difflib.context_diff, [x.encode() for x in a], [x.encode() for x in b], b"f", b"g")))
same("diff_bytes type", lambda: list(ts.diff_bytes(ts.unified_diff, ["a"], [b"b"])),
     lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"])))
same("restore which text", lambda: list(ts.restore(["- a", "+ b", "  c", "? ^"], "2")),
     lambda: list(difflib.restore(["- a", "+ b", "  c", "? ^"], "2")))
