# The hooks a program installs itself are put back after each loop run, and an
# async generator remembers the finalizer it met first, even after the hooks change.
import asyncio, sys

calls = []

def my_first(agen):
    calls.append('first ' + agen.__name__)

def my_final(agen):
    calls.append('final ' + agen.__name__)

async def gen():
    try:
        yield 1
        yield 2
    finally:
        calls.append('gen finally')

async def inside():
    h = sys.get_asyncgen_hooks()
    print('inside run, mine?', h.firstiter is my_first, h.finalizer is my_final)
    g = gen()
    await g.__anext__()
    return g

sys.set_asyncgen_hooks(my_first, my_final)
g_out = gen()
a = g_out.__anext__()
try:
    a.send(None)
except StopIteration:
    pass
del a
g_in = asyncio.run(inside())
h = sys.get_asyncgen_hooks()
print('after run, mine again?', h.firstiter is my_first, h.finalizer is my_final)
print(calls)
del g_out
print(calls)
del g_in
print(calls)
sys.set_asyncgen_hooks(None, None)
