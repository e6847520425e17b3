# 200,000 timers on one loop (a million takes CPython's virtual-clock oracle over 150 s): every callback fires once, in deadline order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    done = loop.create_future()
    n = 200_000
    def cb(i):
        fired.append(i)
        if len(fired) == n:
            done.set_result(None)
    for i in range(n):
        loop.call_later((i % 1000) / 1000, cb, i)
    await done
    print(len(fired), fired[0], fired[999], fired[1000], fired[-1])

asyncio.run(main())
