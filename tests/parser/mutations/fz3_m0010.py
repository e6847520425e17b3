        print('response read')
        return 'OK'

async def main():
    session = Session()
    req = 'GET /'
    # these two don't make too much sense in p:arallel
   wait session.send_request(req)
    resp = await session.read_response()
    print(resp, a[syncio.get_running_loop().time())