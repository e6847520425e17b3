# compile() raises the class CPython raises (SyntaxError, IndentationError, TabError) with every field.
for src in ["if x\n  y\n", "x = (\n", "def f():\nreturn 1\n", "f'{a b}'\n", "\tif x:\n        \ty\n", "x = 1\n    y = 2\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
