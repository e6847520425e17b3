import asyncio, traceback

class Repo:
    def __init__(self):
        self.rows = {"a": {"n": 1}}
    def get(self, key):
        return self.rows[key]["n"]

async def service(repo, key):
    await asyncio.sleep(0)
    try:
        return repo.get(key)
    except KeyError as e:
        raise LookupError(f"no row {key}") from e

async def handler(repo, key):
    return await service(repo, key)

async def main():
    repo = Repo()
    print(await handler(repo, "a"))
    try:
        await handler(repo, "zz")
    except LookupError:
        traceback.print_exc(limit=None, file=__import__("sys").stdout)
    try:
        await asyncio.create_task(handler(repo, "q"))
    except LookupError as e:
        print("cause:", repr(e.__cause__), e.__suppress_context__)
        lines = traceback.format_exception(e)
        print(len(lines), lines[-1], end="")
        print("".join(traceback.format_exception_only(type(e), e)), end="")
    try:
        try:
            {}["k"]
        except KeyError:
            None.foo
    except AttributeError as e:
        print(repr(e.__context__), e.__cause__)
        traceback.print_exception(e, file=__import__("sys").stdout)
    await handler(repo, "final")

asyncio.run(main())
