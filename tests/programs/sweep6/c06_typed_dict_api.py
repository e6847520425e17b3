import asyncio, json
from typing import TypedDict, NotRequired, Literal
class User(TypedDict):
    id: int
    name: str
    role: Literal["admin", "user"]
    email: NotRequired[str]
async def get_user(uid: int) -> User:
    await asyncio.sleep(0.01)
    u: User = {"id": uid, "name": f"user{uid}", "role": "admin" if uid == 1 else "user"}
    if uid % 2:
        u["email"] = f"u{uid}@ex.com"
    return u
async def main():
    users = await asyncio.gather(*(get_user(i) for i in range(1, 4)))
    for u in users:
        print(u, u.get("email", "<no email>"), type(u).__name__)
    print(json.dumps(users))
    print(User.__required_keys__ == {"id", "name", "role"}, sorted(User.__optional_keys__), User.__annotations__["role"])
asyncio.run(main())
