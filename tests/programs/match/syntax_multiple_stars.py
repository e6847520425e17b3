match [1, 2, 3]:
    case [*head, 2, *tail]:
        print(head, tail)
