def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from     other()
    await_ = (yield)
    z = yield a, *b
    return (yield)
