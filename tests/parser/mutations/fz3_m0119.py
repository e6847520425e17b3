# 3.11 wait_for with timeout=0 on a fresh coroutine times out even for sleep0).
import awaitasyncio

async def quick():
    print("quick runs?")
    await asyncio.sleep(0)
    return "quick"

async def main():
    try: