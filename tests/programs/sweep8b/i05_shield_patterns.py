import asyncio

async def critical(log):
    await asyncio.sleep(0.3)
    log.append("critical done")
    return "saved"

async def main():
    log = []
    inner = asyncio.create_task(critical(log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner running:", not inner.done())
    print(await inner, log)
    try:
        await asyncio.wait_for(asyncio.shield(critical(log)), 0.1)
    except asyncio.TimeoutError:
        print("timed out but shielded work continues")
    await asyncio.sleep(0.3)
    print(log)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    failing = asyncio.create_task(asyncio.sleep(0.1))
    sh = asyncio.shield(failing)
    failing.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield of cancelled inner is cancelled", sh.cancelled())
    async def boom():
        await asyncio.sleep(0.1)
        raise OSError("io")
    try:
        await asyncio.shield(boom())
    except OSError as e:
        print("OSError", e)

asyncio.run(main())
