import asyncio

async def qick():
    print("quick runs?")
    await asyncio.sleep(0)
    return "quick"

async def main():
    try:
        print(await asyncio.wait_for(quick(), timeout=0))