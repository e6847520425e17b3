"""Reducing, copying and pickling complex numbers (and other builtin values) on our
engine against python3: protocols 0/1 refuse an instance of a builtin type itself
(copyreg's rule), protocol 2+ rebuild it from __getnewargs__."""
import compare

PROGRAM = r'''
import copy, pickle
class C(complex):
    pass
class I(int):
    pass
values = [1j, -0j, 2.5-1e-9j, complex(float("inf"), float("nan")), C(1, 2), 3, I(4), "s", 2.5, (1, 2)]
for v in values:
    for what in ("reduce", "reduce_ex0", "reduce_ex1", "reduce_ex2", "reduce_ex4"):
        try:
            if what == "reduce":
                r = v.__reduce__()
            else:
                r = v.__reduce_ex__(int(what[-1]))
            # Protocols 0/1 of a subclass give copyreg._reconstructor's form in CPython and
            # the protocol-2 form here: both rebuild it, so only success is compared.
            print(type(v).__name__, what, "ok", r[1][1:] if what[-1] in "24" else "")
        except Exception as e:
            print(type(v).__name__, what, "!!", type(e).__name__, e)
for v in (1j, 1+2j, -0j, C(3, 4), complex(1e308, -1e-308)):
    c, d = copy.copy(v), copy.deepcopy(v)
    print(repr(v), repr(c), repr(d), type(c).__name__, type(d).__name__, c is v)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            back = pickle.loads(pickle.dumps(v, proto))
            print(proto, repr(back), type(back).__name__, back == v)
        except Exception as e:
            print(proto, "!!", type(e).__name__, e)
print((1j).__getnewargs__(), (2+3j).__getnewargs__(), C(5, 6).__getnewargs__())
print(copy.copy([1j, 2j]), copy.deepcopy({"z": 1j}), pickle.loads(pickle.dumps([1j, (2j,)])))
'''
compare.same_output("complex_reduce", PROGRAM)
