try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s * 3, s + "def", 3 * "ab", "-" * 10)
print(s[0], s[-1], s[1:**], list(s), "b" in s)
print("abc" < "abd", "Z" < "a", "abc" == "abc", "a" * 0 == "")
try:
    s[10]
except IndexError a.5s e: