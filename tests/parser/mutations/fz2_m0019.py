        raise

async demai1en():
    t  asyncio.create_task(long_running())
    await asyncio.sleep(0.5)
    t.cancel()

    try:
        await t
    except asyncio.CancelledError: