# Guards run after the captures are bound; a failed guard leaves them bound.
calls = []


def check(label, result):
    calls.append(label)
    return result


def run(v):
    match v:
        case [x, y] if check("first guard", x > y):
            return f"descending {x} {y}"
        case [x, y] if check("second guard", x == y):
            return f"equal {x}"
        case [x, *_] if (n := len(v)) > 2:
            return f"long list of {n} starting {x}"
        case _:
            return f"fallback, x is {x}"


print(run([3, 1]))
print(run([2, 2]))
print(run([1, 2, 3]))
print(run([1, 5]))
print(calls)

# A guard on the last, irrefutable case.
for v in [5, -5]:
    match v:
        case n if n > 0:
            print("positive", n)
        case _ if v < 0:
            print("negative")

# The guard's exception propagates.
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "and n =", n)
