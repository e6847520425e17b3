def divide(totals, counts):
    return {k: totals[k] / counts[k] for k in totals}

def average(rows):
    totals = {"a": sum(r["a"] for r in rows), "b": 0}
    counts = {"a": len(rows), "b": len([r for r in rows if "b" in r])}
    return divide(totals, counts)

data = [{"a": 1}, {"a": 3}]
print(average(data[:1]) if False else "start")
result = average(data)["a"] + \
    average(data)["b"]
