import asyncio
from contextlib import asynccontextmanager
class Connection:
    async def __aenter__(self):
        print("connecting")
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, ev, tb):
        print("disconnecting", et.__name__ if et else None)
        await asyncio.sleep(0.1)
        return False
@asynccontextmanager
async def transaction(name):
    print("begin", name)
    try:
        yield name
        print("commit", name)
    except Exception:
        print("rollback", name)
        raise
async def main():
    async with Connection() as conn:
        async with transaction("t1") as t:
            print("in", t)
    try:
        async with transaction("t2"):
            raise ValueError("fail")
    except ValueError:
        print("t2 failed at", asyncio.get_running_loop().time())
asyncio.run(main())
