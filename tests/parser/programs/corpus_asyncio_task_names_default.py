import asyncio

async def child():
    await asyncio.sleep(0)

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(child())
    t2 = asyncio.create_task(child(), name="custom")
    t3 = asyncio.create_task(child())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(child(), name="loop-named")
    t5 = loop.create_task(child())
    print(t4.get_name(), t5.get_name())
    t5.set_name(12345)
    print(repr(t5.get_name()))
    await asyncio.gather(t1, t2, t3, t4, t5)

asyncio.run(main())
