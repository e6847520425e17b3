# A bare name captures the subject; `_` matches anything and binds nothing.
def first(v):
    match v:
        case [x, _, _]:
            return f"three items, first is {x}"
        case [_, y]:
            return f"two items, second is {y}"
        case other:
            return f"something else: {other!r}"


print(first([1, 2, 3]))
print(first((4, 5)))
print(first("ab"))
print(first(42))

_ = "underscore stays"
match 10:
    case _:
        print("wildcard matched, _ is still", repr(_))

match 10:
    case value:
        pass
print("value after the match:", value)

# The capture binds in the enclosing scope, like an assignment.
def scope():
    match [1, 2]:
        case [a, b]:
            pass
    return sorted(locals())


print(scope())
