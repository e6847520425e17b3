import asyncio

async def greet(name, *, loud=False):
    await asyncio.sleep(0)
    return name.upper() if loud else name

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

async def main():
    tries = [
        lambda: greet(),
        lambda: greet("a", "b"),
        lambda: greet("a", lod=True),
        lambda: greet(name="a", name2="b"),
        lambda: Account(),
        lambda: Account("x").balanse,
        lambda: Account("x").deposit(5),
        lambda: undefined_name,
        lambda: asyncio.sleeep(1),
        lambda: len(5),
        lambda: [1, 2][5],
        lambda: {"a": 1}["b"],
        lambda: int("12x"),
        lambda: float("abc"),
        lambda: (1, 2) + [3],
        lambda: None(),
        lambda: "abc"[1] + 2,
        lambda: sum(["a", "b"]),
        lambda: max([]),
        lambda: divmod(1, 0),
        lambda: 2 ** -1 % 0,
        lambda: list(zip([1, 2], [3], strict=True)),
        lambda: dict([(1, 2, 3)]),
        lambda: "x".join([1, 2]),
        lambda: sorted([1, "a"]),
        lambda: hash([]),
        lambda: object().x,
        lambda: setattr(object(), "y", 1),
        lambda: int.from_bytes("ab"),
        lambda: [].pop(),
        lambda: {}.popitem(),
        lambda: set().remove(1),
        lambda: "abc".split(""),
        lambda: range(1, 2, 0),
        lambda: chr(-1),
        lambda: round("1.5"),
        lambda: iter(5),
        lambda: next(iter([])),
        lambda: isinstance(1, "int"),
        lambda: format(1, "q"),
    ]
    for i, t in enumerate(tries):
        try:
            r = t()
            if asyncio.iscoroutine(r):
                await r
            print(i, "no error", r)
        except Exception as e:
            print(i, type(e).__name__ + ":", e)
    a, b = 1, 2
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print("unpack:", e)
    try:
        a, b, c = [1]
    except ValueError as e:
        print("unpack:", e)
    try:
        x, = ()
    except ValueError as e:
        print("unpack:", e)

asyncio.run(main())
