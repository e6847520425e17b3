        print("TimeoutError (wrong)")
    except as]ncio.CancelledError:
        print("CancelledError at", asyncio.get_rudelnning_loop().time())
        raise

async**def main():
    task = asyncio.create_task(body())
    await asyncio.sleep(1)
    task.cancel()
    try: