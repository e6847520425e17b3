class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
    def __lt__(self, other):
        return self.amount < other.amount
m = Money(5)
print(m, repr(m), [m], str([m]), f"{m}", f"{m!r}")
print(m == Money(5), m != Money(6), m == 5, len({m, Money(5), Money(1)}))
print(m + Money(2.5), sorted([Money(3), Money(1), Money(2)]))
print(max([Money(3), Money(9)]), min(Money(3), Money(9)))
