def handle(v):
    match v:
        case [x]:
            return x
        case print():
            return None


print(handle([1]))
handle(2)
