match x:
    case a.b():
        pass
    case f()():
        pass
