import asyncio, calendar
from datetime import date, timedelta

async def main():
    await asyncio.sleep(0)
    print(calendar.month(2024, 2))
    print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
    print(calendar.monthcalendar(2024, 3)[0], list(calendar.Calendar(firstweekday=6).itermonthdays(2024, 2))[:7])
    print(calendar.TextCalendar().formatmonth(2023, 12, w=3))
    d = date(2024, 1, 31)
    months = []
    for i in range(4):
        y, m = divmod(d.month - 1 + i, 12)
        last = calendar.monthrange(d.year + y, m + 1)[1]
        months.append(date(d.year + y, m + 1, min(d.day, last)))
    print(months)
    print(date(2024, 3, 10).isocalendar(), date.fromisocalendar(2024, 10, 7), date(2024, 1, 1).toordinal(), date.fromordinal(738886))
    print([(d := date(2024, 1, 1) + timedelta(weeks=w)).strftime("%d %b") for w in range(3)], calendar.timegm((2024, 1, 1, 0, 0, 0)))

asyncio.run(main())
