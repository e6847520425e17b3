import calendar
import contextlib
import io
from compare import load, same

ts = load("calendar")

for y in (1900, 1999, 2000, 2023, 2024, 2100, 1, 9999):
    same(f"isleap {y}", lambda: ts.isleap(y), lambda: calendar.isleap(y))
    for m in (1, 2, 3, 12):
        same(f"monthrange {y} {m}", lambda: ts.monthrange(y, m), lambda: calendar.monthrange(y, m))
        same(f"monthcalendar {y} {m}", lambda: ts.monthcalendar(y, m),
             lambda: calendar.monthcalendar(y, m))
same("leapdays", lambda: [ts.leapdays(a, b) for a in (1, 1900, 2000) for b in (2000, 2024, 1)],
     lambda: [calendar.leapdays(a, b) for a in (1, 1900, 2000) for b in (2000, 2024, 1)])
same("weekday", lambda: [ts.weekday(2024, 1, d) for d in range(1, 8)] + [ts.weekday(10000, 1, 1)],
     lambda: [calendar.weekday(2024, 1, d) for d in range(1, 8)] + [calendar.weekday(10000, 1, 1)])
same("monthrange 13", lambda: ts.monthrange(2024, 13), lambda: calendar.monthrange(2024, 13))
same("bad weekday", lambda: ts.setfirstweekday(9), lambda: calendar.setfirstweekday(9))
same("names", lambda: (list(ts.month_name), list(ts.month_abbr), list(ts.day_name),
                       list(ts.day_abbr), ts.month_name[1:3], len(ts.day_name)),
     lambda: (list(calendar.month_name), list(calendar.month_abbr), list(calendar.day_name),
              list(calendar.day_abbr), calendar.month_name[1:3], len(calendar.day_name)))
same("constants", lambda: (ts.MONDAY, ts.SUNDAY, ts.firstweekday(), ts.mdays, ts.EPOCH),
     lambda: (calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.mdays,
              calendar.EPOCH))
for args in [(2024, 2), (2024, 2, 3, 2), (1999, 12, 0, 0), (2023, 10, 9, 1), (2015, 2)]:
    same(f"month {args}", lambda: ts.month(*args), lambda: calendar.month(*args))
for args in [(2024,), (2023, 3, 2, 4, 2), (2000, 2, 1, 6, 4), (2024, 9, 1, 2, 12)]:
    same(f"calendar {args}", lambda: ts.calendar(*args), lambda: calendar.calendar(*args))
for fwd in range(7):
    same(f"TextCalendar {fwd}", lambda: ts.TextCalendar(fwd).formatmonth(2024, 3),
         lambda: calendar.TextCalendar(fwd).formatmonth(2024, 3))
    same(f"Calendar days {fwd}", lambda: (list(ts.Calendar(fwd).itermonthdays2(2024, 2)),
                                          list(ts.Calendar(fwd).itermonthdays4(2023, 12)),
                                          list(ts.Calendar(fwd).iterweekdays()),
                                          ts.Calendar(fwd).monthdatescalendar(2024, 1)),
         lambda: (list(calendar.Calendar(fwd).itermonthdays2(2024, 2)),
                  list(calendar.Calendar(fwd).itermonthdays4(2023, 12)),
                  list(calendar.Calendar(fwd).iterweekdays()),
                  calendar.Calendar(fwd).monthdatescalendar(2024, 1)))
same("year calendars", lambda: (ts.Calendar().yeardayscalendar(2024, 4),
                                ts.Calendar(6).yeardays2calendar(2023)),
     lambda: (calendar.Calendar().yeardayscalendar(2024, 4),
              calendar.Calendar(6).yeardays2calendar(2023)))
same("firstweekday wrap", lambda: ts.Calendar(9).firstweekday, lambda: calendar.Calendar(9).firstweekday)
for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 15), (1969, 12, 31, 23, 59, 59, 0, 0, 0)]:
    same(f"timegm {t}", lambda: ts.timegm(t), lambda: calendar.timegm(t))
same("weekheader", lambda: [ts.weekheader(w) for w in (1, 2, 3, 9, 10)],
     lambda: [calendar.weekheader(w) for w in (1, 2, 3, 9, 10)])


def printed(mod):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        mod.prmonth(2024, 5)
        mod.prcal(2021)
        mod.TextCalendar().prweek([(1, 0), (2, 1)], 2)
        mod.format(["a", "b"], 5, 2)
    return buf.getvalue()


same("printed", lambda: printed(ts), lambda: printed(calendar))
same("IllegalMonthError", lambda: str(ts.IllegalMonthError(0)), lambda: str(calendar.IllegalMonthError(0)))
