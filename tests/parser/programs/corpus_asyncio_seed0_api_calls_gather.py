# seed0's practical example; the httpx request is replaced by asyncio.sleep.
import asyncio

class FakeResponse:
    status_code = 200

    def __init__(self, url):
        self.url = url

    def json(self):
        return {'url': self.url, 'ok': True}

async def api_call(url):
    print(f'Making API call to {url}')
    await asyncio.sleep(1)  # was: async with httpx.AsyncClient() as client: await client.get(url)
    resp = FakeResponse(url)
    print(f'API call completed, status {resp.status_code}')
    return resp.json()

async def main():
    url1 = 'https://api.domain1.com/endpoint1' 
    url2 = 'https://api.domain2.com/endpoint2'

    task1 = asyncio.create_task(api_call(url1))
    task2 = asyncio.create_task(api_call(url2))

    responses = await asyncio.gather(task1, task2)
    print(responses[0], responses[1])

asyncio.run(main())
