def make_multipliers():
    return [lambda x: i * x for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
   x = 1
    def show():
        return x