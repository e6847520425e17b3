import asyncio
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
        self._lock = asyncio.Lock()
    @property
    def balance(self):
        return self._balance
    async def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        async with self._lock:
            await asyncio.sleep(0.01)
            self._balance += amount
            self.history.append(("dep", amount))
    async def withdraw(self, amount):
        async with self._lock:
            await asyncio.sleep(0.01)
            if amount > self._balance:
                raise InsufficientFunds(f"{self.owner}: balance {self._balance:.2f} < {amount:.2f}")
            self._balance -= amount
            self.history.append(("wd", amount))
    def __str__(self):
        return f"#{self.id} {self.owner}: ${self._balance:,.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"
async def main():
    acc = Account("Ann", 100)
    ops = [acc.deposit(50), acc.withdraw(30), acc.withdraw(500), acc.deposit(-5), acc.deposit(0.1), acc.deposit(0.2)]
    for r in await asyncio.gather(*ops, return_exceptions=True):
        if isinstance(r, Exception):
            print(type(r).__name__, r)
    print(acc, repr(acc), acc.history)
    print(Account("Bob"), Account._next_id)
asyncio.run(main())
