import contextvars, re
def out(*p): print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(x)) for x in p))
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
out(v.name, v.get(), v.get(5), w.get(7))
try: v.name = "x"
except AttributeError as e: out("AttributeError:", e)
try:
    class Sub(contextvars.ContextVar): pass
except TypeError as e: out("TypeError:", e)
try: contextvars.ContextVar(1)
except TypeError as e: out("TypeError:", e)
try: w.get(1, 2)
except TypeError as e: out("TypeError:", e)
c = contextvars.Context()
out(len(c), list(c), c.get(v), c.get(v, "d"))
try: c[v]
except KeyError as e: out("KeyError", repr(e))
t = v.set(10)
ctx = contextvars.copy_context()
out(ctx[v], list(ctx.keys()) == [v], list(ctx.values()), len(list(ctx.items())))
try: t.var = None
except AttributeError as e: out("AttributeError:", e)
try: ctx[v] = 3
except TypeError as e: out("TypeError:", e)
out(contextvars.ContextVar[int], contextvars.Token[int] if hasattr(contextvars.Token, "__class_getitem__") else "-")
out(type(contextvars.copy_context()).__name__, contextvars.Context.__module__)
try: contextvars.Token()
except (TypeError, RuntimeError) as e: out(type(e).__name__, e)
try: ctx.run()
except TypeError as e: out("TypeError:", e)
out(ctx.run(lambda *a, **k: (a, k), 1, x=2))
try: hash(ctx)
except TypeError as e: out("TypeError:", e)
out(v in ctx, "v" in ctx if False else "-")
try: "v" in ctx
except TypeError as e: out("TypeError:", e)
