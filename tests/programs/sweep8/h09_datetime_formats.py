import asyncio
from datetime import datetime, date, time, timedelta, timezone

async def parse(s, fmt):
    await asyncio.sleep(0)
    return datetime.strptime(s, fmt)

async def main():
    items = [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("05/03/24", "%d/%m/%y"), ("Mar 5 2024 2PM", "%b %d %Y %I%p"),
             ("2024-065", "%Y-%j")]
    for (s, f), d in zip(items, await asyncio.gather(*(parse(s, f) for s, f in items))):
        print(s, "->", d, repr(d))
    d = datetime(2024, 3, 5, 14, 7, 9, 123456)
    for f in ("%a %A %b %B", "%c", "%x %X", "%j %U %W %w", "%I:%M %p", "%f", "%%", "%y %Y %G-W%V-%u", "%e" if False else "%d"):
        print(repr(f), d.strftime(f))
    print(d.isoformat(sep=" ", timespec="milliseconds"), d.date(), d.time(), d.timetuple()[:6], d.weekday())
    print(d.replace(year=2025, microsecond=0), d - datetime(2024, 1, 1), (d - datetime(2024, 1, 1)).days, d > datetime(2024, 1, 1))
    print(time(9, 30).isoformat(), time(23, 59, 59, 1), date.fromisoformat("2024-12-31").replace(day=1), date(2024, 1, 31) + timedelta(days=30))
    tz = timezone(timedelta(hours=5, minutes=30), "IST")
    a = datetime(2024, 1, 1, 12, tzinfo=tz)
    print(a, a.tzname(), a.utcoffset(), a.astimezone(timezone.utc), repr(tz), timezone.utc)
    print(timedelta(days=1, hours=2, minutes=3, seconds=4.5), timedelta(weeks=1) / timedelta(days=2), abs(timedelta(hours=-3)), timedelta(seconds=3661).total_seconds())
    try:
        datetime.strptime("2024-02-30", "%Y-%m-%d")
    except ValueError as e:
        print("ValueError:", e)
    try:
        datetime.strptime("hello", "%Y")
    except ValueError as e:
        print("ValueError:", e)
    try:
        datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
    except TypeError as e:
        print("TypeError:", e)
    print(datetime.fromtimestamp(0, timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())

asyncio.run(main())
