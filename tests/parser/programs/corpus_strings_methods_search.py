s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.count("o"), s.count("the"), s.startswith("the"), s.endswith(("cat", "dog")))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("fox" in s, "Fox" in s, s.startswith("quick", 4))
