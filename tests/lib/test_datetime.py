import datetime as real
import random
from compare import load, same

ours = load("datetime")


def scenario(dt):
    out = []
    D, DT, TD, T, TZ = dt.date, dt.datetime, dt.timedelta, dt.time, dt.timezone
    for args in [dict(), dict(days=1), dict(hours=25, minutes=3), dict(seconds=-1),
                 dict(microseconds=1500000), dict(weeks=2, days=-3), dict(days=1.5),
                 dict(milliseconds=2.5), dict(hours=-0.5), dict(minutes=90, seconds=30.25),
                 dict(days=-1, seconds=86399)]:
        d = TD(**args)
        out += [repr(d), str(d), d.total_seconds(), d.days, d.seconds, d.microseconds]
    a, b = TD(hours=5, minutes=30), TD(minutes=45)
    out += [repr(a + b), repr(a - b), repr(b - a), repr(a * 2), repr(a * 1.5), a / b,
            a // b, repr(a % b), repr(a / 4), repr(-a), repr(abs(-a)), a > b, a == TD(
                minutes=330), bool(TD()), repr(divmod(a, b)), str(TD(days=-2, hours=3))]
    day = D(2024, 2, 28)
    out += [repr(day), str(day), day.isoformat(), repr(day + TD(days=1)),
            repr(day + TD(days=2)), repr(day - TD(days=60)), repr(D(2024, 3, 1) - day),
            day.weekday(), day.isoweekday(), day.toordinal(), repr(D.fromordinal(738000)),
            day.strftime("%A %d %B %Y, %a %b %j %U %W %w %y %m/%d"), day.ctime(),
            repr(day.replace(day=1)), tuple(day.isocalendar()), f"{day:%Y/%m/%d}",
            f"{day}", repr(D.fromisoformat("2023-12-31")), D(2021, 1, 3).isocalendar(),
            D(2020, 12, 31).isocalendar(), D(2024, 12, 30).isocalendar(),
            day < D(2024, 3, 1), day == D(2024, 2, 28), hash(day) == hash(D(2024, 2, 28))]
    moment = DT(2024, 3, 10, 14, 5, 9, 120000)
    out += [repr(moment), str(moment), moment.isoformat(), moment.isoformat(" ", "seconds"),
            moment.isoformat(timespec="milliseconds"), repr(moment + TD(hours=12)),
            repr(moment - TD(days=70)), repr(moment - DT(2024, 1, 1)),
            moment.strftime("%Y-%m-%d %H:%M:%S.%f %I%p %c"), repr(moment.date()),
            repr(moment.time()), repr(DT(2024, 1, 1)), repr(DT(2024, 1, 1, 5)),
            str(DT(2024, 1, 1)), repr(DT.combine(day, T(8, 30))),
            repr(DT.fromisoformat("2024-05-06T07:08:09")),
            repr(DT.fromisoformat("2024-05-06 07:08:09.5")),
            repr(DT.fromisoformat("2024-05-06T07:08:09+02:00")),
            repr(DT.strptime("2024-05-06 07:08", "%Y-%m-%d %H:%M")),
            repr(DT.strptime("06 Mar 2023 11:15 PM", "%d %b %Y %I:%M %p")),
            moment > DT(2024, 3, 10), repr(moment.replace(hour=0, microsecond=0)),
            f"{moment:%H:%M}", moment.timestamp(), repr(DT.fromtimestamp(1700000000)),
            repr(DT.fromtimestamp(1700000000.25)), repr(DT.fromtimestamp(0)),
            repr(DT.fromtimestamp(1700000000, TZ.utc)), DT.fromtimestamp(1e9).ctime()]
    utc = TZ.utc
    plus2 = TZ(TD(hours=2))
    aware = DT(2024, 6, 1, 12, 0, tzinfo=utc)
    out += [repr(utc), str(utc), repr(plus2), str(plus2), repr(TZ(TD(hours=-5), "EST")),
            repr(aware), str(aware), aware.isoformat(), repr(aware.astimezone(plus2)),
            str(aware.astimezone(plus2)), aware == aware.astimezone(plus2),
            aware.timestamp(), aware.strftime("%z %Z"), repr(aware.utcoffset()),
            repr(aware - DT(2024, 6, 1, 11, tzinfo=plus2))]
    t = T(9, 5)
    out += [repr(t), str(t), repr(T(9, 5, 7)), repr(T(9, 5, 7, 12)), str(T(9, 5, 7, 12)),
            t.strftime("%H:%M %p"), t < T(10), repr(T.fromisoformat("12:34:56")),
            t.isoformat("minutes"), repr(T(1, 2, tzinfo=utc)), str(T(1, 2, tzinfo=plus2))]
    for bad in (lambda: D(2023, 2, 29), lambda: D(2023, 13, 1), lambda: T(24),
                lambda: DT(2024, 1, 1) < D(2024, 1, 1), lambda: D.fromisoformat("2024/1/1"),
                lambda: DT.strptime("2024", "%Y-%m"),                 lambda: aware < DT(2024, 1, 1), lambda: D(2024, 1, 1.5),
                lambda: DT(2024, 1, 1) - aware, lambda: D.max + TD(days=1)):
        try:
            out.append(repr(bad()))
        except Exception as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 3652059)
        d = D.fromordinal(n)
        out.append((d.year, d.month, d.day, d.toordinal() == n, d.weekday(),
                    tuple(d.isocalendar())))
    return out


a = [x.replace("ts_datetime", "datetime") if isinstance(x, str) else x
     for x in scenario(ours)]
b = scenario(real)
for i, (x, y) in enumerate(zip(a, b)):
    same(f"datetime item {i}", lambda: x, lambda: y)
same("datetime count", lambda: len(a), lambda: len(b))
