from datetime import date, datetime, timedelta
d = date(2024, 2, 28)
print(d, d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d/%m/%Y"))
dt = datetime(2024, 3, 15, 14, 30, 5)
print(dt, dt.year, dt.hour, dt.strftime("%Y-%m-%d %H:%M"), dt.isoformat())
delta = datetime(2024, 12, 25) - datetime(2024, 3, 15, 12)
print(delta, delta.days, delta.total_seconds())
print(timedelta(hours=25, minutes=90), timedelta(seconds=-1))
print(date(2024, 1, 1) < date(2024, 1, 2), datetime.fromisoformat("2024-05-06T07:08:09"))
