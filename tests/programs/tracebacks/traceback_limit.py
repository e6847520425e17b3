import traceback
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")

def f(): g()
def g(): h()
def h(): 1 / 0

try:
    f()
except ZeroDivisionError:
    traceback.print_exc(limit=2, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    print(repr(traceback.format_exc(limit=0)))
    print(traceback.format_exception(*sys.exc_info(), limit=1))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    pritn("x")
except NameError as e:
    print(traceback.format_exc())
    logging.exception("lookup failed")
    print("".join(traceback.format_exception(e)))
try:
    [].apend(1)
except AttributeError as e:
    traceback.print_exception(e, limit=0, file=sys.stdout)
try:
    try:
        f()
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError:
    traceback.print_exc(limit=1, file=sys.stdout)
[].apend(1)
