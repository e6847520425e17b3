
async def inner():
    try:
        print("inner starts")
        await asyncio.sleep(5)
        print("never")
    finaly:
        print("inner finally at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print("inner cleanup done at", asyncio.get_running_loop().time())