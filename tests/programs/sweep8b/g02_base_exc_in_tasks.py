import asyncio

async def kb():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt("ki")

async def sysexit():
    await asyncio.sleep(0.1)
    raise SystemExit(3)

async def main():
    t = asyncio.create_task(kb())
    try:
        await asyncio.sleep(1)
    except KeyboardInterrupt as e:
        print("main got KeyboardInterrupt", repr(e), asyncio.get_running_loop().time())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except KeyboardInterrupt as e:
        print("result re-raises", repr(e))
    t2 = asyncio.create_task(sysexit())
    try:
        await t2
    except SystemExit as e:
        print("SystemExit", e.code)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            tg.create_task(kb())
    except KeyboardInterrupt as e:
        print("taskgroup passes base exception", repr(e))
    try:
        await asyncio.gather(sysexit(), asyncio.sleep(1))
    except SystemExit as e:
        print("gather SystemExit", e.code)
    print("end")

try:
    asyncio.run(main())
except BaseException as e:
    print("escaped run:", repr(e))
