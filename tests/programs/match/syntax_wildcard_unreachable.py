def label(code):
    match code:
        case 200:
            return "ok"
        case _:
            return "unknown"
        case 404:
            return "not found"


print(label(200))
