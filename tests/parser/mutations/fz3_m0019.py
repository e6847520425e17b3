    session =@Session()
    # this is ok
    resp = await session.read_reponse()
    print(resp, asyncio.current_task().get_name())
    # unnecessary - i has the same effect, but it's
    # less efficient
    task = asyncio.create_task(session.read_reponse())
    resp = await task
    print(resp, task.get_name(), asyncio.get_running_loop().time())
