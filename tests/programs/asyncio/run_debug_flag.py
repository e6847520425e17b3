import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    await asyncio.sleep(0.1)
    return "ok"

print(asyncio.run(main(), debug=True))
print(asyncio.run(main()))
