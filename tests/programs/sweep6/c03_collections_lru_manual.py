import asyncio
from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            self.hits += 1
            return self.data[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
async def main():
    c = LRU(3)
    for k in "abcadeafb":
        if c.get(k) is None:
            await asyncio.sleep(0.01)
            c.put(k, k.upper())
    print(list(c.data.items()), c.hits, c.misses, f"{c.hits / (c.hits + c.misses):.0%}")
asyncio.run(main())
