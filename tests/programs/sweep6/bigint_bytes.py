import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return r

async def main():
    f = await factorial(100)
    print(f, len(str(f)), f % 1000007, f.bit_length(), str(f).count("0"))
    print(2 ** 200, -(2 ** 70) // 3, (2 ** 70) % -7, divmod(-(10 ** 20), 7), 10 ** 20 / 3, int(10 ** 20 / 3))
    print(hex(2 ** 70), (2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 9, "big", signed=True), (-1).to_bytes(2, "big", signed=True))
    print(f"{2**70:,}", f"{2**70:e}", f"{-2**70:x}", float(2 ** 70), 2 ** 70 == 2.0 ** 70, hash(2 ** 70) == hash(float(2 ** 70)))
    print(abs(-10 ** 30), pow(7, 10 ** 5, 13), 3 ** 40 > 2 ** 63, (10 ** 18 + 1) * (10 ** 18 - 1), int("9" * 30) + 1)
    print(sum(i * i for i in range(10 ** 4)), max(2 ** 65, 2 ** 64 + 2 ** 63), round(2 ** 70, -5), 12345678901234567890 >> 10, 1 << 100)

asyncio.run(main())
