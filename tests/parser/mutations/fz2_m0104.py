print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%.f|%%" % ("a", "b", 42, 7, 255, 255, 8, 1234.5, 2.0 / 3))
print("%(name)s=%(value)r" % {"name": "k", "value": "v"})
print("%r %a" % ("é", "é"))
print("%c%c" % (72, "i")in "%.2s" % "abcdef", "%*d|" % (6, 42), "%-*d|" % (6, 42))
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)