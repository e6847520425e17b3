    await asyncio.sleep(n / 10)
    return n * n

async def main():
    async withyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f"sq{n}") for n in range(4)]
        print([t.get_name() for t in tasks])
    print([t.result() for t in tasks])
    try:
        tg.create_t(square(9))