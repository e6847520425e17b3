# A traceback keeps the variables of the frames it went through: CPython frees them
# when the exception goes (after an except clause, or at exit for an uncaught one).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def fetch():
    return 42


def fails():
    n = Noisy("handled")
    1 / 0


try:
    fails()
except ZeroDivisionError:
    print("in the handler")
print("after the handler")


def inner():
    c = fetch()
    n = Noisy("inner")
    raise ValueError("<boom>")


def outer():
    m = Noisy("outer")
    inner()


outer()
