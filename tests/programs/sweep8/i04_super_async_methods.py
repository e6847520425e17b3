import asyncio

class Base:
    async def handle(self, req):
        await asyncio.sleep(0.01)
        return [f"base({req})"]
    async def __aenter__(self):
        print(type(self).__name__, "enter")
        return self
    async def __aexit__(self, *exc):
        print(type(self).__name__, "exit", exc[0].__name__ if exc[0] else None)
        return False

class Auth(Base):
    async def handle(self, req):
        if req == "anon":
            raise PermissionError("login required")
        return ["auth"] + await super().handle(req)

class Logged(Auth):
    async def handle(self, req):
        print("log:", req)
        try:
            return ["logged"] + await super().handle(req)
        finally:
            print("log done:", req)

async def main():
    async with Logged() as h:
        print(await h.handle("bob"))
        try:
            await h.handle("anon")
        except PermissionError as e:
            print("denied:", e, isinstance(e, OSError))
    print(Logged.__mro__)
    print([c.__name__ for c in Logged.__mro__], Logged.handle.__qualname__)
    try:
        async with Auth():
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("propagated", e)

asyncio.run(main())
