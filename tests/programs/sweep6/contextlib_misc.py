import asyncio, contextlib, io, sys
@contextlib.contextmanager
def step(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    except ZeroDivisionError:
        log.append(f"{name} swallowed")
    finally:
        log.append(f"exit {name}")
class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0].__name__ if exc[0] else None)
class AManaged(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("AManaged exit")
class Resource(contextlib.ContextDecorator):
    def __enter__(self):
        print("resource on")
        return self
    def __exit__(self, *e):
        print("resource off")
        return False
@Resource()
def decorated(x):
    print("in decorated", x)
    return x * 2
async def main():
    log = []
    with step("a", log), step("b", log):
        1 / 0
    print(log)
    with Managed() as m:
        print(type(m).__name__)
    async with AManaged() as am:
        print(type(am).__name__)
    print(decorated(5))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        print("oops", file=sys.stderr)
    print(repr(err.getvalue()))
    async with contextlib.AsyncExitStack() as stack:
        def cb(*a):
            print("sync cb", a)
        async def acb(x):
            print("async cb", x)
        stack.callback(cb, 1, 2)
        stack.push_async_callback(acb, "z")
        @stack.push
        def exit_fn(et, ev, tb):
            print("exit fn sees", et)
            return True
        raise KeyError("suppressed by exit_fn")
    print("after stack")
    with contextlib.suppress(Exception) as s:
        raise ValueError
    print("suppress returns", s)
    @contextlib.asynccontextmanager
    async def ticker():
        yield 1
        print("ticker end")
    cm = ticker()
    async with cm as v:
        print("tick", v)
    with contextlib.ExitStack() as st:
        st.enter_context(contextlib.nullcontext())
        print(len(st._exit_callbacks) if hasattr(st, "_exit_callbacks") else 1)
asyncio.run(main())
