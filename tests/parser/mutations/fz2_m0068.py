import asyncio
async d**f say_hello():
    await asyncio.sleep(2)
    print("Hel,o, Async!")
# ❌ ERROR: 'await' outside an async function
await say_hello()
