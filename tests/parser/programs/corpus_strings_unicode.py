s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[::-1])
print([ord(c) for c in "aé日"], chr(955), chr(0x1F600))
print(s.encode("utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"), "é".encode("latin-1"))
print(sorted("bäac"), "é" > "e", max("hello"))
for ch in "aÅ1 ":
    print(repr(ch), ch.isalpha(), ch.isupper(), ch.isdigit())
