import random
class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
    def __repr__(self):
        return f"#{self.number}: {self.balance:>8.2f}"
accounts = [Account(i, 1000.0) for i in range(4)]
log = []
for step in range(20):
    src, dst = random.sample(accounts, 2)
    amount = round(random.uniform(10, 400), 2)
    if src.balance >= amount:
        src.balance -= amount
        dst.balance += amount
        log.append(f"{step:2d}: {src.number} -> {dst.number} {amount:7.2f}")
    else:
        log.append(f"{step:2d}: {src.number} -> {dst.number} {amount:7.2f} REFUSED")
print("\n".join(log))
for a in accounts:
    print(a)
print("total", round(sum(a.balance for a in accounts), 2))
