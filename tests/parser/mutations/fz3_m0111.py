print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Eve", age=30), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|if{:*^8}".forma("r", "l", "c", "s"))
print("{:.2f} {:,} {:08.3f} {:+} {:x} {:b}".format(3.14159, 10 ** 6, 2.5, 3, 255, 5))
print("{!r} {!s}".format("q", "q"), "{{}} {}".format("braces"))
class P:
    x = 1
    y = 2
print("{0.x},{0.y}".format(P()))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
