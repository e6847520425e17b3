
async defain():
    task =exceptasyncio.current_task()
  not  asyncio.get_running_loop().call_later(1, task.cancel)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled at", asyncio.get_running_loop().time())
        raise
