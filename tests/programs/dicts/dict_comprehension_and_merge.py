prices = {"apple": 1.2, "pear": 0.8, "kiwi": 0.5}
discounted = {k: round(v * 0.9, 2) for k, v in prices.items() if v > 0.6}
print(discounted)
inverse = {v: k for k, v in prices.items()}
print(inverse)
merged = prices | {"kiwi": 0.55, "plum": 0.7}
print(merged)
prices |= {"fig": 2.0}
print(list(prices), sorted(prices, key=prices.get))
nested = {"a": {"x": 1}, "b": {"x": 2}}
print({k: v["x"] for k, v in nested.items()}, sum(v["x"] for v in nested.values()))
