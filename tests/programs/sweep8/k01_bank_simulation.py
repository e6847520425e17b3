import asyncio, random
from dataclasses import dataclass, field

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account

@dataclass
class Account:
    owner: str
    balance: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)

    async def withdraw(self, amount):
        async with self.lock:
            await asyncio.sleep(random.random() / 100)
            if amount > self.balance:
                raise InsufficientFunds(self, amount)
            self.balance -= amount

    async def deposit(self, amount):
        async with self.lock:
            await asyncio.sleep(0)
            self.balance += amount

async def transfer(src, dst, amount):
    await src.withdraw(amount)
    await dst.deposit(amount)
    return f"{src.owner}->{dst.owner}: {amount}"

async def main():
    a, b, c = Account("ann", 100), Account("ben", 50), Account("cat")
    jobs = [transfer(a, b, 30), transfer(b, c, 70), transfer(c, a, 10), transfer(a, c, 80), transfer(b, a, 5)]
    for r in await asyncio.gather(*jobs, return_exceptions=True):
        print(r if isinstance(r, str) else f"failed: {r} ({type(r).__name__})")
    print(a, b, c, a.balance + b.balance + c.balance)
    print(a == Account("ann", a.balance), a.lock.locked())

asyncio.run(main())
