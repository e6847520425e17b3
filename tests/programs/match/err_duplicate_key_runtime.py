class K:
    A = "same"
    B = "same"


events = [{"same": 1}, {"other": 2}]
for e in events:
    match e:
        case {"other": v}:
            print("other", v)
        case {K.A: 1, K.B: _}:
            print("unreachable")
