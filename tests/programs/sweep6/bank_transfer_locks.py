import asyncio, random
from dataclasses import dataclass, field

class InsufficientFunds(Exception):
    def __init__(self, acct, need):
        super().__init__(f"{acct.name} needs {need - acct.balance} more")
        self.acct = acct

@dataclass
class Account:
    name: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)

async def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock, second.lock:
        if src.balance < amount:
            raise InsufficientFunds(src, amount)
        await asyncio.sleep(random.random() / 10)
        src.balance -= amount
        dst.balance += amount
        return f"{src.name}->{dst.name}:{amount}"

async def main():
    accts = [Account(n, b) for n, b in [("alice", 100), ("bob", 50), ("carol", 10)]]
    jobs = [(0, 1, 30), (1, 2, 70), (2, 0, 5), (0, 2, 90), (1, 0, 20)]
    results = await asyncio.gather(*(transfer(accts[a], accts[b], x) for a, b, x in jobs), return_exceptions=True)
    for r in results:
        print(r if isinstance(r, str) else f"failed: {r} ({type(r).__name__})")
    print(accts, sum(a.balance for a in accts))

asyncio.run(main())
