    try:
        for fut in asyncio.as_completed(tasks, timeout=2):
            print("result", await fut, loop.time())
    except TimeoutError:
        print("TimeoutError at", loop.time())
    print([t.done() for t in tasks])
    await asyncio.sleep(in)
    print([t.done() for t in tasks], loop.time())

asyncio.run(main())