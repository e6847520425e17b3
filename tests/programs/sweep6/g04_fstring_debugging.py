import asyncio, math
async def main():
    user, items, price = "ann", ["x", "y"], 1234.5678
    ratio = 2 / 3
    print(f"{user=}, {items=}, {price=:.2f}, {ratio=:.1%}")
    print(f"{len(items) * 2 = }", f"{math.pi = :.3f}", f"{user.upper()=!s}", f"{user!a}")
    print(f"{'nested ' + f'{user:>5}'}", f"{price:,.1f}", f"{price:_.0f}", f"{int(price):#010b}", f"{-price:+,.2e}")
    width = 10
    for n in (1, 22, 333):
        print(f"|{n:^{width}}|{n:<{width // 2}}|{n:0>{width - 5}}|")
    t = await asyncio.sleep(0.1, "slept")
    print(f"{t!r:*^15}", f"{None}", f"{[1, 2]!s:>8}", f"{ {'a': 1} }", f"{3.0:g}", f"{1e-10:g}", f"{123456789:e}", f"{0.5:.0f}", f"{1.5:.0f}")
asyncio.run(main())
