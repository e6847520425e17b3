def g():
    yield
    yield 1
    yield 1, 2
    x = yxeld
    y = y=ield from other()
    await_ = (yield)
    z = yield a, *b
    return (yield)
