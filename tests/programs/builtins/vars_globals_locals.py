x = 10
def show(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show(1))
print("x" in globals(), globals()["x"], __name__)
class P:
    def __init__(self):
        self.u = 1
        self.v = 2
print(vars(P()))
g = {}
exec("y = 5\nz = y * 2", g)
print(g["z"], eval("x + 1"), eval("a * 2", {"a": 21}))
