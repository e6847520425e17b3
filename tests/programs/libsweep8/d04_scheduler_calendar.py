import asyncio, calendar
from datetime import datetime, date, timedelta, time

async def remind(when, what, now, log):
    delay = (when - now).total_seconds() / 86400
    await asyncio.sleep(delay)
    log.append(f"{when:%a %d %b %H:%M} -> {what}")

async def main():
    now = datetime(2024, 12, 30, 8, 0)
    log = []
    plans = [(now + timedelta(days=2, hours=1), "new year call"), (now.replace(hour=17), "standup"), (datetime.combine(date(2025, 1, 6), time(9, 30)), "sprint")]
    await asyncio.gather(*(remind(w, t, now, log) for w, t in plans))
    print("\n".join(log))
    print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 12, 25))
    print(calendar.month(2024, 2))
    print(calendar.month_name[1], calendar.day_abbr[0], list(calendar.month_abbr)[:4], calendar.firstweekday())
    print(calendar.monthcalendar(2024, 9)[:2])
    print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 1))
    d = date(2024, 1, 31)
    months = []
    for i in range(4):
        y, m = divmod(d.month - 1 + i, 12)
        last = calendar.monthrange(d.year + y, m + 1)[1]
        months.append(d.replace(year=d.year + y, month=m + 1, day=min(d.day, last)))
    print(months)
    print((date(2025, 1, 1) - date.today()).days > -100000, date(2024, 3, 31).isoformat(), date(2024, 12, 30).isocalendar().week)
    print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]))
    print(str(timedelta(seconds=3725)), str(timedelta(days=400, seconds=1)), str(timedelta(milliseconds=1500)), timedelta(minutes=90) > timedelta(hours=1))
    print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(days=1) // 7, timedelta(1, 2, 3, 4, 5, 6, 7))
    try:
        timedelta(days=10**9)
    except OverflowError as e:
        print("OverflowError:", e)

asyncio.run(main())
