# The datetime types are C types in CPython, named 'datetime.date' etc. in the
# interpreter's own messages (operand errors, 'not subscriptable', ...).
import asyncio
from datetime import date, datetime, timedelta, time

async def main():
    await asyncio.sleep(0)
    for op in [lambda: date(2020, 1, 1) + 1, lambda: timedelta(days=1) * timedelta(1),
               lambda: datetime(2020, 1, 1) - 5, lambda: time(1) + timedelta(1),
               lambda: date(2020, 1, 1)[0], lambda: len(timedelta(1))]:
        try:
            op()
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
