import asyncio
from datetime import datetime, date, time, timedelta, timezone

async def main():
    start = datetime(2024, 2, 28, 23, 30, 15, 123456)
    deadlines = [start + timedelta(hours=h, minutes=45) for h in range(3)]
    for d in deadlines:
        await asyncio.sleep(0)
        print(repr(d), str(d), d.isoformat(), d.isoformat(sep=" ", timespec="minutes"))
    print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)))
    print(repr(timedelta(0)), repr(timedelta(microseconds=1)), str(timedelta(days=3, hours=4, microseconds=7)))
    print(timedelta(hours=25) / timedelta(hours=1), timedelta(hours=25) // timedelta(hours=2), timedelta(hours=25) % timedelta(hours=2))
    print(timedelta(seconds=10) * 1.5, timedelta(seconds=10) / 3, -timedelta(seconds=1), abs(-timedelta(days=2)))
    print(timedelta(days=1, seconds=1).total_seconds(), timedelta(weeks=2).days)
    print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 12, 31) + timedelta(days=1))
    print(datetime(2024, 1, 1) - datetime(2023, 1, 1, 12))
    print(date(2024, 2, 29).weekday(), date(2024, 2, 29).isoweekday(), date(2024, 2, 29).isocalendar())
    print(date(2024, 2, 29).toordinal(), date.fromordinal(738000), date(2024, 5, 5).timetuple().tm_yday)
    print(start.replace(year=2023, day=1), start.date(), start.time(), repr(start.time()))
    print(datetime.combine(date(2020, 1, 2), time(3, 4)))
    print(time(12, 0) < time(13, 0), date(2020, 1, 1) < date(2020, 1, 2), max(deadlines))
    try:
        date(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)
    try:
        datetime(2023, 1, 1, 24)
    except ValueError as e:
        print("ValueError:", e)
    try:
        time(1, 60)
    except ValueError as e:
        print("ValueError:", e)
    try:
        date(2020, 1, 1) < datetime(2020, 1, 1)
    except TypeError as e:
        print("TypeError:", e)
    print(date(2020, 1, 1) == datetime(2020, 1, 1))
    print(timedelta.max, timedelta.min, timedelta.resolution)
    print(date.min, date.max, datetime.min, time.max)
    try:
        date.max + timedelta(days=1)
    except OverflowError as e:
        print("OverflowError:", e)
    print(hash(timedelta(1)) == hash(timedelta(days=1)), bool(timedelta(0)))

asyncio.run(main())
