s = "quote's \"double\""
print(repr(s), str(s), ascii("naïve"))
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]), a is b)
print(repr(1.0), repr(1e100), repr(None), repr(...), repr(NotImplemented), repr(print))
print(str(int), repr(str), repr(range(3)), repr(slice(1, 2)))
