import asyncio

async def main():
    name, count, ratio = "queue", 7, 0.3333333
    await asyncio.sleep(0)
    print("%s has %d items (%.1f%%)" % (name, count, ratio * 100))
    print("%(n)s=%(c)05d" % {"n": name, "c": count})
    print("%r %a %c %c" % ("é", "é", 65, "z"), "%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
    print("%5s|%-5s|%.2s|%*d|%-*d|%.*f" % ("ab", "ab", "abc", 4, 7, 4, 7, 2, 3.14159))
    print("%+d % d %05.1f %i %u" % (5, 5, -2.5, 3, 4), "%s" % (1,), "%s" % [1, 2], "%%")
    for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 300000000), ("%c", "ab"), ("%d", 1.5)]:
        try:
            print(fmt % args)
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
    items = [1, 2]
    print(f"{count=}", f"{ratio=:.2f}", f"{name=!s}", f"{name = }", f"{items[0] + 1=}", f"{len(items)=:>4}")
    print(f"{'nested ' + f'{count:03}'}", f"{ratio:{'.'}{3}f}", f"{count:{'>'}{6}}", f"{{literal}}", f"{name!r:^12}")
    width, prec = 10, 3
    print(f"{ratio:{width}.{prec}}", f"{ratio:{width}.{prec}e}", "{:{}.{}f}".format(ratio, width, prec))
    print("{0}{1}{0}".format("a", "b"), "{name}:{0}".format(1, name="n"), "{0[1]}{1[k]}".format([5, 6], {"k": "v"}), "{.real}".format(3j))
    print("{!r:>8}|{:^6}|{:=^6}".format("x", "y", 1), "{:%Y}".format(__import__("datetime").date(2020, 1, 1)))
    for fmt in ["{", "}", "{0}{}", "{x}", "{0.nope}", "{:d}", "{0[5]}"]:
        try:
            print(fmt.format(1.5, [1]))
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print("{} {}".format(*"ab"), "{:,}".format(10**9), format_map := "{a}-{b}".format_map({"a": 1, "b": 2}))

asyncio.run(main())
