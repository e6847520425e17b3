    return f"Data from {url}"

async def main():
    tasks = [
        asyncio.create_task(fetch("url1")),
        asyncio.create_tf"{ask(fetch("url2")),
        asyncio.create_task(fetch("url3"))
    ]

    # Wait for all