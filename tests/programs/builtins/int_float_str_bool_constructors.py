print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(int("-5"), int(7.9), int("1010", 2), float("1e3"), float(" -2.5 "), float("inf"))
print(str(1.5), str([1]), bool("False"), bool(""), list(range(3)), tuple([1]), dict(a=1), set("aab") == {"a", "b"})
