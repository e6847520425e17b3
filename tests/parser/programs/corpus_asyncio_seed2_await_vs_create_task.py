# seed2: awaiting a coroutine directly vs. wrapping it in a task just to await it.
import asyncio

class Session:
    async def read_reponse(self):
        await asyncio.sleep(1)
        return 'response'

async def main():
    session = Session()
    # this is ok
    resp = await session.read_reponse()
    print(resp, asyncio.current_task().get_name())
    # unnecessary - it has the same effect, but it's
    # less efficient
    task = asyncio.create_task(session.read_reponse())
    resp = await task
    print(resp, task.get_name(), asyncio.get_running_loop().time())

asyncio.run(main())
