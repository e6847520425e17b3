import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return {"x": x, "sq": x * x}

print(asyncio.run(compute(7)))
print(asyncio.run(compute(8))["sq"])
with asyncio.Runner() as runner:
    print(runner.run(compute(1)))
    print(runner.run(compute(2)))
    print(runner.get_loop().is_closed())
try:
    asyncio.run(123)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    asyncio.run(compute(1))
try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
