import asyncio

excs = [asyncio.TimeoutError(), asyncio.CancelledError("x"), asyncio.InvalidStateError("bad"),
        asyncio.QueueEmpty(), asyncio.QueueFull(), asyncio.IncompleteReadError(b"ab", 5),
        asyncio.LimitOverrunError("too long", 3), asyncio.BrokenBarrierError("broken"),
        ExceptionGroup("grp", [ValueError(1), TypeError("t")]),
        BaseExceptionGroup("bg", [KeyboardInterrupt()])]
for e in excs:
    print(type(e).__name__, repr(e), str(e), type(e).__mro__[1].__name__)
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
e = asyncio.IncompleteReadError(b"abc", None)
print(e, e.partial, e.expected)
print(type(excs[9]).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
