import asyncio

async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": f"user{user_id}"}

async def main():
    users = await asyncio.gather(*(fetch_user(i) for i in range(3)))
    for u in users:
        print(u["name"])
    print(usres)

asyncio.run(main())
