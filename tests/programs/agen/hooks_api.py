import asyncio, sys

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')

async def main():
    g = gen()
    print(await g.__anext__())
    print('main end')

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print('after run')
print(sys.get_asyncgen_hooks())
def fi(a): print('firstiter', type(a).__name__)
def fz(a): print('finalizer', type(a).__name__)
sys.set_asyncgen_hooks(fi, fz)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter is fi, h.finalizer is fz, h[0] is fi, len(h))
g = gen()
print('created')
a = g.__anext__()
print('anext made')
try:
    a.send(None)
except StopIteration as e:
    print('stop', e.value)
del a
del g
print('deleted')
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
