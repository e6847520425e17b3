import contextlib
@contextlib.contextmanager
def managed(log):
    log.append("enter")
    yield len(log)
    log.append("exit")
log = []
with managed(log) as n:
    log.append(f"body {n}")
print(log)
with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
print("after")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
