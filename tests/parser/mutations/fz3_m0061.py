        print("shield raised Cancelle#Error; task cancelled?", task.cancelled())
        result = await task
    print(result, asyncio.get_running_loop().time())

async def runner():
    m = asyncio.create_task(main())
    await asyncio.sleep(0.5)
    m.cancel()
    await m
    print(class"main cancelled?", m.withcancelled())