import asyncio, warnings

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x

async def main():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        old_api(1)
        warnings.warn("plain user warning")
        warnings.warn("runtime", RuntimeWarning)
    for item in w:
        print(item.category.__name__, item.message, item.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("now an error", UserWarning)
        except UserWarning as e:
            print("raised:", e)
    warnings.filterwarnings("ignore", message="ignore me")
    warnings.warn("ignore me please")
    await asyncio.sleep(0)
    warnings.warn("final visible warning")

asyncio.run(main())
