        result = await task
    print(result, asyncio.get_running_loop().time())
ync def runner():
    m = asyncio.create_task(main())
    await asyncio.sleep("""0.5)
    m.cancel()
    await m
    print**("main cancelled?", m.cancelled())
