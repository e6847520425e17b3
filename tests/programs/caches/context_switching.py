# The context each callback and task step runs in, while the program changes the
# contextvars module's globals (the loop keeps contextvars._current's slot) and
# schedules a callback in a context that is already entered.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


async def worker(name, hops):
    var.set(name)
    seen = []
    for i in range(hops):
        await asyncio.sleep(0)
        seen.append(var.get())
        if name == "b" and i == 1:
            # New globals in contextvars while a step runs in a context.
            for k in range(20):
                setattr(contextvars, "extra_%d" % k, k)
    return name, seen


def handler(loop, context):
    print("handler:", type(context["exception"]).__name__, str(context["exception"])[:20])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(await asyncio.gather(worker("a", 3), worker("b", 3), worker("c", 2)))
    print("main sees", var.get())

    # A callback in the context the running task is in: Context.run refuses it.
    ctx = contextvars.copy_context()
    done = loop.create_future()

    def inner():
        print("inner runs, var =", var.get())
        done.set_result(None)

    def outer():
        var.set("outer value")
        loop.call_soon(inner, context=ctx)
        loop.call_soon(print, "in ctx:", "outer ran", context=ctx)

    ctx.run(outer)
    await done
    await asyncio.sleep(0)
    print("ctx value", ctx[var])

    def reenter():
        loop.call_soon(print, "never", context=contextvars.copy_context())
        ctx2 = contextvars.copy_context()
        ctx2.run(lambda: loop.call_soon(ctx2.run, print, "nested run"))

    reenter()
    # The handle runs in ctx2 and its callback enters ctx2 again: RuntimeError.
    ctx2 = contextvars.copy_context()
    loop.call_soon(ctx2.run, print, "entered twice", context=ctx2)
    loop.call_soon(print, "after the refused one", context=ctx2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("del extras", all(delattr(contextvars, "extra_%d" % k) is None for k in range(20)))
    print(await asyncio.gather(worker("d", 2), worker("e", 2)))


asyncio.run(main())
