# Money with Decimal, as tutorials teach it: exact cents, rounding rules, interest,
# splitting a bill, and why floats are not used for prices.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext
from fractions import Fraction
import statistics

CENT = Decimal("0.01")
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1) + Decimal(0.2))

# Compound interest, month by month, rounded to the cent each month.
balance = Decimal("1000.00")
rate = Decimal("0.05") / 12
for month in range(1, 13):
    interest = (balance * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    balance += interest
    if month % 3 == 0:
        print(f"month {month:2}: interest {interest:>6} balance {balance:>10,.2f}")

# The same with the exact formula at high precision.
with localcontext() as ctx:
    ctx.prec = 40
    exact = Decimal("1000") * (1 + Decimal("0.05") / 12) ** 12
    print("exact:", exact, "->", exact.quantize(CENT))

# Splitting a bill three ways: the pennies that do not divide go to the first payers.
bill = Decimal("100.00")
share = (bill / 3).quantize(CENT, rounding=ROUND_DOWN)
left = bill - share * 3
shares = [share + CENT if i < left / CENT else share for i in range(3)]
print("shares:", shares, "sum:", sum(shares))

# Rounding modes on halves.
for value in ["2.675", "2.665", "-2.675", "0.125"]:
    d = Decimal(value)
    print(value, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN),
          round(d, 2), round(float(value), 2))

# Prices in a table, a total, an average and a percentage.
prices = {"coffee": Decimal("3.40"), "bagel": Decimal("2.25"), "juice": Decimal("4.1")}
for item, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{item:<8}{price:>8.2f}")
total = sum(prices.values())
print(f"{'total':<8}{total:>8.2f}", statistics.mean(prices.values()),
      f"{prices['coffee'] / total:.1%}")
print(Fraction(total), total.as_integer_ratio(), total == Fraction(39, 4), float(total))
print(getcontext().prec, getcontext().rounding, Decimal(1) / 7)
print(Decimal("1.50").normalize(), Decimal("1E+3").to_eng_string(), Decimal("12.50").as_tuple())
print(max(prices.values()), min(Decimal("-0"), Decimal("0")), Decimal(2) ** Decimal("0.5"))
