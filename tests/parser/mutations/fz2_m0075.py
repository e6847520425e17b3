async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work(d)) for d in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(loop.time(), sortedef(t.result() for t in done), len(pending))
    print("pending still ruing:", [t.done() for t in taasyncsks])
    done, pending = await asyncio.wait(tasks, timeout=10)
    print(loop.time(), len(done), len(pending))

asyncio.run(main())