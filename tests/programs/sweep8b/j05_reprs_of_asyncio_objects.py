import asyncio, re

def out(*parts):
    # The oracle's virtual clock schedules timers as a TimerHandle subclass.
    parts = [str(p).replace("SequencedTimerHandle", "TimerHandle") for p in parts]
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

async def main():
    loop = asyncio.get_running_loop()
    out(repr(asyncio.Queue(3)), repr(asyncio.PriorityQueue()), repr(asyncio.LifoQueue()))
    q = asyncio.Queue()
    q.put_nowait(1); q.put_nowait("two")
    out(repr(q), str(q))
    out(repr(asyncio.Semaphore(2)), repr(asyncio.BoundedSemaphore()))
    out(repr(asyncio.CancelledError("m")), repr(asyncio.TimeoutError()), asyncio.TimeoutError is TimeoutError)
    out(repr(asyncio.InvalidStateError("x")), asyncio.InvalidStateError.__mro__)
    out(repr(asyncio.IncompleteReadError(b"ab", 5)), str(asyncio.IncompleteReadError(b"ab", None)))
    out(repr(asyncio.LimitOverrunError("lim", 3)))
    out(asyncio.CancelledError.__mro__)
    out(asyncio.QueueFull.__mro__, asyncio.QueueEmpty.__mro__)
    out(asyncio.BrokenBarrierError.__mro__)
    h = loop.call_later(1, print, "x")
    out(repr(h).split(" when=")[0])
    h.cancel()
    out(repr(h))
    f = loop.create_future()
    f.add_done_callback(print)
    out(repr(f))
    f.cancel()
    out(repr(f))
    out(asyncio.Future, asyncio.Task, asyncio.Handle, asyncio.TimerHandle)
    out(asyncio.Task.__mro__)

asyncio.run(main())
