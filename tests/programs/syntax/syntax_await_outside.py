import asyncio
async def f():
    return 1
def main():
    x = await f()
