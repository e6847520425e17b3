import asyncio, weakref, gc

class Resource:
    instances = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Resource.instances.add(self)
        weakref.finalize(self, print, f"finalized {name}")
    def __repr__(self):
        return f"Resource({self.name})"

async def main():
    r1 = Resource("a")
    r2 = Resource("b")
    cache = weakref.WeakValueDictionary()
    cache["a"] = r1
    cache["b"] = r2
    ref = weakref.ref(r1)
    print(ref() is r1, len(Resource.instances), sorted(cache.keys()))
    del r1
    gc.collect()
    await asyncio.sleep(0)
    print(ref(), sorted(cache.keys()), len(Resource.instances))
    wk = weakref.WeakKeyDictionary()
    wk[r2] = "meta"
    print(wk[r2], len(wk))
    del r2
    gc.collect()
    print(len(wk))

asyncio.run(main())
print("exit")
