# Literal patterns compare with ==, except None/True/False, which compare with `is`.
def kind(v):
    match v:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -7:
            return "minus seven"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex"
        case "text":
            return "text"
        case b"raw":
            return "bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10:
            return "sixteen"
        case _:
            return "no literal"


for v in [0, 0.0, -0.0, False, 1, True, 1.0, 1.5, -7, -7.0, 2j, complex(-1, 2), "text",
          b"raw", "concat", None, 16, 16.0, "0", [], 0j]:
    print(repr(v), "->", kind(v))


class Weird:
    def __eq__(self, other):
        print("  Weird.__eq__ called with", repr(other))
        return other == 1.5


print(kind(Weird()))
