import asyncio

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

async def db():
    await asyncio.sleep(0.1)
    raise ConnectionRefusedError(111, "Connection refused")

async def service():
    try:
        await db()
    except OSError as e:
        print("errno", e.errno, e.strerror, e.args)
        raise AppError(503, "service unavailable") from e

async def main():
    try:
        await service()
    except AppError as e:
        print(str(e), repr(e), e.code)
        try:
            raise KeyError("during handling")
        except KeyError as k:
            print(repr(k.__context__))
    await service()

asyncio.run(main())
