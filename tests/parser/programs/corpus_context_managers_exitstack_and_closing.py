from contextlib import ExitStack, closing, nullcontext
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
with ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(closing(Resource(n)))
    stack.callback(print, "callback registered last runs first")
    print("working")
with nullcontext(5) as v:
    print("nullcontext gives", v)
