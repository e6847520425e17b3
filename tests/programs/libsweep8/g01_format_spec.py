import asyncio

rows = [("apples", 3, 1.25), ("kiwis", 12, 0.5), ("watermelons", 1, 4.999)]

async def line(name, qty, price, width):
    await asyncio.sleep(0)
    return f"{name:<{width}}|{qty:>4d}|{price:8.2f}|{qty * price:>+10,.3f}|{qty:#06x}|{price:e}"

async def main():
    w = max(len(r[0]) for r in rows)
    for s in await asyncio.gather(*(line(*r, w) for r in rows)):
        print(s)
    x = 1234567.891
    for spec in ["", ",", "_", ".2f", ".0f", "10.1f", "<12", "^12", "*>12,.1f", "+", " ", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "015.2f", "n", ".10g", "#.0f", "=+12.2f"]:
        print(repr(spec), repr(format(x, spec)))
    n = 255
    for spec in ["b", "o", "x", "X", "#b", "#o", "#X", "08b", "_b", "_x", ",", "c", "+d", " d", "=+8d", "^9", "e", ".2f", "%", "n", "#_o"]:
        print(repr(spec), repr(format(n, spec)))
    for v in [0.0, -0.0, 1e-7, 1e16, 123.0, float("nan"), float("inf"), 1.5, 2.5, 0.125]:
        print(repr(v), format(v, ""), format(v, "g"), format(v, ".1f"), format(v, "z.1f") if hasattr(v, "__round__") else "", str(v))
    print(f"{'s':*^7}", f"{'abc':.2}", f"{'abc':>5.1}", format("x", "<3"), f"{3+4j}", f"{3+4j:.2f}", format(1+0j, ""))
    for bad in [(1.5, "d"), ("s", "d"), (3, "s"), (3, ".2s"), (1, ",,"), ("s", "="), (3, "z"), (1.5, "c")]:
        try:
            format(*bad)
        except ValueError as e:
            print("ValueError:", e)
    print(format(True, ""), format(True, "d"), format(None, ""), f"{None!r:>6}", f"{'q'!a}")
    try:
        format(None, "d")
    except TypeError as e:
        print("TypeError:", e)
    print(f"{12345678901234567890:,}", f"{-5:05}", f"{5:-^+8}", f"{0.1 + 0.2!r}", f"{10**30:e}", f"{2**64:x}")

asyncio.run(main())
