import asyncio
from datetime import datetime, timedelta
EVENTS = {"launch": datetime(2024, 7, 1, 9, 30), "review": datetime(2024, 6, 28, 14, 0), "party": datetime(2024, 7, 4, 18, 0)}
NOW = datetime(2024, 6, 27, 8, 15, 30)
def human(td):
    days, rem = divmod(int(td.total_seconds()), 86400)
    hours, rem = divmod(rem, 3600)
    minutes, seconds = divmod(rem, 60)
    parts = [f"{v} {n}{'s' if v != 1 else ''}" for v, n in ((days, "day"), (hours, "hour"), (minutes, "minute"), (seconds, "second")) if v]
    return ", ".join(parts) or "now"
async def ticker(name, when):
    await asyncio.sleep((when - NOW).total_seconds() / 86400)
    print(f"{name:>7} due {when:%a %d %b %H:%M} in {human(when - NOW)}")
async def main():
    await asyncio.gather(*(ticker(n, w) for n, w in EVENTS.items()))
    print(human(timedelta(seconds=1)), human(timedelta(0)), human(timedelta(days=1, seconds=61)))
    print(sorted(EVENTS, key=EVENTS.get), (max(EVENTS.values()) - min(EVENTS.values())).days)
asyncio.run(main())
