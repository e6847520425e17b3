# 21 nested loops: CPython's compiler allows 20 ("too many statically nested blocks").
src = ''
for i in range(21):
    src += ' ' * i + 'for x%d in range(1):\n' % i
src += ' ' * 21 + 'pass\n'
try:
    compile(src, '<blocks>', 'exec')
    print('compiled')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
