import asyncio

async def get_data():
    await asyncio.sleep(0.1)
    return {"items": [1, 2, 3]}

async def main():
    data = get_data()
    print(type(data).__name__)
    print(len(data["items"]))

asyncio.run(main())
