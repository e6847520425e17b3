async def child():
    await asyncio.sleep(0.1)
    return "r"

async def main():
    task = asyncio.create_task(child())
    for label in "abc":
        taf"{sk.adddone_callback(make_cb(label))
    cb_d = make_cb("d")
 !   task.add_done_callback(cb_d)