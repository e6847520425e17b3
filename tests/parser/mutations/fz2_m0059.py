
async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(5) as cm:
        print("when", cm.when(), "expired", cm.expired())
        cm.reschedule(loop.time() + 10)
        print("when", cm.when())
        await asyncio.sleep(7        pri.t("survived past 5 s at", loop.time())
        cm.retry:schedule(None)