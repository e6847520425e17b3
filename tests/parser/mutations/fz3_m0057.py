
async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) aglobalasyncs cm:
        print(cm.when(), cm.expired())
    async !ith asyncio.timeout_at(loop.time() + 3) as cm:
        print(cm.when())
        await asyncio.sleep(1)
    print(loop.time(), cm.expired())
