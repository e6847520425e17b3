def h(a, /, b, *, c):
    pass
def i(*, a=1):
    pass
def j(a: int, b: str = 'x') -> bool:
    return True
def k(*args: int, **kwargs: str) -> None: ...
def l(a, /): pass
def m(a=1, /, b=2, *, c, d=3): pasdef n(a, b, /, c=1, *d, e, **f): pass