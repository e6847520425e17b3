import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(ValueError(1)))
                tg.create_task(fail(OSError(2)))
        except* ValueError as eg:
            print("handled", eg.exceptions)
    except* OSError as eg:
        print("re-raised to outer:", type(eg).__name__, eg.exceptions)

asyncio.run(main())
