# atexit callbacks run after the program (last registered first); bytes.translate,
# maketrans and bytearray slice assignment; traceback frames.
import atexit
import sys


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")


@atexit.register
def last_words():
    print("registered last, runs first")


atexit.register(print, "never")
atexit.unregister(print)

rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, asyncio!".translate(rot13), b"read-only".translate(None, b"-aeiou"))
buf = bytearray(b"hello world")
buf[0:5] = b"HOWDY"
buf[-5:] = [87, 79, 82, 76, 68]
print(buf)
buf[::2] = b"______"
del buf[1::2]
print(buf, len(buf))
buf[1:1] = b"xyz"
buf.insert(0, 33)
buf.reverse()
print(buf, buf.find(b"z", 2), buf.count(b"_", 3))


def inner():
    raise KeyError("missing")


try:
    inner()
except KeyError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno)
print("end of program")
