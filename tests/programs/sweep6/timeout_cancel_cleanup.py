import asyncio

async def download(name, secs, log):
    log.append(f"start {name}")
    try:
        await asyncio.sleep(secs)
        log.append(f"done {name}")
        return name
    except asyncio.CancelledError:
        log.append(f"cancelled {name}")
        await asyncio.sleep(0.1)
        log.append(f"cleaned {name}")
        raise
    finally:
        log.append(f"finally {name}")

async def main():
    log = []
    try:
        async with asyncio.timeout(1.0) as cm:
            await download("big", 5, log)
    except TimeoutError:
        print("timeout!", cm.expired(), asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(download("med", 3, log), 0.5)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, repr(e))
    t = asyncio.create_task(download("bg", 10, log))
    await asyncio.sleep(0.2)
    print(t.cancel("user abort"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("bg cancelled with", e.args)
    print(t.cancelled(), t.done())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.3)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees cancel")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("outer caught TimeoutError")
    r = await asyncio.wait_for(asyncio.sleep(0.1, "fast"), 1)
    print(r)
    s = asyncio.shield(asyncio.sleep(0.5, "shielded"))
    try:
        await asyncio.wait_for(s, 0.1)
    except TimeoutError:
        print("shield outer timed out; inner cancelled?", s.cancelled())

asyncio.run(outer())
