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


# Corners added before the rewrite: the generator protocol's errors, exception
# identity and chaining through ExitStack, pop_all/push/close, wrapper attributes.
def corners(cl):
    log = []

    def note(label, fn):
        try:
            log.append((label, "ok", repr(fn())))
        except BaseException as exc:  # noqa: B902 - the outcome is what we compare
            ctx = exc.__context__
            log.append((label, type(exc).__name__, str(exc),
                        type(ctx).__name__ if ctx else None,
                        str(ctx) if ctx else None,
                        type(exc.__cause__).__name__ if exc.__cause__ else None))

    @cl.contextmanager
    def twice():
        yield 1
        yield 2

    def run_twice():
        with twice():
            pass
    note("didn't stop", run_twice)

    @cl.contextmanager
    def ignores_throw():
        try:
            yield
        except ValueError:
            pass
        yield

    def run_ignores():
        with ignores_throw():
            raise ValueError("x")
    note("didn't stop after throw", run_ignores)

    @cl.contextmanager
    def passthrough():
        yield "v"

    def body_stop():
        with passthrough():
            raise StopIteration("inner")
    note("StopIteration through", body_stop)

    @cl.contextmanager
    def replaces():
        try:
            yield
        except KeyError:
            raise TypeError("replaced")

    def run_replaces():
        with replaces():
            raise KeyError("orig")
    note("replaced", run_replaces)

    @cl.contextmanager
    def reraises_runtime():
        try:
            yield
        except RuntimeError as exc:
            raise exc

    def run_runtime():
        with reraises_runtime():
            raise RuntimeError("rt")
    note("runtime reraised", run_runtime)

    @cl.contextmanager
    def swallow_all():
        try:
            yield
        except BaseException:
            return

    def run_swallow():
        with swallow_all():
            raise StopIteration("s")
        return "after"
    note("swallowed StopIteration", run_swallow)

    def run_class_exit():
        m = passthrough()
        m.__enter__()
        return m.__exit__(KeyError, None, None)
    note("exit with class only", run_class_exit)

    def documented():
        """Doc of documented."""
        yield
    documented.extra = 5
    factory = cl.contextmanager(documented)
    log.append((factory.__name__, factory.__doc__, factory.extra,
                factory.__wrapped__ is documented, factory().__doc__))

    def undocumented():
        yield
    log.append(cl.contextmanager(undocumented)().__doc__)

    class Noisy:
        def __init__(self, name, swallow=False, fail=None):
            self.name, self.swallow, self.fail = name, swallow, fail

        def __enter__(self):
            log.append(f"enter {self.name}")
            return self.name

        def __exit__(self, t, v, tb):
            log.append(f"exit {self.name} {t.__name__ if t else None} {v}")
            if self.fail:
                raise self.fail
            return self.swallow

    def stack_chain():
        with cl.ExitStack() as stack:
            stack.enter_context(Noisy("a", fail=KeyError("from a")))
            stack.enter_context(Noisy("b", fail=ValueError("from b")))
            stack.enter_context(Noisy("c"))
            raise IndexError("body")
    note("stack chain", stack_chain)

    def stack_swallow():
        with cl.ExitStack() as stack:
            stack.enter_context(Noisy("s", swallow=True))
            stack.enter_context(Noisy("t", fail=ValueError("from t")))
            raise IndexError("body")
        return "swallowed"
    note("stack swallow", stack_swallow)

    def stack_inside_except():
        try:
            raise LookupError("outer")
        except LookupError:
            with cl.ExitStack() as stack:
                stack.enter_context(Noisy("o", fail=ValueError("from o")))
                raise IndexError("body")
    note("stack inside except", stack_inside_except)

    def stack_misc():
        stack = cl.ExitStack()
        stack.push(lambda *info: log.append(("pushed", info[0])))
        got = stack.push(Noisy("pushed cm"))
        stack.callback(log.append, "cb", )
        moved = stack.pop_all()
        stack.close()
        log.append("moved closes")
        moved.close()
        return type(moved).__name__, type(got).__name__
    note("stack misc", stack_misc)
    note("not a cm", lambda: cl.ExitStack().enter_context(object()))
    note("callback returns", lambda: cl.ExitStack().callback(len) is len)

    def group():
        with cl.suppress(ValueError):
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    note("suppress group", group)

    def group_all():
        with cl.suppress(ValueError, KeyError):
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        return "all"
    note("suppress group all", group_all)

    buf = io.StringIO()
    import sys
    with cl.redirect_stderr(buf) as target:
        print("to err", file=sys.stderr)
    log.append((buf.getvalue(), target is buf))
    redirect = cl.redirect_stdout(io.StringIO())
    with redirect:
        with redirect:
            pass
    log.append(sys.stdout is sys.__stdout__ or "restored")

    @passthrough()
    def plain(x):
        """plain doc"""
        return x * 2
    log.append((plain(4), plain.__name__, plain.__doc__))

    @cl.asynccontextmanager
    async def agen(name):
        log.append(f"a-open {name}")
        try:
            yield name
        finally:
            log.append(f"a-close {name}")

    @agen("deco")
    async def adecorated(x):
        return x + 1

    class AsyncNoisy:
        async def __aenter__(self):
            return "an"

        async def __aexit__(self, *info):
            log.append(("aexit", info[0].__name__ if info[0] else None))
            return True

    async def amain():
        log.append(await adecorated(1))
        async with cl.nullcontext(7) as seven:
            log.append(seven)

        class Closer:
            async def aclose(self):
                log.append("aclosed")
        async with cl.aclosing(Closer()):
            pass
        async with cl.AsyncExitStack() as stack:
            stack.push_async_exit(AsyncNoisy())
            log.append(await stack.enter_async_context(AsyncNoisy()))
            stack.callback(log.append, "sync cb")
            raise ValueError("swallowed by AsyncNoisy")
        try:
            await cl.AsyncExitStack().enter_async_context(Noisy("x"))
        except TypeError as exc:
            log.append(str(exc))

        @cl.asynccontextmanager
        async def never():
            if False:
                yield
        try:
            async with never():
                pass
        except RuntimeError as exc:
            log.append(str(exc))

        @cl.asynccontextmanager
        async def double():
            yield
            yield
        try:
            async with double():
                pass
        except RuntimeError as exc:
            log.append(str(exc))
        async with agen("aswallow"):
            pass
        try:
            async with agen("araise"):
                raise StopAsyncIteration("sai")
        except BaseException as exc:
            log.append((type(exc).__name__, str(exc)))
    asyncio.run(amain())
    return log


a, b = corners(ours), corners(contextlib)
for i, (x, y) in enumerate(zip(a, b)):
    same(f"contextlib corner {i}", lambda: x, lambda: y)
same("contextlib corner count", lambda: len(a), lambda: len(b))
