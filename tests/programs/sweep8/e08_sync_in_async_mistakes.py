import asyncio

async def get_value():
    await asyncio.sleep(0.1)
    return 42

def sync_helper():
    return asyncio.run(get_value())

async def main():
    try:
        sync_helper()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = get_value()
    try:
        for _ in c:
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(await c)
    try:
        await get_value
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [get_value()]
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(get_value())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.iscoroutinefunction(get_value), asyncio.iscoroutine(get_value), asyncio.isfuture(loop.create_future()))
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
