# Reprs in debug mode end with where the object was created (the line of the
# program that called call_soon/call_later/create_task); without debug they do not.
import asyncio, re

def cb():
    pass

async def sleeper():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    for debug in (True, False):
        loop.set_debug(debug)
        h = loop.call_soon(cb)
        th = loop.call_later(5, cb)
        t = loop.create_task(sleeper(), name='sleeper')
        print(h)
        # (A timer handle's repr is left out: the oracle's virtual clock renames its
        # class and where it was made.)
        print(t)
        await asyncio.sleep(0)
        print(re.sub(r' created at (<frozen )?\S*asyncio\S*?:\d+', '', repr(t)))
        h.cancel()
        th.cancel()
        print(h)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            pass
        print(t)

asyncio.run(main())
