from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping

@singledispatch
def show(obj):
    return f"object {obj!r}"

@show.register
def _(obj: int):
    return f"int {obj}"

@show.register(float)
@show.register(complex)
def _(obj):
    return f"number {obj}"

@show.register
def _(obj: str | bytes):
    return f"text {obj!r}"

@show.register(Sequence)
def _(obj):
    return "sequence of " + ", ".join(show(x) for x in obj)

@show.register(Mapping)
def _(obj):
    return "mapping " + str(len(obj))

print(show(1), "|", show(True), "|", show(2.5), "|", show("s"), "|", show(b"b"))
print(show([1, "a"]), "|", show((None,)), "|", show({"a": 1}), "|", show(None))
print(show.dispatch(bool).__name__, show.dispatch(dict) is show.registry[Mapping])
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    @show.register
    def _(obj):
        pass
except TypeError as e:
    print("TypeError:", str(e)[:40])

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:03d}"
    @fmt.register
    def _(self, arg: list):
        return "list:" + ",".join(self.fmt(a) for a in arg)
print(Fmt().fmt(5), Fmt().fmt([1, 2]), Fmt().fmt("x"))
