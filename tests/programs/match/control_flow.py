# break, continue and return inside cases; match in loops, generators, classes.
def first_negative(items):
    for i, v in enumerate(items):
        match v:
            case int(n) if n < 0:
                return i
            case str():
                continue
            case None:
                break
    return None


print(first_negative([1, "x", -2]))
print(first_negative([1, None, -2]))
print(first_negative(["a", 3]))


def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*":
                yield ("op", word)
            case w if w.isdigit():
                yield ("num", int(w))
            case w:
                yield ("name", w)


print(list(tokens("x + 12 * y")))


class Config:
    mode = "debug"
    match mode:
        case "debug":
            level = 10
        case _:
            level = 20


print(Config.level)

total = 0
i = 0
while True:
    i += 1
    match i % 3, i:
        case (0, _):
            continue
        case (_, 8):
            break
        case (_, n):
            total += n
print(total)

print([label for v in [1, "a", 2.0]
       for label in [("int" if isinstance(v, int) else "other")]])


def nested(v):
    match v:
        case [x, y]:
            match x, y:
                case (0, 0):
                    return "zeros"
                case (a, b) if a == b:
                    return "same"
            return "pair"
    return "not a pair"


print(nested([0, 0]), nested([1, 1]), nested([1, 2]), nested(5))
