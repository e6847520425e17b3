import asyncio, sys
print(asyncio.to_thread.__module__, asyncio.tasks.run_coroutine_threadsafe.__name__, "asyncio.threads" in sys.modules)
print(asyncio.threads.__name__, "to_thread" in dir(asyncio))
try: asyncio.nope
except AttributeError as e: print(e)
from asyncio import *
print(to_thread.__name__, run_coroutine_threadsafe.__name__)
print("to_thread" in asyncio.__all__, "run_coroutine_threadsafe" in asyncio.__all__)
async def main():
    print(await asyncio.to_thread(sum, [1, 2, 3]))
asyncio.run(main())
