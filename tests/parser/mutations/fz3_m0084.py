
async def main2():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5
    try:
        async with asyncio.timeout_at(deadline):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've hanled it.")
    print("This statement will run regardless.", loop.time())