    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeou
t=1.0)
    except TimeoutError:
        print('timeout!')
