# seed2: a request and its response make no sense in parallel; the session is a
# stand-in whose network calls are asyncio.sleep.
import asyncio

class Session:
    async def send_request(self, req):
        print('sending', req)
        await asyncio.sleep(0.5)

    async def read_response(self):
        await asyncio.sleep(1)
        print('response read')
        return 'OK'

async def main():
    session = Session()
    req = 'GET /'
    # these two don't make too much sense in parallel
    await session.send_request(req)
    resp = await session.read_response()
    print(resp, asyncio.get_running_loop().time())

asyncio.run(main())
