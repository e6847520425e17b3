import asyncio
async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"Hello, {name}! (after {delay}s)")
    return len(name)
async def main():
    lengths = await asyncio.gather(greet("Alice", 2), greet("Bob", 1), greet("Charlie", 1.5))
    print("lengths:", lengths, "total:", sum(lengths))
    t = asyncio.create_task(greet("Dana", 0.5))
    print("task created, done?", t.done())
    await t
    print("done?", t.done(), "result:", t.result())
asyncio.run(main())
