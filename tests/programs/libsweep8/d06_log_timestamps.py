import asyncio
from datetime import datetime, timedelta, timezone

LOG = """2024-05-01T12:00:00Z start
2024-05-01T12:00:02.500000+00:00 fetch a
2024-05-01 14:00:03+02:00 fetch b
2024-05-01T12:00:07Z done
not-a-date oops"""

async def parse(line):
    await asyncio.sleep(0)
    stamp, _, msg = line.partition(" ") if "T" in line.split(" ")[0] or not line[:4].isdigit() else (line[:25], None, line[26:])
    stamp = stamp.replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(stamp), msg
    except ValueError as e:
        return None, f"{msg} ({e})"

async def main():
    parsed = await asyncio.gather(*(parse(l) for l in LOG.splitlines()))
    first = parsed[0][0]
    for ts, msg in parsed:
        if ts is None:
            print("skip:", msg)
            continue
        rel = ts - first
        print(f"{ts.astimezone(timezone.utc):%H:%M:%S.%f} +{rel.total_seconds():6.3f}s {msg!r} {ts.utcoffset()} {ts.tzname()}")
    stamps = [ts for ts, _ in parsed if ts]
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    print(gaps, max(gaps), sum(gaps, timedelta()), min(stamps) == first)
    local = timezone(timedelta(hours=-7), "PDT")
    print(first.astimezone(local), first.astimezone(local).strftime("%Y-%m-%d %I:%M %p %Z %z"), first.astimezone(local).isoformat())
    print(datetime(2024, 5, 1, tzinfo=timezone.utc) == datetime(2024, 5, 1, 2, tzinfo=timezone(timedelta(hours=2))))
    print(repr(datetime(2024, 5, 1, tzinfo=local)), repr(timezone(timedelta(hours=-7), "PDT")), datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat(timespec="microseconds"))
    print(datetime.fromtimestamp(1700000000, tz=timezone.utc), datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc).timestamp())

asyncio.run(main())
