import asyncio

async def fail_with(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(ValueError("v"), 1))
            tg.create_task(fail_with(TypeError("t"), 1))
            tg.create_task(fail_with(KeyError("k"), 1))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("others:", sorted(type(e).__name__ for e in eg.exceptions))

asyncio.run(main())
