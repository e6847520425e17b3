match x:
    case C(b=1, a, c=2):
        pass
