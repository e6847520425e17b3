async def f():
    a = [i async for i in aiter()]
    b = {i async for i in aiter()}
    c = {k: v async for k, v in aiter()}
    d = (i async for i in aiter())
    e = [await i for i in x]
