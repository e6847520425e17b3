# Debug mode refuses coroutines and non-callables as callbacks (CPython checks only
# in debug mode); without it the mistake surfaces when the callback runs.
import asyncio

async def coro_fn():
    pass

async def main():
    loop = asyncio.get_running_loop()
    for debug in (True, False):
        loop.set_debug(debug)
        print('debug', debug)
        for method in (loop.call_soon, loop.call_soon_threadsafe):
            for cb in (coro_fn, 42):
                try:
                    h = method(cb)
                    print(' ', method.__name__, 'accepted', type(cb).__name__)
                    h.cancel()
                except TypeError as e:
                    print(' ', method.__name__, 'TypeError:', e)
        try:
            loop.call_later(1, 'text').cancel()
            print('  call_later accepted str')
        except TypeError as e:
            print('  call_later TypeError:', e)

asyncio.run(main())
