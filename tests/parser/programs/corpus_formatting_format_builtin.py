print(format(3.5), format(3.5, ".3f"), format(42, "x"), format("s", ">4"), format(True), format(None))
print(format(1234.5, ","), format(0.000123, ".2e"), format(12, "%"), format(-7, "+05d"))
print("%-10s|%10s|" % ("left", "right"))
print(str.format("{}-{}", 1, 2))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
