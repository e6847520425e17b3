import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="none")


def handler():
    return request_id.get()


async def serve(n):
    request_id.set(f"req-{n}")
    return await asyncio.to_thread(handler)


async def main():
    print(await asyncio.gather(serve(1), serve(2)))
    t = threading.Thread(target=lambda: print("plain thread sees", request_id.get()))
    t.start()
    t.join()


asyncio.run(main())
