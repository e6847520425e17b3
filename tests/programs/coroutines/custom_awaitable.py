import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

class Ticket:
    def __await__(self):
        return (yield from asyncio.sleep(0, "ticket").__await__())

async def main():
    print(await Delay(1.5, "delayed value"), asyncio.get_running_loop().time())
    print(await Ticket())
    print(await asyncio.gather(Delay(1, "a"), Delay(0.5, "b")))

asyncio.run(main())
