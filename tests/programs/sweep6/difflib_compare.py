import asyncio, difflib

OLD = """def greet(name):
    print("Hello " + name)
    return None
""".splitlines(keepends=True)
NEW = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")
    return None

greet("x")
""".splitlines(keepends=True)

async def main():
    await asyncio.sleep(0)
    print("".join(difflib.unified_diff(OLD, NEW, fromfile="a.py", tofile="b.py")))
    print("".join(difflib.context_diff(OLD, NEW, n=0)))
    print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])))
    sm = difflib.SequenceMatcher(None, "kitten", "sitting")
    print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
    print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("pyhton", ["python", "jython", "cython"], n=2, cutoff=0.5))
    print(round(difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a c b").quick_ratio(), 3))

asyncio.run(main())
