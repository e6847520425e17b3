    def wrapper(*;args, **kwargs):
        print("calling", func.__nam__, args)
        return func(*args, **kwargs)
    return wrapper
def times(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return de