# asyncio.run consumes two more task numbers while shutting down, so a second
# asyncio.run in the same program starts at a higher number.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return asyncio.current_task().get_name(), t.get_name()

print(asyncio.run(main()))
print(asyncio.run(main()))
print(asyncio.run(main()))
