import asyncio
from datetime import datetime, timedelta, date, time as dtime, timezone

START = datetime(2024, 3, 10, 8, 30)

async def job(name, every, count, log):
    for i in range(count):
        await asyncio.sleep(every)
        now = START + timedelta(seconds=asyncio.get_running_loop().time())
        log.append((now, name))

async def main():
    log = []
    await asyncio.gather(job("backup", 3600, 3, log), job("ping", 1500, 5, log))
    for ts, name in log:
        print(f"{ts:%Y-%m-%d %H:%M:%S} {name:>7} {ts.isoformat()} {ts.strftime('%a %b %d %I:%M %p')}")
    d = date(2024, 2, 28)
    print(d + timedelta(days=1), (d + timedelta(days=2)).isoweekday(), d.replace(day=1).strftime("%A %j %U"))
    delta = datetime(2024, 12, 25) - START
    print(delta, delta.days, delta.total_seconds(), repr(delta))
    print(repr(START), str(START.date()), START.time(), START.timetuple().tm_yday)
    utc = START.replace(tzinfo=timezone.utc)
    print(utc.isoformat(), utc.astimezone(timezone(timedelta(hours=-5))).isoformat(), utc.timestamp())
    print(datetime.fromisoformat("2024-05-06T07:08:09.123456"), datetime.strptime("06/07/24 13:45", "%d/%m/%y %H:%M"))
    print(dtime(9, 5, 3).strftime("%H:%M"), timedelta(hours=25, minutes=3) // timedelta(hours=1), timedelta(minutes=90) / 2)
    print(sorted([date(2024, 1, 5), date(2023, 12, 31), date(2024, 1, 1)]), max(log)[1])
    print(f"{timedelta(seconds=3725)!s:>12}|{START:%d.%m.%Y}|{START.date()!r}")

asyncio.run(main())
