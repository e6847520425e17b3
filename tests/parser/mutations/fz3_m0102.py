def f()
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try: