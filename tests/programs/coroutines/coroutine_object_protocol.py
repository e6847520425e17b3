import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def worker():
    a = await suspend("first yield")
    b = await suspend("second yield")
    return a + b

coro = worker()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(32)
except StopIteration as stop:
    print("returned", stop.value)
c2 = worker()
c2.send(None)
try:
    c2.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)
c3 = worker()
c3.close()
print("closed without running")
