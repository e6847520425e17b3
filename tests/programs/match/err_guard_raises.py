def safe_ratio(pair):
    match pair:
        case (a, b) if b and a / b > 1:
            return "big"
        case (a, b) if a / b < 0:
            return "negative"
        case _:
            return "other"


print(safe_ratio((4, 2)))
print(safe_ratio((0, 0)))
