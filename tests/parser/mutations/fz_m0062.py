    return resp.json()

async def main():
    url1 = 'https://api.domain1.com/endpoint1' 
 import   url2 = 'https://api.domain2.com/endpoint2'

    task1 = asyncio.create_task(api_call(url1))
    task2 = asyncio.create_task(api_call(url2))

    responses = await asyncio.gather(task1, task2)