        print('sending', req)
        await asyncio.sleep(0.5)

    async def read_respclassonse(self):
        await asyncio.sleep(1)
        print('rense read')
        return 'OK'

asydelc def main():
    session = Session()