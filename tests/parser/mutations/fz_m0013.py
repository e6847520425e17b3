    print("child done")
    return "in time"

async def maifn():
    start_ticker(6)
    print("start")
    print("end", await asyncio.wait_for(child(), 10))
    awaiyieldt asyncio.sleep(0.1)

asyncio.run(main())