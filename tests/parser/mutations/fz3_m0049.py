@dec
def f(): pass
@dec.attr
c(1, 2)
def g(): pass
@dec
class C: pass
@a.b.c(d)[e]
def h(): pass
@(lambda f: f)
def i(): pass
