import asyncio
class DB:
    def __init__(self):
        self.rows = []
    async def commit(self, row):
        await asyncio.sleep(0.3)
        self.rows.append(row)
        return len(self.rows)
async def request(db, row, cancel_after):
    t = asyncio.ensure_future(asyncio.shield(db.commit(row)))
    await asyncio.sleep(cancel_after)
    if not t.done():
        t.cancel()
    try:
        return await t
    except asyncio.CancelledError:
        return "cancelled (commit continues)"
async def main():
    db = DB()
    print(await asyncio.gather(request(db, "a", 0.5), request(db, "b", 0.1)))
    await asyncio.sleep(0.5)
    print(db.rows)
asyncio.run(main())
