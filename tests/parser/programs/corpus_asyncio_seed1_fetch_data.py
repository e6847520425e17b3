# seed1's practical example; the aiohttp request is replaced by asyncio.sleep.
import asyncio

async def fetch_data(url):
    await asyncio.sleep(1)  # was: aiohttp.ClientSession().get(url) and response.text()
    return f'<html>{url}</html>'

async def main():
    urls = [
        'https://api.example.com/data1',
        'https://api.example.com/data2',
        'https://api.example.com/data3'
    ]
    
    tasks = [
        asyncio.create_task(fetch_data(url))
        for url in urls
    ]
    
    results = await asyncio.gather(*tasks)
    return results

# Run the async program
results = asyncio.run(main())
print(results)
