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


# The remaining Calendar views, weeks starting on each day, the months at year ends,
# the module-wide first weekday, and errors.
def views(mod, fwd):
    cal = mod.Calendar(fwd)
    out = []
    for year, month in [(2024, 1), (2023, 12), (2021, 2), (2026, 11), (9999, 11), (2, 1)]:
        out += [list(cal.itermonthdays3(year, month)), list(cal.itermonthdays(year, month)),
                cal.monthdays2calendar(year, month), cal.monthdayscalendar(year, month),
                list(cal.itermonthdates(year, month))]
    out.append(cal.yeardatescalendar(2020, 5))
    out.append(cal.yeardayscalendar(2019, 1))
    return out


for fwd in (0, 3, 6, 13):
    same(f"views {fwd}", lambda: views(ts, fwd), lambda: views(calendar, fwd))


def text(mod):
    tc = mod.TextCalendar(6)
    out = [tc.formatweek([(0, 6), (1, 0), (22, 1)], 3), tc.formatmonthname(2024, 7, 30),
           tc.formatmonthname(2024, 7, 5, False), tc.formatweekheader(9),
           [tc.formatweekday(d, w) for d in range(7) for w in (1, 3, 8, 9, 12)],
           tc.formatday(7, 0, 5), tc.formatday(0, 0, 3), tc.formatmonth(2024, 2, 4, 3),
           tc.formatyear(2025, 3, 1, 1, 5), mod.week([(5, 2), (0, 3)], 4)]
    mod.setfirstweekday(mod.SUNDAY)
    try:
        out += [mod.firstweekday(), mod.month(2024, 6), mod.monthcalendar(2024, 6),
                mod.weekheader(3), mod.calendar(2024, 2, 1, 6, 6)]
    finally:
        mod.setfirstweekday(mod.MONDAY)
    out.append(mod.formatstring(["x", "yy", "zzz"], 6, 1))
    return out


same("text layouts", lambda: text(ts), lambda: text(calendar))
for args in [(2024, 0), (2024, 13), (2024, -1)]:
    same(f"errors {args}", lambda: ts.monthcalendar(*args), lambda: calendar.monthcalendar(*args))
    same(f"errors month {args}", lambda: ts.month(*args), lambda: calendar.month(*args))
same("weekday out of range years",
     lambda: [ts.weekday(y, 3, 1) for y in (0, -1, -400, 10001, 123456)],
     lambda: [calendar.weekday(y, 3, 1) for y in (0, -1, -400, 10001, 123456)])
same("bad weekday -1", lambda: ts.setfirstweekday(-1), lambda: calendar.setfirstweekday(-1))
same("IllegalWeekdayError", lambda: str(ts.IllegalWeekdayError(8)),
     lambda: str(calendar.IllegalWeekdayError(8)))
same("leapdays more", lambda: [ts.leapdays(a, b) for a in (-5, 0, 4, 400) for b in (-3, 5, 401, 2401)],
     lambda: [calendar.leapdays(a, b) for a in (-5, 0, 4, 400) for b in (-3, 5, 401, 2401)])
same("timegm more", lambda: [ts.timegm((2038, 1, 19, 3, 14, 8)), ts.timegm((1, 1, 1, 0, 0, 0)),
                             ts.timegm((2000, 3, 40, 25, 61, 61))],
     lambda: [calendar.timegm((2038, 1, 19, 3, 14, 8)), calendar.timegm((1, 1, 1, 0, 0, 0)),
              calendar.timegm((2000, 3, 40, 25, 61, 61))])
