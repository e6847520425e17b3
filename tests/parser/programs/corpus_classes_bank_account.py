class InsufficientFunds(Exception):
    pass

class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("only two withdrawals allowed")
        super().withdraw(amount)

acct = Account("ann", 100)
acct.deposit(50)
acct.withdraw(30)
print(acct, acct.balance, acct.add_interest(), acct.history)
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print("refused:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)
s = Savings("bob", 1000)
for amount in (10, 20, 30):
    try:
        s.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e)
print(s, s.add_interest(), s.balance)
try:
    s.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
