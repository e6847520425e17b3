class CM:
    def __init__(self, fail_exit):
        self.fail_exit = fail_exit
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return False

def f():
    with CM(False) as a, \
         CM(True) as b:
        x = 1
        y = 2
    return x + y

def g():
    with CM(True):
        raise ValueError("body")

try:
    f()
except RuntimeError as e:
    import traceback
    traceback.print_exc()
g()
