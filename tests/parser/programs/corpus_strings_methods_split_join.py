print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, range(4))))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
