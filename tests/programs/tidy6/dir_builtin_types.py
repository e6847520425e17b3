# dir() of builtin types lists exactly CPython's names: a sequence's + gives __add__
# but no __radd__, str has no __bool__, dict_values no __contains__, a bound method no
# __get__, a union no __instancecheck__ (isinstance takes its members as a tuple).
class K:
    def m(self):
        return 'm'


types_to_show = [bytes, bytearray, list, tuple, str, int, bool, dict, set, frozenset,
                 range, object, complex, slice, property, classmethod, staticmethod,
                 type({}.keys()), type({}.values()), type({}.items()), type(K().m),
                 type(None), map, filter,
                 enumerate, super]
for t in types_to_show:
    print(t.__name__, dir(t))
for o in ['s', [], (), b'', bytearray(), K().m]:
    print(type(o).__name__, [n for n in ('__radd__', '__bool__', '__get__', '__add__', '__rmul__')
                             if hasattr(o, n)])
print([1] + [2], (1,) + (2,), 'a' + 'b', b'a' + b'b', bytearray(b'a') + b'b')
print([1] * 2, 2 * [1], 2 * 'ab', b'x' * 2)


class R:
    def __radd__(self, other):
        return ('radd', other)


print([1] + R(), 'a' + R(), (1,) + R(), b'a' + R())
for bad in [lambda: list.__radd__, lambda: str.__bool__, lambda: type({}.values()).__contains__]:
    try:
        bad()
    except AttributeError as e:
        print('AttributeError', e)
print(2 in {1: 2}.values(), 3 in {1: 2}.values())


class S(str):
    pass


print(bool(S('')), bool(S('x')), S('a') + 'b', 'b' + S('a'))
# A bound method stored on a class stays bound to its first object.
k = K()


class Holder:
    f = k.m


print(Holder().f(), Holder.f.__self__ is k)
print([n for n in ('__instancecheck__', '__subclasscheck__', '__args__') if hasattr(int | str, n)])
print(isinstance(1, int | list[int]), isinstance(None, (str, int | None)),
      issubclass(bool, int | str))
for bad in [lambda: isinstance([], list[int] | int), lambda: (int | str).__instancecheck__]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
