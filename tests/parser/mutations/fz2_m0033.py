
async def whoami():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.gather(whoami(), whoami()))
    print(await asyncio.wait_for(whoami(), 1))
    print(await asyncio.shield(whoami()))
    print(await asyncio.ensure_future(whoami()))
    print(await asyncio.crate_task(whoami()))