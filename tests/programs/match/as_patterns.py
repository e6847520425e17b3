# `pattern as name` binds the whole subject once the inner pattern matched.
match [1, (2, 3)]:
    case [int() as first, (a, b) as pair]:
        print(first, pair, a, b)

match {"user": {"name": "ada", "langs": ["py", "c"]}}:
    case {"user": {"name": str() as name, "langs": [*_] as langs} as user}:
        print(name, langs, sorted(user))

match 3:
    case (1 | 2 | 3) as small:
        print("small", small)

# Nothing is bound when the pattern fails part way.
match [1, 2]:
    case [x as one, 3]:
        print("unexpected")
    case _:
        print("x bound?", "x" in globals(), "one bound?", "one" in globals())
