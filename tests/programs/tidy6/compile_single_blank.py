# compile() of blank, incomplete and odd sources in 'single', 'exec' and 'eval' mode:
# which raise, the exception class, message and every position attribute.
sources = [
    '', '\n', '\n\n', ' ', '\t', '#c', '# c\n', '  # c\n', 'x\n  ',
    'if x:', 'if x:\n', 'if x:\n\n', 'if x:\n  # c\n', 'def f():', 'class A:',
    'try:', 'try:\n  pass\n', 'if 1:\n  pass\nelse:', 'match x:\n  case 1:',
    'x = (', '1 +', '1 +\n', 'a b', 'x=1\ny=2\n', 'x=1\n\n', '1\n', 'x = 1;',
    'if 1:\n  x', 'if 1:\n  x = 1\n', 'for i in r:\n  pass\n\n', '@d', 'lambda:',
    'x = ', 'return', '"""abc', "'abc", "'abc\n", '\\', 'x \\', 'x\n  y',
    'if x:\n pass\n  y\n', 'async def f():\n  await x\n',
]
for mode in ['single', 'exec', 'eval']:
    for src in sources:
        try:
            code = compile(src, '<s>', mode)
            print(mode, repr(src), 'ok', code.co_filename)
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
                  repr(e.text), e.end_lineno, e.end_offset)

# eval() and exec() themselves.
for src in ['', ' 1', '\t2 + 3', '  ', '1\n\n']:
    try:
        print('eval', repr(src), eval(src))
    except SyntaxError as e:
        print('eval', repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
for src in ['', '\n', 'y = 1', 'return 1', 'yield', 'if 1:']:
    try:
        print('exec', repr(src), exec(src, {}))
    except SyntaxError as e:
        print('exec', repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

# A code object compiled in single mode prints expression values (the prompt's way).
exec(compile('1 + 1\n', '<s>', 'single'))
exec(compile('for i in range(2):\n  i\n', '<s>', 'single'))
