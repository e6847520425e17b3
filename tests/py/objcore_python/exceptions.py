class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad", 3)
except MyErr as e:
    print(repr(e), str(e), e.args, e.code)
class NoInit(ValueError): pass
print(repr(NoInit(1, 2)), str(NoInit("x")), NoInit.__mro__)
e = KeyError("k"); print(str(e), repr(e))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
e = ValueError("n"); e.add_note("note1"); e.add_note("note2"); print(e.__notes__)
print(StopIteration(5).value, SystemExit(3).code)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("caught V", repr(g))
except* TypeError as g:
    print("caught T", repr(g))
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
m, r = eg.split(TypeError)
print(repr(m), repr(r))
print(eg.subgroup(lambda x: isinstance(x, ValueError)))
print(BaseExceptionGroup("x", [ValueError()]).__class__.__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + "!", excs)
meg = MyEG("m", [ValueError(1), TypeError(2)])
print(repr(meg.split(ValueError)))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(bool, int))
print(OSError(2, "nf").__class__.__name__, str(OSError(2, "nf", "file.txt")))
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
try:
    object().zzz
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__, repr(ValueError))
print(Exception.__doc__ is None or True)
e1 = ValueError("x")
print(e1.with_traceback(None) is e1)
print(repr(BaseException()), repr(Exception(None)), str(Exception(None)))
class E2(Exception):
    def __str__(self): return "custom str"
print(str(E2()), repr(E2()))
try:
    raise E2
except E2 as e:
    print("raised class", repr(e))
