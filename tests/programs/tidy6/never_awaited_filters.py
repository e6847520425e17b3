# "coroutine ... was never awaited" goes through the warnings module, as in CPython:
# filters, catch_warnings(record=True), a replaced showwarning or formatwarning apply.
import io
import sys
import warnings

sys.stderr = sys.stdout  # the warnings' text is checked with the rest of the output


async def f():
    pass


async def g():
    pass


def drop(c):
    c()


print('default: once per place')
for i in range(3):
    f()
g()
print('record')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f()
    drop(g)
print(len(log), [(w.category.__name__, str(w.message), w.lineno, type(w.source).__name__)
                 for w in log])
print('ignore by message regex')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='coroutine .f. was never awaited')
    f()
    g()
print('error: cannot propagate from a dropped coroutine (reported as unraisable)')
saved, sys.stderr = sys.stderr, io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('error', RuntimeWarning)
    try:
        f()
    except RuntimeWarning as e:
        print('caught', e)
    print('after')
sys.stderr = saved
print('ignore by line number')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning, lineno=51)
    f()
    f()
print('ignore by module')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning, module='__main__')
    f()
print('module that does not match')
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning, module='asyncio')
    f()
print('always')
with warnings.catch_warnings():
    warnings.simplefilter('always')
    for i in range(2):
        f()
print('showwarning replaced')
old = warnings.showwarning


def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', category.__name__, message, lineno, line)


warnings.showwarning = show
f()
warnings.showwarning = old
print('formatwarning replaced')
oldf = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f'FMT {c.__name__} {m} {l}\n'
f()
warnings.formatwarning = oldf
print('resetwarnings: shown again')
warnings.resetwarnings()
for i in range(2):
    f()
print('end')
