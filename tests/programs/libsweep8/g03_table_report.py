import asyncio

async def measure(name, n):
    await asyncio.sleep(n / 100)
    return {"name": name, "n": n, "ok": n * 97 // 100, "avg_ms": n / 7, "p99": n * 1.4321}

async def main():
    rows = await asyncio.gather(*(measure(n, v) for n, v in [("fetch", 12), ("parse", 3), ("store-long-name", 150), ("ack", 1)]))
    hdr = f"{'task':<16}{'n':>5}{'ok':>5}{'ok%':>8}{'avg ms':>10}{'p99':>10}"
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        print(f"{r['name']:<16.16}{r['n']:>5}{r['ok']:>5}{r['ok'] / r['n']:>8.1%}{r['avg_ms']:>10.3f}{r['p99']:>10.2e}")
    print("=" * len(hdr))
    tot = sum(r["n"] for r in rows)
    print(f"{'total':<16}{tot:>5}{sum(r['ok'] for r in rows):>5}{'':>8}{sum(r['avg_ms'] for r in rows) / len(rows):>10.3f}")
    print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
    print("{0:>{w}}|{1:<{w}.{p}f}|".format("x", 3.14159, w=8, p=2))
    print("%-10s|%10.3f|%+5d|%05d" % ("pct", 12.34567, 7, -42))
    print(f"{-1234.5:>+12,.1f}|{1234.5:<12_}|{0.000123:.2g}|{123456789:.3g}|{1e-20:g}|{float('inf'):>6}|{float('nan'):+}")
    print(f"{42:c}{10:c}", f"{1234:_x}", f"{-42:#b}", f"{3.0:#g}", f"{3.10:g}", f"{0.0001:%}", f"{1/3:.0%}", f"{2**53 + 1:,d}")
    print(str(1e16), str(1.0e-4), str(12345678901234567.0), repr(0.1 * 3), 1e22, 1e21 * 10, 2.0 ** 70, 123.456e5)
    print(format(12.0, ".0e"), format(-0.0, "+.1f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e100, ".3"), format(9.995, ".2f"), format(1.005, ".2f"))

asyncio.run(main())
