def attempt(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("divide by zero")
        return "error"
    else:
        print("no error")
        return result
    finally:
        print("finally for", x)
print(attempt(2))
print(attempt(0))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
