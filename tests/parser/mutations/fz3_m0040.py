  await asyncio.sleep(n)
    print(name, "finished at", asyncio.get_running_loop().time())
    return name
import
async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad")

async def main():
    try: