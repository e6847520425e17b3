import asyncio
async def say_hello():
    await asyncio.sleep(2)
    print("Hello, Async!")
# ❌ ERROR: 'await' outside an async function
await say_hello()
