# The subject: evaluated once; a bare comma makes a tuple; starred items and := work.
def source():
    print("evaluating the subject")
    return 3


match source():
    case 1:
        print("one")
    case 2:
        print("two")
    case n:
        print("got", n)

a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")

rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")

match a,:
    case (x,):
        print("one-item tuple subject", x)

match (n := len("hello")):
    case 5:
        print("walrus subject", n)
