import asyncio, random, statistics, math
from collections import deque
from dataclasses import dataclass

@dataclass
class Reading:
    sensor: str
    t: float
    value: float

async def sensor(name, q, n, mu, sigma):
    for i in range(n):
        await asyncio.sleep(random.expovariate(5))
        await q.put(Reading(name, round(asyncio.get_running_loop().time(), 3), random.gauss(mu, sigma)))
    await q.put(None)

async def aggregator(q, nsensors, window=5):
    windows = {}
    alerts = []
    finished = 0
    while finished < nsensors:
        r = await q.get()
        if r is None:
            finished += 1
            continue
        w = windows.setdefault(r.sensor, deque(maxlen=window))
        w.append(r.value)
        if len(w) == window:
            m, s = statistics.mean(w), statistics.stdev(w)
            if abs(r.value - m) > 1.5 * s:
                alerts.append(f"{r.sensor}@{r.t}: {r.value:.2f} (mean {m:.2f} ± {s:.2f})")
    return windows, alerts

async def main():
    q = asyncio.Queue()
    prods = [sensor("temp", q, 12, 20, 2), sensor("hum", q, 10, 50, 5)]
    (windows, alerts), *_ = await asyncio.gather(aggregator(q, 2), *prods)
    for name, w in sorted(windows.items()):
        print(name, [f"{v:.2f}" for v in w], f"min={min(w):.3f} max={max(w):.3f} range={max(w) - min(w):.3f}")
    print("\n".join(alerts) or "no alerts")
    print(f"{math.fsum(windows['temp']):.6f}", round(statistics.median(windows["hum"]), 4))

asyncio.run(main())
