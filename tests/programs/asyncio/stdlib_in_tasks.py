# A tutorial-style pipeline: tasks read CSV records, build URLs, compare results
# and report with complex-number "signal" math, all while awaiting.
import asyncio
import cmath
import csv
import difflib
import io
import json
from urllib.parse import urlencode, urlparse

DATA = """city,lat,lon
Oslo,59.91,10.75
Lima,-12.05,-77.04
Pune,18.52,73.86
"""


async def fetch(city, lat, lon, delay):
    url = "https://api.example.org/weather?" + urlencode({"city": city, "lat": lat, "lon": lon})
    await asyncio.sleep(delay)
    parsed = urlparse(url)
    return {"city": city, "host": parsed.hostname, "query": parsed.query}


async def signal(n):
    await asyncio.sleep(0.1 * n)
    z = cmath.rect(1, cmath.pi * n / 4)
    return complex(round(z.real, 3), round(z.imag, 3))


async def main():
    rows = list(csv.DictReader(io.StringIO(DATA)))
    tasks = [asyncio.create_task(fetch(r["city"], r["lat"], r["lon"], 0.3 - 0.1 * i))
             for i, r in enumerate(rows)]
    for done in asyncio.as_completed(tasks):
        result = await done
        print(round(asyncio.get_running_loop().time(), 2), json.dumps(result))
    phases = await asyncio.gather(*(signal(n) for n in range(4)))
    print(phases, sum(phases))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r, p in zip(rows, phases):
        w.writerow([r["city"], p, abs(p)])
    print(out.getvalue(), end="")
    guess = difflib.get_close_matches("Olso", [r["city"] for r in rows], n=1)
    print("did you mean", guess)


asyncio.run(main())
