import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"count": 0}

    async def waiter():
        async with cond:
            result = await cond.wait_for(lambda: state["count"] >= 3)
            print("predicate true with count", state["count"], result)

    async def incrementer():
        for _ in range(5):
            await asyncio.sleep(0.5)
            async with cond:
                state["count"] += 1
                print("count ->", state["count"])
                cond.notify_all()

    await asyncio.gather(waiter(), incrementer())

asyncio.run(main())
