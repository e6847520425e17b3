import asyncio
from itertools import groupby
from operator import itemgetter
SALES = [("north", "jan", 120), ("south", "jan", 80), ("north", "feb", 90), ("east", "jan", 50), ("south", "feb", 130), ("north", "mar", 60), ("east", "mar", 75)]
async def main():
    await asyncio.sleep(0)
    by_region = {}
    for region, month, amount in SALES:
        by_region.setdefault(region, {})[month] = amount
    print(by_region)
    for region, rows in groupby(sorted(SALES), key=itemgetter(0)):
        rows = list(rows)
        total = sum(r[2] for r in rows)
        best = max(rows, key=itemgetter(2))
        print(f"{region:<6} total={total:>4} best={best[1]}({best[2]}) months={len(rows)}")
    months = sorted({m for _, m, _ in SALES}, key=["jan", "feb", "mar"].index)
    print("      " + "".join(f"{m:>6}" for m in months))
    for region in sorted(by_region):
        print(f"{region:<6}" + "".join(f"{by_region[region].get(m, '-'):>6}" for m in months))
asyncio.run(main())
