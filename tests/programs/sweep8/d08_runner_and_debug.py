import asyncio

async def step(n):
    await asyncio.sleep(0.1)
    return n + 1

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(10)))
    loop = runner.get_loop()
    print(type(loop).__name__.endswith("EventLoop"), loop.is_closed(), loop.get_debug())
print(loop.is_closed())

with asyncio.Runner(debug=True) as r:
    async def check():
        return asyncio.get_running_loop().get_debug()
    print("debug:", r.run(check()))

try:
    asyncio.run(step)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
try:
    asyncio.run(42)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

async def nested():
    try:
        asyncio.run(step(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.get_running_loop().is_running())

asyncio.run(nested())
r = asyncio.Runner()
print(r.run(step(100)))
r.close()
try:
    r.run(step(0))
except RuntimeError as e:
    print("RuntimeError:", e)
