import asyncio
from datetime import datetime, date, time, timedelta, timezone

async def event(name, iso):
    await asyncio.sleep(0.1)
    d = datetime.fromisoformat(iso)
    return name, d

async def main():
    rows = await asyncio.gather(
        event("a", "2024-03-10T10:00:00"),
        event("b", "2024-03-10T10:00:00+01:00"),
        event("c", "2024-03-10 10:00:00.250000-05:30"),
        event("d", "2024-03-10"),
        event("e", "2024-03-10T10:00:00.123+00:00"),
    )
    for name, d in rows:
        print(name, repr(d), d.isoformat(), d.tzinfo, d.utcoffset())
    b, c = rows[1][1], rows[2][1]
    print(c - b, b < c, b.astimezone(timezone.utc), c.astimezone(timezone(timedelta(hours=2))))
    try:
        rows[0][1] < b
    except TypeError as e:
        print("TypeError:", e)
    print(rows[0][1] == b)
    tz = timezone(timedelta(hours=-3), "BRT")
    print(repr(tz), str(tz), tz.tzname(None), repr(timezone.utc), str(timezone(timedelta(0))))
    print(repr(timezone(timedelta(minutes=90))), timezone(timedelta(seconds=-1)))
    try:
        timezone(timedelta(hours=24))
    except ValueError as e:
        print("ValueError:", e)
    print(date.fromisoformat("2024-03-10"), time.fromisoformat("10:20:30.5"), repr(time.fromisoformat("10:20")))
    print(time(1, 2, 3, 4000).isoformat(), time(1, 2).isoformat("seconds"), time(1, 2, 3, 4500).isoformat(timespec="milliseconds"))
    for bad in ["2024-3-10", "2024-03-10T25:00", "nope", ""]:
        try:
            datetime.fromisoformat(bad)
        except ValueError as e:
            print("ValueError:", e)
    d = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    print(d.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
    print(repr(d), repr(d.replace(tzinfo=None)), d.timetz(), repr(d.timetz()))
    print(datetime(2024, 1, 1, tzinfo=tz).isoformat(), datetime(2024,1,1,tzinfo=timezone(timedelta(seconds=30))).isoformat())

asyncio.run(main())
