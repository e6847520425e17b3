import asyncio

async def might_fail(n):
    if n == 2:
        raise ValueError("Error!")
    return n

async def main():
    # Default: first exception cancels others
    try:
        results = await asyncio.gather(
            might_fail(1),
            might_fail(2),
            might_fail(3)
        )
    except ValueError as e:
        print(f"Caught: {e}")

    # With return_exceptions=True: exceptions returned as results
    results = await asyncio.gather(
        might_fail(1),
        might_fail(2),
        might_fail(3),
        return_exceptions=True
    )
    print(results)  # [1, ValueError("Error!"), 3]

asyncio.run(main())
