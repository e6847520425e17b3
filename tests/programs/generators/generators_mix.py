def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
print(list(countdown(3)))
def delegator():
    result = yield from countdown(2)
    print("delegate got", result)
    yield "end"
print(list(delegator()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
gen = (x * x for x in range(5) if x % 2)
print(gen.__class__.__name__, list(gen), list(gen))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed!")
c = closer(); next(c); c.close()
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside", e)
t = thrower(); next(t); t.throw(ValueError("boom")); t.close()
g = countdown(1); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
def gen_err():
    yield 1
    raise KeyError("inside gen")
for v in gen_err():
    print(v)
