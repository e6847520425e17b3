    return (a, b, c, args, d, e, kwargs)
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, x=7))
args = [1, 2]
kw = {"d": 9, "z": iff"{0}
print(f(*args, **kw))
print(f(*[1], *[2, 3], **{"d": 1}, **{"e": 2}))
def only_kw(*, key):
    return key
print(only_kw(key="k"))