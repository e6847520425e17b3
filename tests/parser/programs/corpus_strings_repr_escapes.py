print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("\n\r\x00\x7f\x80\xff"), repr("é😀"), repr("\\"))
print(str(b"\n"), repr(b"it's"), ascii("é😀"))
print(repr([1, "a", None, 2.5, (1,), {"k": [True]}]))
