import asyncio
from datetime import datetime, timedelta, date, timezone

async def reminder(name, at, now):
    delay = (at - now).total_seconds()
    await asyncio.sleep(delay)
    print(f"[{asyncio.get_running_loop().time():.1f}] {name} due {at:%H:%M:%S} ({at.isoformat()})")

async def main():
    now = datetime(2024, 3, 10, 9, 0, 0)
    plan = {"stretch": now + timedelta(seconds=2), "coffee": now + timedelta(seconds=1),
            "email": now + timedelta(minutes=0, seconds=3.5)}
    for k, v in sorted(plan.items(), key=lambda kv: kv[1]):
        print(k, v, repr(v - now))
    await asyncio.gather(*(reminder(k, v, now) for k, v in plan.items()))
    d = date(2024, 2, 28) + timedelta(days=1)
    print(d, d.strftime("%A %d %B %Y"), d.isoweekday(), d.toordinal())
    dt = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    print(dt, dt.astimezone(timezone(timedelta(hours=-5))), repr(timedelta(days=-1, seconds=5)))
    print(datetime.fromisoformat("2024-05-06T07:08:09.123"), timedelta(hours=25, microseconds=7))
    print(str(timedelta(seconds=-1)), timedelta(minutes=90) // timedelta(minutes=7))

asyncio.run(main())
