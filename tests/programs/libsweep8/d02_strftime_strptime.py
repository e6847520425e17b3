from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 7, 4, 9, 5, 3, 42)
fmts = ["%Y-%m-%d %H:%M:%S", "%a %b %d %y", "%A %B %j", "%I:%M %p", "%f", "%%", "%U %W",
        "%c", "%x", "%X", "%e", "%G-W%V-%u", "%w", "%H%M%S.%f", "%m/%d/%Y", "%y%m%d", "%-d" if False else "%d"]
for f in fmts:
    print(repr(f), "->", repr(dt.strftime(f)))
print(date(2024, 1, 1).strftime("%Y %H:%M"), time(13, 7).strftime("%I %p %H"))
print(format(dt, "%Y/%m/%d"), f"{dt:%H:%M}", "{:%d %b}".format(dt), format(dt, ""))
aware = datetime(2024, 7, 4, 9, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z|%Z"))
print(dt.strftime("%z|%Z|"))

for s, f in [("2024-07-04 09:05:03", "%Y-%m-%d %H:%M:%S"),
             ("04/07/24", "%d/%m/%y"),
             ("July 4 2024", "%B %d %Y"),
             ("Thu Jul  4 2024", "%a %b %d %Y"),
             ("9:05 PM", "%I:%M %p"),
             ("2024-07-04T09:05:03.5", "%Y-%m-%dT%H:%M:%S.%f"),
             ("2024-07-04 +0200", "%Y-%m-%d %z"),
             ("2024 185", "%Y %j"),
             ("12", "%m")]:
    r = datetime.strptime(s, f)
    print(repr(r))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-07-04 extra", "%Y-%m-%d"), ("abc", "%Y"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
