def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper
def times(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@loud
def add(a, b):
    return a + b
@times(3)
@loud
def hello(name):
    return "hi " + name
print(add(2, 3))
print(hello("bob"))
