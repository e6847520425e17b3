# 100 nested blocks is CPython's limit ("too many statically nested blocks").
src = ""
for i in range(101):
    src += "    " * i + "for x%d in range(1):\n" % i
src += "    " * 101 + "pass\n"
try:
    compile(src, "<blocks>", "exec")
    print("compiled")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
