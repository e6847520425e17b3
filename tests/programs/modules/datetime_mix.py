from datetime import datetime, date, timedelta, time, timezone

d = datetime(2024, 2, 28, 22, 30, 15)
print(d, repr(d))
print(d + timedelta(hours=3), d - timedelta(days=60))
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%A %d %B %Y, %I:%M %p"), d.strftime("%j %U %w %a %b %y"))
print(d.isoformat(), d.date().isoformat(), d.time(), d.isoformat(sep=" ", timespec="minutes"))
delta = datetime(2024, 3, 1) - datetime(2023, 12, 25, 6)
print(delta, repr(delta), delta.days, delta.seconds, delta.total_seconds())
print(timedelta(days=-1, seconds=5), timedelta(minutes=90), timedelta(microseconds=1500), -timedelta(hours=1))
print(timedelta(hours=1) / timedelta(minutes=15), timedelta(hours=1) * 2.5, timedelta(days=7) // 3)
print(date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday(), date(2024, 12, 31).isocalendar())
print(date.fromisoformat("2023-07-04"), datetime.fromisoformat("2023-07-04T10:20:30"))
print(datetime.strptime("03/15/2022 14:05", "%m/%d/%Y %H:%M"))
print(d.replace(year=2025, month=3), d > datetime(2024, 1, 1))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(utc, utc.isoformat(), utc.astimezone(timezone(timedelta(hours=-5))))
print(f"{d:%d/%m/%Y}", f"{date(2020, 5, 17):%b %d}", format(time(9, 5), "%H:%M"))
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(date(2024, 3, 10) - date(2024, 1, 1), (date(2024, 3, 10) - date(2024, 1, 1)).days)
print(time(14, 30, 5, 123), time(14, 30).isoformat(), timedelta(0), bool(timedelta(0)))
print(datetime(2024, 1, 1).timestamp() if False else "skip", date.min, date.max, timedelta.max)
