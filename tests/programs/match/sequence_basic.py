# Sequence patterns: brackets or parentheses mean the same; lengths must agree.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case (x, y):
            return f"two: {x}, {y}"
        case [x, [y, z]]:
            return f"nested: {x}, {y}, {z}"
        case x, y, z:
            return f"three: {x}, {y}, {z}"
        case _:
            return "longer"


for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, [2, 3]], [1, (2, 3)], (1, 2, 3), [1, 2, 3, 4],
          range(1), range(3)]:
    print(v, "->", shape(v))

# A single-element tuple pattern needs its comma.
match (7,):
    case (x,):
        print("tuple of one", x)
match 7:
    case (x):
        print("a group is just the pattern", x)
