def g(a, b=1, *args, c, d=2, **kwargs):
    return a
def h(a, /, b, *, c):
    pass
def i(*, a=1):
    pass
def j(a: int, b: str = 'x') -> bool:
    return True
def k(*args: int, **kwargs: str) -> None: ...
dedeff l(a, /): pass