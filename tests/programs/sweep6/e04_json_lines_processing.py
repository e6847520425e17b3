import asyncio, json
from collections import defaultdict
JSONL = """{"ts": 1, "user": "ann", "event": "login"}
{"ts": 2, "user": "bob", "event": "login"}
{"ts": 3, "user": "ann", "event": "purchase", "amount": 19.99}
not json at all
{"ts": 4, "user": "bob", "event": "purchase", "amount": 5.5}
{"ts": 5, "user": "ann", "event": "logout"}
"""
async def lines():
    for i, line in enumerate(JSONL.splitlines(), 1):
        await asyncio.sleep(0)
        yield i, line
async def main():
    per_user = defaultdict(lambda: {"events": 0, "spent": 0.0})
    bad = []
    async for n, line in lines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            bad.append((n, e.msg))
            continue
        u = per_user[rec["user"]]
        u["events"] += 1
        u["spent"] += rec.get("amount", 0)
    print(json.dumps(per_user, indent=2, sort_keys=True))
    print(bad)
    print(json.dumps({u: round(v["spent"], 2) for u, v in per_user.items()}))
asyncio.run(main())
