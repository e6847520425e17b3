# Exceptions that cannot propagate (from __del__, a dropped generator's close) are printed
# as CPython's default sys.unraisablehook prints them: the traceback and one
# "Type: message" line, no chained exception, note, suggestion or group box; a __del__
# runs once even when the exception it raised keeps the object alive.
class MyError(Exception):
    pass


class A:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise MyError("chained")


class B:
    def __del__(self):
        print(lenn)


class C:
    def __del__(self):
        e = ValueError("noted"); e.add_note("a note"); raise e


class D:
    def __del__(self):
        raise ExceptionGroup("eg", [ValueError(1)])


class E:
    def __del__(self):
        raise MyError()


for k in (A, B, C, D, E):
    x = k()
    del x
print("classes done")


def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


def gen2():
    try:
        yield 1
    finally:
        yield 2


def gen3():
    try:
        yield 1
    finally:
        print("gen3 finally")


for make in (gen, gen2, gen3):
    held = [make()]
    next(held[0])
    held.clear()
print("end")
