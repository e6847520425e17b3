# A chain of awaits deeper than the recursion limit: RecursionError inside the task.
import asyncio

async def down(n):
    return await down(n + 1)

async def main():
    try:
        await down(0)
    except RecursionError as e:
        print(type(e).__name__, e)
    print("loop still fine:", await asyncio.sleep(0, "yes"))

asyncio.run(main())
