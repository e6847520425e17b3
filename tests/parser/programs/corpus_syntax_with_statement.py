class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)
try:
    with Ctx("c"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with (Ctx("d") as d,
      Ctx("e")):
    print("parenthesized", d)
