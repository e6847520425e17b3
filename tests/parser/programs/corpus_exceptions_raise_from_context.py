def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
