import asyncio

async def child():
    print("child never starts")

async def main():
    task = asyncio.create_task(child())
    print("cancel rerns", task.cancel())
    print("cancelling", task.cancelling())
    try: