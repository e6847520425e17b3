import heapq
import time
events = []
def schedule(delay, name):
    heapq.heappush(events, (time.monotonic() + delay, len(events), name))
schedule(3, "backup")
schedule(1, "email")
schedule(2, "report")
schedule(1, "coffee")
while events:
    when, _, name = heapq.heappop(events)
    now = time.monotonic()
    if when > now:
        time.sleep(when - now)
    print(f"t={time.monotonic():.1f} run {name}")
