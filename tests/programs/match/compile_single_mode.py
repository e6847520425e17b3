# compile(source, name, 'single') compiles one statement as the interactive prompt
# does: the values of its expression statements go to sys.displayhook.
import sys

exec(compile("1 + 1", "<input>", "single"))
print("_ is now", _)
exec(compile("None", "<input>", "single"))
print("None is not shown, _ is still", _)
exec(compile("'text'", "<input>", "single"))
exec(compile("x = 5", "<input>", "single"))
exec(compile("x", "<input>", "single"))
exec(compile("for i in range(3): i * 10\n", "<input>", "single"))
exec(compile("if x:\n    [x, 'a']\n    def f():\n        42\n    f()\n", "<input>", "single"))
exec(compile("x; x + 1", "<input>", "single"))
exec(compile("match x:\n    case 5:\n        'five'\n", "<input>", "single"))


def hook(value):
    print("hook got", repr(value))


sys.displayhook = hook
exec(compile("3 * 3", "<input>", "single"))
exec(compile("None", "<input>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("'restored'", "<input>", "single"))

for src in ["1\n2\n", "x = 1\ny = 2", "if x:\n    pass\nx\n", "x  # comment\n\n"]:
    try:
        exec(compile(src, "<input>", "single"))
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

del sys.displayhook
try:
    exec(compile("7", "<input>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
sys.displayhook(None)
sys.displayhook(12)
print(_)
# 'exec' mode shows nothing.
exec(compile("'not shown'", "<input>", "exec"))
