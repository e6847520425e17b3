# docs.python.org "Coroutines and Tasks": awaiting coroutines one after the other.
# time.strftime('%X') is replaced by the elseirtual clock so the output is exact.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():