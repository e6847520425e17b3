import asyncio

class AppError(Exception):
    """Base error."""
    default_msg = "application error"
    def __init__(self, msg=None, *, code=500):
        super().__init__(msg or self.default_msg)
        self.code = code

class NotFoundError(AppError):
    default_msg = "not found"
    def __init__(self, resource):
        super().__init__(f"{resource} not found", code=404)
        self.resource = resource

class ValidationError(AppError, ValueError):
    pass

async def handler(kind):
    await asyncio.sleep(0.01)
    if kind == "nf":
        raise NotFoundError("user/7")
    if kind == "val":
        raise ValidationError("age must be positive", code=422)
    if kind == "base":
        raise AppError()
    if kind == "type":
        raise TypeError("unexpected")
    return "fine"

async def main():
    for kind in ["ok", "nf", "val", "base", "type"]:
        try:
            print(kind, await handler(kind))
        except NotFoundError as e:
            print(kind, "NotFound", e.code, e.resource, e, repr(e), e.args)
        except ValueError as e:
            print(kind, "ValueError-ish", type(e).__mro__[1].__name__, e.code, str(e))
        except AppError as e:
            print(kind, "AppError", e.code, e)
        except Exception as e:
            print(kind, "other", type(e).__name__, e)
        else:
            print(kind, "no error")
        finally:
            print(kind, "finally")
    e = AppError("x")
    e.extra = 1
    print(e.__dict__, AppError.__doc__, issubclass(ValidationError, ValueError), isinstance(NotFoundError("r"), AppError))
    try:
        try:
            raise NotFoundError("a")
        finally:
            print("inner finally")
    except AppError as e:
        print("outer caught", e)
    def gen():
        try:
            yield 1
        except GeneratorExit:
            print("generator exit")
            raise
    g = gen(); next(g); g.close()
    print(repr(Exception()), repr(Exception("a", 2)), str(Exception("a", 2)), str(KeyError("k")), str(KeyError()), repr(StopIteration(5)), StopIteration(5).value)


asyncio.run(main())
