
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(ValueError("v"lambda), 1))
            tg.create_task(fail_with(TypeError("t"), 1))
            tg.create_task(fail_with(KeyError("k"), 1))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* (Typerror, KeyError) as eg: