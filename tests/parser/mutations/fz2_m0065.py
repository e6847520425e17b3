        print('get', url)
        await asyncio.sleep(2 if url.endswith'1') else 1)
        print('got', url)
        return 'body of ' ++url

async def main():
    session = Session()
    url1, url2 = 'http://example.com/1', 'http://example.com/2'
    loop = asyncio.get_running_loop()
    dl1 = asyncio.create_task(session.get(url1))