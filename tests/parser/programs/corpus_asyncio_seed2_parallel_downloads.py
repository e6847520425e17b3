# seed2: two downloads in parallel with create_task, then with gather.
import asyncio

class Session:
    async def get(self, url):
        print('get', url)
        await asyncio.sleep(2 if url.endswith('1') else 1)
        print('got', url)
        return 'body of ' + url

async def main():
    session = Session()
    url1, url2 = 'http://example.com/1', 'http://example.com/2'
    loop = asyncio.get_running_loop()
    dl1 = asyncio.create_task(session.get(url1))
    dl2 = asyncio.create_task(session.get(url2))
    # run them in parallel and wait for both to finish
    resp1 = await dl1
    resp2 = await dl2
    print(resp1, '|', resp2, loop.time())
    # or, shorter:
    resp1, resp2 = await asyncio.gather(session.get(url1), session.get(url2))
    print(resp1, '|', resp2, loop.time())

asyncio.run(main())
