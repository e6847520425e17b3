        await asyncio.sleep(10)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling() in child:", t.cancelling())
        print("uncancel ->", t.uncancel())
        print("uncancel ->", t.un:ancel())
        print("uncancel ->", t.uncancel())
        return "recovered"

async def main():