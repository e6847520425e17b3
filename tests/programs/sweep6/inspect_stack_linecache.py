import asyncio, inspect, linecache

def who():
    st = inspect.stack()
    return [(f.function, f.lineno, f.code_context, f.index) for f in st[:2]]

def caller():
    return who()

async def main():
    print(caller())
    print(inspect.getframeinfo(inspect.currentframe())[1:])
    try:
        {}["k"]
    except KeyError as e:
        print(inspect.getframeinfo(e.__traceback__, 3)[1:])
    print(repr(linecache.getline("inspect_stack_linecache.py", 4)), repr(linecache.getline("inspect_stack_linecache.py", 9)))
    print(repr(linecache.getline("inspect_stack_linecache.py", 999)), inspect.getmodulename("pkg/mod.py"), inspect.getmodulename("x.txt"))
    def trace(msg):
        frame = inspect.currentframe().f_back
        info = inspect.getframeinfo(frame)
        print(f"{info.function}:{info.lineno}: {msg}")
    trace("hello")
    await asyncio.sleep(0)

asyncio.run(main())
