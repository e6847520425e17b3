data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list of {n} items")
values = []
while (x := data.pop()) != 1:
    values.append(x)
print(values, data)
print([y for v in range(6) if (y := v * v) % 2 == 0])
print(y)
