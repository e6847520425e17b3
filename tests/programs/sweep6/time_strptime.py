import asyncio, time
from datetime import datetime, date

LOGS = ["2024-03-04 05:06:07.250 INFO start", "2024-03-04 05:06:09.900 WARN slow", "2024-03-04 05:07:00.000 INFO done"]

async def main():
    await asyncio.sleep(0)
    stamps = [datetime.strptime(" ".join(l.split()[:2]), "%Y-%m-%d %H:%M:%S.%f") for l in LOGS]
    print([str(b - a) for a, b in zip(stamps, stamps[1:])])
    print(time.strptime("2024-03-04 05:06", "%Y-%m-%d %H:%M"))
    print(time.strptime("Mon Mar  4 05:06:07 2024"))
    print(time.strptime("12:00 +0200", "%H:%M %z")[:6], time.strptime("2024 060", "%Y %j").tm_mon)
    t = time.strptime("31/12/23", "%d/%m/%y")
    print(t.tm_year, t.tm_yday, t.tm_wday, time.strftime("%A %d %B %Y", t))
    for s, f in [("2024-02-30", "%Y-%m-%d"), ("10:61", "%H:%M"), ("abc", "%Y")]:
        try:
            time.strptime(s, f)
        except ValueError as e:
            print("ValueError:", e)
    print(datetime.strptime("2024-03-04T05:06:07Z", "%Y-%m-%dT%H:%M:%S%z"), datetime.strptime("04/03/24 05:06:07", "%x %X"), datetime.strptime("Mon Mar  4 05:06:07 2024", "%c"))
    print(datetime.strptime("1:02:03 AM", "%I:%M:%S %p").time(), datetime.strptime("12 PM", "%I %p").hour, datetime.strptime("12 AM", "%I %p").hour, datetime.strptime("Tuesday 5 March 2024", "%A %d %B %Y").date())
    print(datetime.strptime("2024-03-04 05:06:07 +05:30", "%Y-%m-%d %H:%M:%S %z").utcoffset(), datetime.strptime("23:59 UTC", "%H:%M %Z").tzinfo, datetime.strptime("week 10 2024", "week %W %Y").year)

asyncio.run(main())
