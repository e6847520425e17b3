# Coroutine and generator introspection (cr_frame/gi_frame, cr_running, cr_await,
# gi_yieldfrom, cr_code, cr_origin, *_suspended) and the errors of a coroutine awaiting
# itself or one that another await already drives.
import asyncio, types

async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except Exception as e:
    print(type(e).__name__, e)

def g():
    yield from gg
gg = g()
try:
    next(gg)
except Exception as e:
    print(type(e).__name__, e)

async def inner():
    await asyncio.sleep(0)
    return 5

async def outer():
    return await inner()

c = outer()
print(type(c.cr_frame).__name__, c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_origin)
c.send(None)
print(type(c.cr_frame).__name__, c.cr_running, type(c.cr_await).__name__, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame, c.cr_running, c.cr_await)

def gen():
    x = yield 1
    yield from range(3)
ge = gen()
print(type(ge.gi_frame).__name__, ge.gi_running, ge.gi_yieldfrom, ge.gi_code.co_name, ge.gi_frame.f_lineno)
next(ge); ge.send(None)
print(type(ge.gi_yieldfrom).__name__, ge.gi_frame.f_lineno)
list(ge)
print(ge.gi_frame, ge.gi_yieldfrom, ge.gi_suspended if hasattr(ge, 'gi_suspended') else '-')

def running():
    print("inside running:", rg.gi_running)
    yield
rg = running()
next(rg)

async def co_running():
    print("inside cr_running:", cr.cr_running)
cr = co_running()
try:
    cr.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(e)
cc = outer()
cc.close()
print(cc.cr_frame)
try:
    cc.send(None)
except RuntimeError as e:
    print(e)


async def sleeper():
    await asyncio.sleep(1)
    return "slept"


async def second_awaiter(c):
    try:
        await c
    except RuntimeError as e:
        print("second awaiter:", e)


async def chain_demo():
    c = sleeper()
    task = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("task coro suspended:", c.cr_suspended, "awaiting:", type(c.cr_await).__name__,
          "then:", type(c.cr_await.cr_await).__name__)
    print("task coro line:", c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
    await second_awaiter(c)
    print(await task, c.cr_frame, c.cr_await)


async def await_self_in_task():
    await current


async def main():
    global current
    await chain_demo()
    current = asyncio.current_task().get_coro()
    try:
        await await_self_in_task()
    except Exception as e:
        print("awaiting the running coroutine:", type(e).__name__, e)


asyncio.run(main())
