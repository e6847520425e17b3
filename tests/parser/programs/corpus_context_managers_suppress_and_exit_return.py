from contextlib import suppress
with suppress(KeyError, IndexError):
    {}["x"]
    print("not printed")
print("after suppress")
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, ev)
        return et is ZeroDivisionError
with Swallow():
    1 / 0
print("ZeroDivisionError swallowed")
try:
    with Swallow():
        raise KeyError("kept")
except KeyError as e:
    print("KeyError propagated", e)
