import asyncio, shlex

COMMANDS = ["add 3 4", "mul 2 5", 'say "hello world"', "div 1 0", "quit now", "unknown x", "sum 1 2 3 4", "", "move north 3"]

async def handle(cmd):
    await asyncio.sleep(0.01)
    match shlex.split(cmd):
        case ["add" | "mul" as op, a, b]:
            x, y = int(a), int(b)
            return x + y if op == "add" else x * y
        case ["div", a, b]:
            try:
                return int(a) / int(b)
            except ZeroDivisionError as e:
                return f"error: {e}"
        case ["say", text]:
            return text.upper()
        case ["sum", *nums] if nums:
            return sum(map(int, nums))
        case ["move", ("north" | "south") as d, n] if n.isdigit():
            return f"moving {d} {n}"
        case ["quit", *_]:
            return "bye"
        case []:
            return "empty"
        case [verb, *rest]:
            return f"unknown {verb!r} with {rest}"

async def main():
    for c in COMMANDS:
        print(f"{c!r:>22} -> {await handle(c)!r}")
    data = [1, 5, 12, 7, 30]
    if (n := len(data)) > 3:
        print(f"long list ({n})")
    print([y for x in data if (y := x * 2) > 10])
    point = {"x": 1, "y": 2, "extra": 3}
    match point:
        case {"x": int(x), "y": int(y), **rest}:
            print("point", x, y, rest)
    for v in [0, 1.5, "s", [1, 2], (1,), None, {"k": 1}]:
        match v:
            case int() | float() as num if num:
                print("nonzero number", num)
            case 0:
                print("zero")
            case str(s):
                print("string", s)
            case [a, b]:
                print("pair", a, b)
            case (a,):
                print("single", a)
            case None:
                print("none")
            case _:
                print("other", v)

asyncio.run(main())
