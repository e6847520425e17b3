from itertools import groupby
def rle(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))
def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle(s)
    print(repr(s), "->", repr(enc), "->", repr(unrle(enc)), unrle(enc) == s)
