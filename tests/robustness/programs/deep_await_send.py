# A chain of awaits deeper than the recursion limit, driven without asyncio (send):
# RecursionError, as CPython raises it, and the interpreter goes on.
async def down(n):
    return await down(n + 1)

async def leaf():
    return "leaf"

async def up(n):
    return await (up(n - 1) if n else leaf())

c = down(0)
try:
    c.send(None)
except RecursionError as e:
    print(type(e).__name__, e)
c.close()
try:
    up(500).send(None)
except StopIteration as e:
    print("500 awaits deep:", e.value)
