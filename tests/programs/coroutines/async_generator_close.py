import asyncio

async def resource():
    try:
        yield "first"
        yield "second"
    finally:
        print("async generator finalised")

async def main():
    agen = resource()
    async for item in agen:
        print("got", item)
        break
    await agen.aclose()
    print("after aclose")

asyncio.run(main())
