class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    pass
def lookup(key):
    if key == "bad":
        raise Invalid("bad key", 42)
    raise NotFound(key)
for key in ["user", "bad"]:
    try:
        lookup(key)
    except NotFound as e:
        print("NotFound:", e, e.what, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)))
