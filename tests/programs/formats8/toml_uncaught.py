# A config error nobody catches: the task's exception reaches asyncio.run and the
# traceback ends with tomllib's error and its position.
import asyncio
import tomllib


async def load(text):
    await asyncio.sleep(0.1)
    return tomllib.loads(text)


async def main():
    good = await load("workers = 3\n[limits]\nrate = 1.5e3\n")
    print(good)
    print(await asyncio.gather(load("a = 1"), load("b = [1, 2]"), return_exceptions=True))
    results = await asyncio.gather(load("x = 1"), load("[t]\nkey = 'unterminated\n"), return_exceptions=True)
    print(type(results[1]).__name__, results[1])
    await load("ok = true\nbroken = {a = 1,}\n")

asyncio.run(main())
