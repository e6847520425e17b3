class WithRepr:
    def __repr__(self):
        return "WithRepr()"
class WithStr:
    def __str__(self):
        return "with-str"
print(WithRepr(), str(WithRepr()), [WithRepr()])
print(WithStr(), f"{WithStr()}")
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'default'}>"
print(format(Fmt()), f"{Fmt():abc}", "{:xyz}".format(Fmt()))
