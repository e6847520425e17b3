def raise_group():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", eg.message, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* TypeError:
        print("only TypeError handled")
except ExceptionGroup as rest:
    print("rest:", rest.message, [str(e) for e in rest.exceptions])
