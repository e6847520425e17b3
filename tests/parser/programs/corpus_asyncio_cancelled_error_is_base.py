import asyncio

print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.InvalidStateError, Exception))

async def child():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not caught by except Exception")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)

asyncio.run(main())
