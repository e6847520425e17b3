import asyncio
import contextlib
import io
from compare import load, same

ours = load("contextlib")


def scenario(cl):
    log = []

    @cl.contextmanager
    def tag(name):
        log.append(f"<{name}>")
        try:
            yield name.upper()
        except ValueError as exc:
            log.append(f"caught {exc}")
        finally:
            log.append(f"</{name}>")

    with tag("a") as value:
        log.append(value)
    with tag("b"):
        raise ValueError("inside")
    try:
        with tag("c"):
            raise KeyError("k")
    except KeyError as exc:
        log.append(f"escaped {exc!r}")

    @tag("deco")
    def decorated():
        log.append("body")
    decorated()
    decorated()

    with cl.suppress(ZeroDivisionError, KeyError):
        1 / 0
    log.append("suppressed")
    try:
        with cl.suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as exc:
        log.append(str(exc))

    class Resource:
        def __init__(self, n):
            self.n = n

        def close(self):
            log.append(f"close {self.n}")

        def __enter__(self):
            log.append(f"enter {self.n}")
            return self

        def __exit__(self, *info):
            log.append(f"exit {self.n} {info[0].__name__ if info[0] else None}")

    with cl.closing(Resource(1)) as r:
        log.append(f"using {r.n}")
    with cl.nullcontext(42) as v:
        log.append(v)
    buf = io.StringIO()
    with cl.redirect_stdout(buf):
        print("captured")
    log.append(buf.getvalue())

    with cl.ExitStack() as stack:
        for i in range(3):
            stack.enter_context(Resource(i))
        stack.callback(log.append, "callback")
    try:
        with cl.ExitStack() as stack:
            stack.enter_context(Resource(9))
            raise RuntimeError("boom")
    except RuntimeError as exc:
        log.append(f"stack raised {exc}")

    @cl.asynccontextmanager
    async def session(name):
        log.append(f"open {name}")
        await asyncio.sleep(0)
        try:
            yield name * 2
        finally:
            log.append(f"shut {name}")

    async def main():
        async with session("s") as s:
            log.append(s)
        async with cl.AsyncExitStack() as stack:
            got = await stack.enter_async_context(session("t"))
            log.append(got)
            stack.push_async_callback(asyncio.sleep, 0)
        try:
            async with session("u"):
                raise ValueError("async boom")
        except ValueError as exc:
            log.append(str(exc))
    asyncio.run(main())

    @cl.contextmanager
    def no_yield():
        if False:
            yield
    try:
        with no_yield():
            pass
    except RuntimeError as exc:
        log.append(str(exc))
    return log


a, b = scenario(ours), scenario(contextlib)
for i, (x, y) in enumerate(zip(a, b)):
    same(f"contextlib item {i}", lambda: x, lambda: y)
same("contextlib count", lambda: len(a), lambda: len(b))
