class AppError(Exception):
    """Base for the app."""

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class NotFound(AppError):
    def __str__(self):
        return f"not found: {self.args[0]!r}"

class Weird(Exception):
    def __init__(self):
        pass

for exc in [ValidationError("age", "must be positive"), NotFound("user/7"), AppError(), AppError("a", 2), Weird(), KeyError("k"), KeyError(), OSError(2, "No such file"), UnicodeError("u")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise ValidationError("name", "empty")
except AppError as e:
    print("caught via base:", e, e.field, isinstance(e, Exception), type(e).__mro__[1].__name__)
try:
    try:
        raise NotFound("x")
    except NotFound:
        raise ValidationError("id", "bad") from None
except ValidationError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = OSError(2, "No such file or directory", "data.txt")
print(e, e.errno, e.strerror, e.filename, type(e).__name__, isinstance(FileNotFoundError(), OSError))
print(FileNotFoundError(2, "x", "f.txt"), repr(StopIteration(3)), BaseException.__subclasses__ is not None)
raise ValidationError("email", "missing @")
