OK = 200
NOT_FOUND = 404

def label(code):
    match code:
        case OK:
            return "ok"
        case NOT_FOUND:
            return "not found"


print(label(404))
