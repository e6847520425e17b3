import asyncio

async def name_of_current():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

with asyncio.Runner(debug=False) as runner:
    print(runner.run(name_of_current()))
    print(runner.run(name_of_current()))
print(asyncio.run(name_of_current()))
