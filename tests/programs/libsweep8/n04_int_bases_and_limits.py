import asyncio, sys

async def checksum(n):
    await asyncio.sleep(0)
    return n, bin(n), oct(n), hex(n), f"{n:b}".count("1"), n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else None

async def main():
    for row in await asyncio.gather(*(checksum(n) for n in (0, 1, 255, -255, 2**64 - 1, -(2**100)))):
        print(row)
    big = 7 ** 2000
    s = str(big)
    print(len(s), s[:20], s[-5:], int(s) == big, hash(big) == hash(int(s)))
    try:
        str(10 ** 5000)
    except ValueError as e:
        print("ValueError:", e)
    try:
        int("9" * 5000)
    except ValueError as e:
        print("ValueError:", e)
    print(sys.get_int_max_str_digits(), len(hex(10 ** 5000)), int("f" * 5000, 16) > 0)
    sys.set_int_max_str_digits(6000)
    print(len(str(10 ** 5000)))
    try:
        sys.set_int_max_str_digits(100)
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(0)
    print(len(str(10 ** 9000)))
    print(int("0x_ff", 16), int("0o17", 0), int("-0b1010", 0), int("z", 36), int("  +12  "), int(b"42"), int(bytearray(b"7")), int("1" * 30))
    for bad in [("12", 1), ("12", 37), ("08", 0), ("0x", 16), ("1 2",), ("", 10), (1.5, 10), ("٣x",)]:
        try:
            print(int(*bad))
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print((-7) // 2, (-7) % 2, 7 // -2, divmod(7, -2), -7 >> 1, 1 << 100, ~5, 5 & -3, 5 | -3, 5 ^ -3, (2 ** 100) // 3, -(2 ** 100) % 7, pow(2, 100, 1000), pow(-2, 3), pow(2, -2))
    print(abs(-10 ** 30), round(123456, -3), round(-125, -1), int.from_bytes(b"\xff\xfe", "big", signed=True), (1000).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
    try:
        (256).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        10 ** 30 % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        pow(2, -1, 4)
    except ValueError as e:
        print("ValueError:", e)
    print(float(2 ** 1023), 2 ** 1024 / 2 ** 1000, (10 ** 400) // (10 ** 399), 10 ** 20 / 3, int(1e20), int(-1e-5), True + True, 3 * True)
    try:
        float(2 ** 1024)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        2 ** 1024 / 3
    except OverflowError as e:
        print("OverflowError:", e)

asyncio.run(main())
