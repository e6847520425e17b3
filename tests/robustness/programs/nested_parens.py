# 300 nested brackets: CPython's parser stops at 200 with a SyntaxError, never a crash.
src = "x = " + "(" * 300 + "1" + ")" * 300
try:
    compile(src, "<deep>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src = "x = " + "[" * 300 + "]" * 300
try:
    compile(src, "<deep>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
