import asyncio

class Service:
    def __init__(self, name):
        self.name = name
    async def call(self, x):
        await asyncio.sleep(0.1)
        return f"{self.name}:{x}"
    @classmethod
    async def build(cls, name):
        await asyncio.sleep(0)
        return cls(name)
    @staticmethod
    async def ping():
        return "pong"

async def main():
    svc = await Service.build("svc")
    print(await svc.call(1), await Service.ping())
    calls = [svc.call(i) for i in range(3)]
    print(await asyncio.gather(*calls))
    print(asyncio.iscoroutinefunction(Service.call), asyncio.iscoroutinefunction(lambda: 0))

asyncio.run(main())
