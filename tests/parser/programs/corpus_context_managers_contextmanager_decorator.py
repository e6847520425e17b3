from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
