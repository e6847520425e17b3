import asyncio
from datetime import datetime, date, time, timedelta, timezone, tzinfo

class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"

async def main():
    await asyncio.sleep(0)
    td = timedelta(days=-1, seconds=5, microseconds=7)
    print(td, repr(td), str(timedelta(microseconds=1)), timedelta(weeks=1, hours=-1), -timedelta(hours=1), abs(timedelta(hours=-3)))
    print(timedelta(hours=1) * 1.5, timedelta(hours=1) / 7, timedelta(days=1) // 3, timedelta(days=1) % timedelta(hours=5), divmod(timedelta(hours=5), timedelta(hours=2)))
    print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(seconds=1.5e-6), timedelta(0) == 0, bool(timedelta(0)))
    dt = datetime(2024, 2, 29, 23, 59, 59, 999999)
    print(dt + timedelta(microseconds=1), dt.replace(year=2025, day=28), dt.isoformat(sep=" ", timespec="milliseconds"), dt.isoformat(timespec="minutes"))
    e = datetime(2024, 1, 1, 12, tzinfo=EST())
    print(e, e.utcoffset(), e.tzname(), e.astimezone(timezone.utc), e.timetz(), e.strftime("%H:%M %Z %z"))
    u = datetime(2024, 6, 1, tzinfo=timezone.utc)
    print(u - e, u > e, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-3), "BRT"), timezone.utc, repr(timezone.utc), repr(timezone(timedelta(hours=1))))
    try:
        print(u - datetime(2024, 1, 1))
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        print(u < datetime(2024, 1, 1))
    except TypeError as ex:
        print("TypeError:", ex)
    print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1700000000, tz=timezone(timedelta(hours=2))))
    print(datetime.fromisoformat("2024-03-04T05:06:07+02:00"), datetime.fromisoformat("2024-03-04 05:06"), date.fromisoformat("2024-03-04"), time.fromisoformat("12:34:56.789"))
    print(datetime.strptime("2024-03-04 13:14:15.500000 +0100", "%Y-%m-%d %H:%M:%S.%f %z"), datetime.strptime("Mar 4 2024 1PM", "%b %d %Y %I%p"), datetime.strptime("2024 100", "%Y %j"))
    try:
        datetime.strptime("2024-13-01", "%Y-%m-%d")
    except ValueError as ex:
        print("ValueError:", ex)
    try:
        date(2023, 2, 29)
    except ValueError as ex:
        print("ValueError:", ex)
    print(time(23, 59, 59, 1), time(1, 2).isoformat(), time(12, 30, tzinfo=timezone.utc), time.min, time.max, time(8) < time(9), repr(time(1, 2, 3)))
    print(date.min, date.max, date(2024, 1, 1).ctime(), datetime(2024, 1, 1, 9).ctime(), date(2024, 12, 31).timetuple()[:3], date(2024, 5, 5).weekday())
    print(f"{dt:%A %d %B %Y %I:%M:%S %p %f %j %U %W %w %y %C %G %V %u}", format(date(2024, 1, 7), "%a %x %X"), datetime(2024, 1, 1).strftime("%c|%x|%X|%%"))
    print(hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1)), datetime(2024, 1, 1) == date(2024, 1, 1), sorted([datetime(2024, 1, 2), datetime(2023, 5, 5)]), datetime.combine(date(2024, 1, 1), time(5)))
    print(repr(datetime(2024, 1, 1, tzinfo=timezone.utc)), repr(date(2024, 1, 1)), repr(timedelta(0)), repr(timedelta(days=1, seconds=3)))
    print((datetime(2024, 3, 31) - datetime(2024, 1, 1)).days, datetime(2024, 1, 1).isocalendar(), datetime(2024, 1, 1).timestamp() - datetime(2023, 1, 1).timestamp())

asyncio.run(main())
