import sys, colorsys, inspect
print(sys.float_info, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), type(sys.float_info))
print(sys.int_info, sys.hash_info.modulus, sys.flags.utf8_mode, sys.implementation.name, sys.maxunicode, sys.getdefaultencoding(), sys.get_int_max_str_digits())
print(hasattr(sys, "ps1"), getattr(sys, "frozen", False))
try:
    sys.nope
except AttributeError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
try:
    int("7" * 7000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 9000)))
for bad in (5, -1, "x"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
vals = []
for r in range(0, 11):
    for g in range(0, 11, 3):
        for b in range(0, 11, 5):
            rgb = (r / 10, g / 10, b / 10)
            h = colorsys.rgb_to_hsv(*rgb); l = colorsys.rgb_to_hls(*rgb); y = colorsys.rgb_to_yiq(*rgb)
            vals.append((h, l, y, colorsys.hsv_to_rgb(*h), colorsys.hls_to_rgb(*l), colorsys.yiq_to_rgb(*y)))
print(repr(vals)[:300], len(vals))
import hashlib; print(hashlib.md5(repr(vals).encode()).hexdigest())
def g():
    yield 1
x = g()
print(inspect.getgeneratorstate(x)); next(x); print(inspect.getgeneratorstate(x), inspect.getgeneratorlocals(x)); x.close(); print(inspect.getgeneratorstate(x))
async def c():
    pass
co = c(); print(inspect.getcoroutinestate(co)); co.close(); print(inspect.getcoroutinestate(co))
print(inspect.getmro(bool), inspect.isdatadescriptor(property()), inspect.get_annotations(lambda a: 0))
