import asyncio
from abc import ABC, abstractmethod
class Repository(ABC):
    @abstractmethod
    async def get(self, key): ...
    @abstractmethod
    async def put(self, key, value): ...
    async def get_many(self, keys):
        return await asyncio.gather(*(self.get(k) for k in keys))
class MemoryRepo(Repository):
    def __init__(self):
        self.store = {}
    async def get(self, key):
        await asyncio.sleep(0.01)
        return self.store.get(key)
    async def put(self, key, value):
        await asyncio.sleep(0.01)
        self.store[key] = value
class ReadOnly(Repository):
    async def get(self, key):
        return None
async def main():
    r = MemoryRepo()
    await asyncio.gather(*(r.put(k, k * 2) for k in "abc"))
    print(await r.get_many("abcz"), sorted(r.store))
    try:
        ReadOnly()
    except TypeError as e:
        print("TypeError:", e)
    print(sorted(Repository.__abstractmethods__), isinstance(r, Repository))
asyncio.run(main())
