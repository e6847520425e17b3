import itertools as it
import functools
import operator

print(list(it.chain([1, 2], "ab")), list(it.islice(it.count(10, 5), 4)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")])
print([(k, [w for w in g]) for k, g in it.groupby(sorted(["apple", "avocado", "bean", "beet", "corn"]), key=lambda w: w[0])])
print(list(it.combinations("abc", 2)), list(it.permutations([1, 2, 3], 2))[:4], list(it.product("ab", repeat=2)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.pairwise("abcd")))
print(list(it.islice(it.cycle("xy"), 5)), [list(t) for t in it.tee([1, 2], 2)])

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))

def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
print(square(9), square.func.__name__, square.keywords, functools.partial(power, 2)(10))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))

def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper

@log_calls
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)

@functools.total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
print(Money(1) <= Money(2), Money(3) >= Money(4), sorted([Money(3), Money(1)], key=functools.cmp_to_key(lambda a, b: a.c - b.c))[0].c)

@functools.singledispatch
def describe(x):
    return "thing"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([]), describe("s"))
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
o = C(); print(o.val, o.val)
