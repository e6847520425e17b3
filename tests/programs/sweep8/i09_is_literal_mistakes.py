import asyncio

# Learner mistakes CPython compiles with a SyntaxWarning on stderr; the program still
# runs, and `is` compares identity, which for small ints and short strings happens to
# agree with ==.
async def check(answer):
    await asyncio.sleep(0)
    if answer is 42:
        return "right"
    if answer is not "skip":
        return "wrong"
    return "skipped"

async def main():
    print(await asyncio.gather(check(42), check(7), check("skip")))
    points = [(1, 2), (3, 4)]
    try:
        points = [(1, 2) (3, 4)]
    except TypeError as e:
        print("TypeError:", e)
    print(points)

asyncio.run(main())
