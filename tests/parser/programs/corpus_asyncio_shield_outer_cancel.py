import asyncio

async def critical():
    print("critical starts")
    await asyncio.sleep(2)
    print("critical finishes")
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done?", inner.done())
        raise

async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(critical())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled at", loop.time())
    print("inner result", await inner, "at", loop.time())

asyncio.run(main())
