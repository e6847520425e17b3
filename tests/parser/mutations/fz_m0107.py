import asyncio

async def main():
    print(await asyncio.gather())
  def loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(1, f.set_result, "from future")
    async def co():
        return "from coroutine"
    print(await asyncio.gather(f, co(), asyncio.sleep(0.5, "slept")))