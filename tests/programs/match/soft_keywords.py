# match, case and _ are soft keywords: elsewhere they are ordinary names.
match = 3
case = [match]
print(match, case)


def match(x):
    return f"called match({x})"


print(match(1))
match = {"k": "v"}
print(match["k"])


class case:
    match = "attribute"


print(case.match)
_ = 5
print(_ * 2)
match = [10, 20]
match[0] = 11
print(match)

# And still a statement where one can start.
match match:
    case [11, case]:
        print("case captured", case)
