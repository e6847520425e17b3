import timeit
from compare import load, same

ts = load("timeit")


# A clock that moves by `step` seconds at each reading, so results are exact.
def ticking(step):
    state = [0.0]

    def clock():
        state[0] += step
        return state[0]
    return clock


def runs(mod):
    log = []
    env = {"log": log}
    out = [mod.timeit("log.append(1)", "log.append('setup')", timer=ticking(0.5), number=7,
                      globals=env)]
    out.append(list(log))
    del log[:]
    out.append(mod.repeat(lambda: log.append(2), lambda: log.append("s"), timer=ticking(1),
                          repeat=3, number=4))
    out.append(list(log))
    t = mod.Timer("x = y * 2\nz = x + 1", "y = 21", timer=ticking(0.25))
    out += [t.timeit(0), t.timeit(3), t.repeat(2, 1)]
    out.append(mod.Timer("", "", timer=ticking(1)).timeit(5))
    out.append(mod.Timer("# only a comment", timer=ticking(1)).timeit(2))
    out.append(mod.Timer("for i in range(3):\n    pass", timer=ticking(1)).timeit(1))
    # A clock that the statement itself moves: each run takes `cost` seconds.
    now = [0.0]
    env = {"now": now}
    calls = []
    out.append(mod.Timer("now[0] += 0.013", timer=lambda: now[0], globals=env).autorange(
        lambda n, dt: calls.append((n, round(dt, 6)))))
    out.append(calls)
    out.append(mod.Timer("now[0] += 0.0007", timer=lambda: now[0], globals=env).autorange())
    out.append(mod.Timer(timer=ticking(5)).autorange())
    out += [mod.default_number, mod.default_repeat, mod.dummy_src_name]
    return out


same("timeit runs", lambda: runs(ts), lambda: runs(timeit))


def errors(mod, stmt, setup):
    try:
        mod.Timer(stmt, setup, timer=ticking(1)).timeit(1)
    except SyntaxError as e:
        return ("SyntaxError", e.msg, e.filename)
    return "no error"


for stmt, setup in [("return 1", "pass"), ("x = (", "pass"), ("pass", "return 2"),
                    ("yield 1", "pass"), ("break", "pass"), ("  x = 1", "pass"),
                    ("pass", "def f(:"), ("a = 1", "  b = 2")]:
    same(f"timeit error {stmt!r} {setup!r}", lambda: errors(ts, stmt, setup),
         lambda: errors(timeit, stmt, setup))
same("stmt of a wrong type", lambda: ts.Timer(3), lambda: timeit.Timer(3))
same("setup of a wrong type", lambda: ts.Timer("pass", 3), lambda: timeit.Timer("pass", 3))
same("name error at run", lambda: ts.Timer("undefined_name").timeit(1),
     lambda: timeit.Timer("undefined_name").timeit(1))
same("setup names are locals", lambda: ts.timeit("v + 1", "v = 1", number=3) >= 0,
     lambda: timeit.timeit("v + 1", "v = 1", number=3) >= 0)
