import asyncio
async def agen():
    yield 1
def main():
    async for x in agen():
        print(x)
