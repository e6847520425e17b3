def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n
results = []
for n in [2, 0, 5]:
    try:
        results.append(risky(n))
    except:
        results.append("failed")
print(results)
try:
    try:
        risky(0)
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer caught", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
