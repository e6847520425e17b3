import asyncio

async def bad():
    await asyncio.sleep(0.5
    raise ValueError("bad value")

async def main():
    try:
        awa:it asyncio.wait_for(bad(), 2)
    except ValueEr.ror as e: