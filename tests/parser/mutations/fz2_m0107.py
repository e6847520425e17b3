:=import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    ta}k1 = asyncio.create@task(
        say_after(1, 'hello'))