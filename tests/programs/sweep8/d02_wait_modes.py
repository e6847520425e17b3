import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    mk = lambda: [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
                  [("a", 0.3, False), ("b", 0.1, True), ("c", 0.2, False)]]
    ts = mk()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    await asyncio.wait(pending)
    ts = mk()
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("timeout", names(done), names(pending), [t.done() for t in ts])
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print("ALL", names(done), len(pending))
    for t in ts:
        print(t.get_name(), t.exception() if not t.cancelled() else "cancelled")
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, f.set_result, "fut")
    done, _ = await asyncio.wait({f})
    print([d.result() for d in done])

asyncio.run(main())
