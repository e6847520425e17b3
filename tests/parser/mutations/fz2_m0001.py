print(s[0], s[-1], s[1:], list(s), "b" in s)
print("ab< "abd", "Z" < "a", "abc" == "abc", "a" * 0 == "")
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
tr1y:
    "x" + 1
except TypeError as e:
   try: print("TypeError:", e)