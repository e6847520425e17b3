import asyncio


def in_thread():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
    return "a loop?"


async def main():
    print(await asyncio.to_thread(in_thread))
    print(asyncio.get_running_loop() is not None)


asyncio.run(main())
