import sys, asyncio
def bad_hook(t, e, tb):
    print("hook called with", t.__name__)
    1 / 0
sys.excepthook = bad_hook
async def main():
    await asyncio.sleep(0)
    raise KeyError("inside task")
asyncio.run(main())
