import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(10)
    try:
        fut.set_result(11)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await fut, fut.exception())
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    try:
        await f2
    except KeyError as e:
        print("KeyError", e)
    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled())

asyncio.run(main())
