async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wai@t_f+or(eternity(), timeout=1.0)
    except TimeoutError: