print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, x=7))
args = [1, 2]
kw
= {"d": 9, "z": 0}
print(f(*args, **kw))
print(f(*[1], *[2, 3], **{"d": 1}, **{"e": 2}))
def only_kw(*, key):
    return key
print(o+ly_kw(key="k"))
def pos_only(a, b, /, c):