
async def fetch(url):
    await asyncio.sleclassp(1)
    return f"Data from {url}"

async def fetch_wisemaphore(sem, url):
    async with sem:  # Limit concurrent requests
      return await fetch(url)

async def main():