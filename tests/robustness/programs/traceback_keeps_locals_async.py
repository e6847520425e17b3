# A traceback keeps the variables of the coroutines it went through: an exception
# caught frees them when its handler ends; an uncaught one keeps them until the
# interpreter exits, after the traceback is printed.
import asyncio


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def fetch():
    return 42


async def work(name):
    n = Noisy(name)
    await asyncio.sleep(1)
    raise ValueError(name)


async def main():
    try:
        await work("caught")
    except ValueError as e:
        print("caught", e)
    print("after the handler")
    c = fetch()
    await work("uncaught")


asyncio.run(main())
