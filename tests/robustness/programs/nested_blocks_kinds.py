# Where each kind of block reaches CPython's limit of 20 nested blocks, and where the error points.
def nest(kind, n):
    src = ''
    ind = 0
    for i in range(n):
        p = ' ' * ind
        if kind == 'for': src += p + 'for x in y:\n'
        elif kind == 'while': src += p + 'while x:\n'
        elif kind == 'with': src += p + 'with x:\n'
        elif kind == 'with2': src += p + 'with x, y:\n'
        elif kind == 'try': src += p + 'try:\n'
        elif kind == 'except':
            src += p + 'try:\n' + p + ' pass\n' + p + 'except:\n'
        elif kind == 'exceptas':
            src += p + 'try:\n' + p + ' pass\n' + p + 'except E as e:\n'
        elif kind == 'finally':
            src += p + 'try:\n' + p + ' pass\n' + p + 'finally:\n'
        elif kind == 'tryfin':
            src += p + 'try:\n'
        elif kind == 'if': src += p + 'if x:\n'
        ind += 1
    src += ' ' * ind + 'pass\n'
    if kind in ('try', 'tryfin'):
        for i in range(n - 1, -1, -1):
            src += ' ' * i + ('except: pass\n' if kind == 'try' else 'finally: pass\n')
    return src
for kind in ['for', 'while', 'with', 'with2', 'try', 'except', 'exceptas', 'tryfin', 'if']:
    last = None
    for n in range(1, 25):
        try:
            compile(nest(kind, n), '<b>', 'exec')
        except SyntaxError as e:
            print(kind, n, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
            break
    else:
        print(kind, 'no limit')
async_src = 'async def f():\n' + ''.join(' ' * (i + 1) + 'async for x in y:\n' for i in range(21)) + ' ' * 22 + 'pass\n'
try:
    compile(async_src, '<a>', 'exec')
except SyntaxError as e:
    print('asyncfor', e.msg, e.lineno, e.offset)
async_src = 'async def f():\n' + ''.join(' ' * (i + 1) + 'async with x:\n' for i in range(20)) + ' ' * 21 + 'pass\n'
try:
    compile(async_src, '<a>', 'exec')
    print('asyncwith 20 ok')
except SyntaxError as e:
    print('asyncwith', e.msg, e.lineno, e.offset)
# A finally body nested inside 19 loops (a finally body is compiled twice, so deep
# nests of finally take exponential time, in CPython too: kept shallow here).
src = ''.join(' ' * i + 'for x in y:\n' for i in range(19))
p = ' ' * 19
src += p + 'try:\n' + p + ' pass\n' + p + 'finally:\n' + p + ' for z in y:\n' + p + '  pass\n'
try:
    compile(src, '<f>', 'exec')
    print('finally compiled')
except SyntaxError as e:
    print('finally', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
