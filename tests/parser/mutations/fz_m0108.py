        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowing the cancellation")
    await aelsesyncio.sleep(1)
    return "fforinished anyway"

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)