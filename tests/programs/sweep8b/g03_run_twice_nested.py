import re

def show(*parts):
    # Addresses differ from run to run: printed as 0x?.
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

import asyncio

async def hello(n):
    await asyncio.sleep(0.1)
    return n * 2

show(asyncio.run(hello(1)))
show(asyncio.run(hello(2)))

async def nested():
    c = hello(3)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        show("RuntimeError:", e)
    c.close()
    try:
        asyncio.get_running_loop().run_until_complete(hello(4))
    except RuntimeError as e:
        show("RuntimeError:", e)
    return "ok"

show(asyncio.run(nested()))
try:
    asyncio.run(lambda: 1)
except ValueError as e:
    show("ValueError:", e)
try:
    asyncio.run(hello)
except ValueError as e:
    show("ValueError:", e)
with asyncio.Runner() as r:
    show(r.run(hello(5)), r.run(hello(6)))
    try:
        r.run(hello)
    except ValueError as e:
        show("ValueError:", e)
r2 = asyncio.Runner()
r2.close()
try:
    r2.run(hello(7))
except RuntimeError as e:
    show("RuntimeError:", e)
r3 = asyncio.Runner(debug=True)
async def dbg():
    return asyncio.get_running_loop().get_debug()
show(r3.run(dbg()), r3.get_loop().get_debug())
r3.close()
r3.close()
show("closed twice")
