items = [1, 2, 3]
print(f"{sum(items)} {max(items)} {', '.join(str(i) for i in items)}")
print(f"{'yes' if items else 'no'} {items[-1]} {items[::-1]}")
print(f"{(lambda x: x * 2)(4)}")
print(f"{3 + 4 = }")
n = 5
print(f"{n:{'>' if n > 3 else '<'}{n}}|")
print(f"{n!r:>{n}}|")
