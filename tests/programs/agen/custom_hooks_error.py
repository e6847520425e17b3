# firstiter raising makes the first anext() fail; a finalizer that raises is
# reported as unraisable and the generator is not closed.
import sys, asyncio

def bad_first(agen):
    raise ValueError('no starting today')

async def gen():
    try:
        yield 1
    finally:
        print('gen finally')

sys.set_asyncgen_hooks(firstiter=bad_first)
g = gen()
try:
    g.__anext__()
except ValueError as e:
    print('anext failed:', e)
# The hooks are read once: the second try does not call firstiter again.
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print('value', e.value)
sys.set_asyncgen_hooks(firstiter=None)

seen = []
def finalizer(agen):
    seen.append(agen)
    print('finalizer called, keeps it')

sys.set_asyncgen_hooks(finalizer=finalizer)
g2 = gen()
a = g2.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print('value', e.value)
del a, g2
print('dropped; finalizer saw', len(seen))
sys.set_asyncgen_hooks(finalizer=None)
g3 = seen.pop()
async def close_it():
    await g3.aclose()
    print('closed by hand')
asyncio.run(close_it())
print(sys.get_asyncgen_hooks())
