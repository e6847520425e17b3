import asyncio, traceback, sys
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
async def check(field, value):
    await asyncio.sleep(0.01)
    if not value:
        raise ValidationError(field, "required")
    if field == "age" and not value.isdigit():
        raise ValidationError(field, "must be a number")
    return field
async def validate(form):
    async with asyncio.TaskGroup() as tg:
        for k, v in form.items():
            tg.create_task(check(k, v))
async def main():
    try:
        await validate({"name": "", "age": "x1", "email": "a@b"})
    except* ValidationError as eg:
        print(f"{len(eg.exceptions)} validation errors:")
        for e in sorted(eg.exceptions, key=lambda e: e.field):
            print(" -", e)
    try:
        await validate({"name": "n", "age": "3"})
        print("valid")
    except* ValidationError:
        print("unexpected")
    eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
    traceback.print_exception(eg, file=sys.stdout)
asyncio.run(main())
