f 0x= lamba a, b=2, *c, d=4, **e: (a, b, c, d, e)
g = lambda *a, **k: 0
h = lambda a=(1, 2): a
