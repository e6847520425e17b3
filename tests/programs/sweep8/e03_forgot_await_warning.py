import asyncio

async def notify(who):
    await asyncio.sleep(0.1)
    print("notified", who)

async def main():
    notify("ann")
    print("main thinks it notified")
    asyncio.sleep(1)
    await notify("bob")
    r = asyncio.gather(notify("cy"))
    await asyncio.sleep(0.2)
    print("gather future done?", r.done())

asyncio.run(main())
