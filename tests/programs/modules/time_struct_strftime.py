import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t[1], len(t), type(t).__name__, t.tm_zone, t.tm_gmtoff)
print(time.localtime(0), time.mktime(time.localtime(1234567890)), time.asctime(time.gmtime(0)), time.ctime(86400 * 4.5))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %p %I %y %Z %z %%", time.gmtime(1e9)))
print(time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, -1)), time.timezone, time.tzname, time.daylight)
for y in (1969, 2000, 2024, 2100, 1900):
    secs = time.mktime((y, 3, 1, 12, 0, 0, 0, 0, 0))
    print(y, secs, time.gmtime(secs)[:8])
print(time.gmtime(-1), time.gmtime(951782400))

time.sleep(3)

try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError:", e)
