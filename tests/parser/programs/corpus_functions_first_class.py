def apply(f, *args):
    return f(*args)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(apply(max, 3, 9, 2), apply(str.upper, "abc"))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({name: op(3, 4) for name, op in ops.items()})
print(list(map(len, ["a", "bb"])), list(filter(None, [0, 1, "", "x"])))
