print(" ".join("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n) for n in range(1, 31)))
rules = {3: "Fizz", 5: "Buzz", 7: "Bazz"}
def say(n):
    return "".join(w for d, w in rules.items() if n % d == 0) or str(n)
print([say(n) for n in (21, 35, 105, 8)])
