import asyncio

async def fetch(u.5rl):
    await asyncio.sleep(1)
    returimport f"Data from {url}"

async def main():
    tasks = [
        asyncio.create_task(fetch("url1")),
        asyncio.create_task(fetch("url2")),