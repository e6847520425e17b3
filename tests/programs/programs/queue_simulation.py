import random
from collections import deque
queue = deque()
served, waits = 0, []
clock = 0
for minute in range(30):
    if random.random() < 0.6:
        queue.append(minute)
    if minute % 2 == 0 and queue:
        arrived = queue.popleft()
        waits.append(minute - arrived)
        served += 1
print("served", served, "still waiting", len(queue))
print("average wait", round(sum(waits) / len(waits), 2), "max wait", max(waits))
print("waits", waits)
