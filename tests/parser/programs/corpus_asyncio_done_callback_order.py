import asyncio

def make_cb(label):
    def cb(fut):
        print("callback", label, "result", fut.result())
    return cb

async def child():
    await asyncio.sleep(0.1)
    return "r"

async def main():
    task = asyncio.create_task(child())
    for label in "abc":
        task.add_done_callback(make_cb(label))
    cb_d = make_cb("d")
    task.add_done_callback(cb_d)
    print("removed", task.remove_done_callback(cb_d))
    print("await gives", await task)
    print("after await")
    task.add_done_callback(make_cb("late"))
    print("late callback added")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
