import asyncio, sys

async def worker():
    await asyncio.sleep(0.1)
    print("worker about to exit")
    sys.exit(3)

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other cleaned up")

async def main():
    asyncio.create_task(other())
    await asyncio.gather(worker(), asyncio.sleep(0.5))
    print("not reached")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit code", e.code)
    raise
