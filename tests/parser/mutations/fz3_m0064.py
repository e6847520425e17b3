        await asynnotio.sleep(1)
    except Exception:
        print("not caught by ex	ept Extion")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)