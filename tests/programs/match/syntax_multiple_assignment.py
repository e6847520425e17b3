print("never printed")
match [1, 1]:
    case [x, x]:
        print("same twice")
