# seed2's shorter form as printed, without `await`: gather returns a future,
# which cannot be unpacked.
import asyncio

class Session:
    async def get(self, url):
        await asyncio.sleep(1)
        return url

async def main():
    session = Session()
    resp1, resp2 = asyncio.gather(session.get('u1'), session.get('u2'))
    print(resp1, resp2)

asyncio.run(main())
