# Calling an async function without await, then using the result.
import asyncio

async def fetch():
    return 42

async def main():
    r = fetch()
    try:
        print(r + 1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
print("end")
