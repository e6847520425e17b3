cases = [
    lambda: undefined_name,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: len(5),
    lambda: None(),
    lambda: [1, 2] * 1.5,
    lambda: {}[[]],
    lambda: int("12x"),
    lambda: [].pop(),
    lambda: {1: 2}[3],
    lambda: (1, 2)[5],
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: object().attr,
    lambda: 5 < "a",
    lambda: -"a",
    lambda: {}.fromkeys(1),
    lambda: sum(["a"]),
    lambda: abs("x"),
    lambda: chr(-1),
    lambda: [1][None],
    lambda: 3 / 0,
    lambda: print(*5),
    lambda: dict(1),
    lambda: max([]),
    lambda: float("x1"),
    lambda: "{}".format(),
    lambda: "x" * "y",
    lambda: ord("ab"),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
