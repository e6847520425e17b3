import asyncio

def helper():
    await asyncio.sleep(1)
