# Alternatives: tried left to right; each must bind the same names.
def parse(cmd):
    match cmd:
        case "quit" | "exit" | "q":
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case [("get" | "take"), item] | [("pick" | "grab"), "up", item]:
            return f"taking {item}"
        case (x, y) | {"x": x, "y": y} | [x, y, _]:
            return f"point {x},{y}"
        case int() | float() as n:
            return f"number {n}"
        case _:
            return "?"


for c in ["q", "exit", ["go", "north"], ["go", "up"], ["take", "lamp"], ["pick", "up", "key"],
          (1, 2), {"y": 4, "x": 3}, [5, 6, 7], 3, 2.5, "dance"]:
    print(c, "->", parse(c))

# Names bound in a different order in each alternative.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n =", n, "s =", s)
