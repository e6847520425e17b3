"""A second event loop made or closed (before asyncio.run, or while one runs) leaves
the running loop alone, as in CPython."""
import asyncio


async def work(tag):
    await asyncio.sleep(0.1)
    print('work', tag)
    return tag


# A loop made and closed before asyncio.run.
early = asyncio.new_event_loop()
early.close()
print('early closed', early.is_closed())
print(asyncio.run(work('after early close')))


async def main():
    # A second loop made and closed while this one runs.
    other = asyncio.new_event_loop()
    print('other', other.is_running(), other.is_closed())
    other.close()
    print('other closed', other.is_closed())
    print(await work('after other close'))

    # Running a second loop inside this one is refused.
    third = asyncio.new_event_loop()
    coro = work('never')
    try:
        third.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    third.close()
    t = asyncio.create_task(work('task after third'))
    print(await t)
    print(asyncio.get_running_loop().is_closed())

asyncio.run(main())

# Two loops made one after the other, used in turn.
a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print(a.run_until_complete(work('a')))
a.close()
print(b.run_until_complete(work('b')))
b.close()
print(asyncio.run(work('last')))

# The newer loop closed first; the older one still runs afterwards.
c = asyncio.new_event_loop()
d = asyncio.new_event_loop()
d.close()
print(c.run_until_complete(work('c after d closed')))
c.close()
print(asyncio.run(work('end')))
