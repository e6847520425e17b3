# __notes__ lives in the instance __dict__ as in CPython: dir(BaseException) does not
# list it, copy/pickle carry it, add_note creates it, split() copies it per part.
print(dir(BaseException))
print(dir(ValueError('x')))
import copy, pickle
e = ValueError('x')
print(hasattr(e, '__notes__'), '__notes__' in dir(e), '__notes__' in dir(BaseException))
e.add_note('one'); e.add_note('two')
print(e.__notes__, e.__dict__, '__notes__' in dir(e))
c = copy.copy(e); print(c.__notes__, c.__notes__ is e.__notes__)
p = pickle.loads(pickle.dumps(e)); print(p.__notes__)
e.__notes__ = 'bad'
try: e.add_note('x')
except TypeError as t: print(t)
del e.__notes__; e.add_note('again'); print(e.__notes__)
try: e.add_note(3)
except TypeError as t: print(t)
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
eg.add_note('group note')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as g:
    print('reraised', g is eg, g.__notes__)
class E(Exception):
    __slots__ = ()
x = E(); x.add_note('slot'); print(x.__notes__)
import traceback
try:
    raise KeyError('k')
except KeyError as k:
    k.add_note('note line')
    print(traceback.format_exc().splitlines()[-2:])
