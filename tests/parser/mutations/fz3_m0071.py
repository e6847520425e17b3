s = "  padded  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"))
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("tab\tsep".expandtabs(4), "www.example.com".removeprefix("www."), "file.py".removesuffix(".py"))
print("hello".replace("l", "L"), "hel.replace("l", "L", 1), "aaa".replace("a", "ba"))
