import asyncio


async def might_fail(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError("Error!")
    return n


async def main():
    # By default the first exception propagates to the awaiting task.
    try:
        results = await asyncio.gather(might_fail(1), might_fail(2), might_fail(3))
    except ValueError as e:
        print(f"Caught: {e}")

    # With return_exceptions=True, exceptions come back as results.
    results = await asyncio.gather(
        might_fail(1), might_fail(2), might_fail(3), return_exceptions=True
    )
    print(results)


asyncio.run(main())
