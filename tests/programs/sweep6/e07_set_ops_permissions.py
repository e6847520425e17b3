import asyncio
ROLES = {"viewer": {"read"}, "editor": {"read", "write"}, "admin": {"read", "write", "delete", "grant"}}
USERS = {"ann": ["admin"], "bob": ["viewer", "editor"], "cy": ["viewer"], "dee": []}
async def perms(user):
    await asyncio.sleep(0.01)
    return user, set().union(*(ROLES[r] for r in USERS[user]))
async def main():
    table = dict(await asyncio.gather(*(perms(u) for u in USERS)))
    for u, p in table.items():
        print(f"{u:<4} {sorted(p)}")
    print("common:", sorted(set.intersection(*(p for p in table.values() if p))))
    print("can write:", sorted(u for u, p in table.items() if "write" in p))
    print("bob lacks:", sorted(ROLES["admin"] - table["bob"]), "ann>bob", table["ann"] > table["bob"], table["cy"] <= table["bob"])
    print(sorted(table["ann"] ^ table["cy"]), frozenset(table["cy"]) in {frozenset({"read"})}, {frozenset(p) for p in table.values()} == {frozenset(), frozenset({"read"}), frozenset({"read", "write"}), frozenset(ROLES["admin"])})
asyncio.run(main())
