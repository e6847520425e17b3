import asyncio
from collections import defaultdict
class Broker:
    def __init__(self):
        self.subs = defaultdict(list)
    def subscribe(self, topic):
        q = asyncio.Queue()
        self.subs[topic].append(q)
        return q
    async def publish(self, topic, msg):
        for pattern, queues in self.subs.items():
            if pattern == topic or (pattern.endswith("*") and topic.startswith(pattern[:-1])):
                for q in queues:
                    await q.put((topic, msg))
async def listener(name, q, n):
    got = []
    for _ in range(n):
        got.append(await q.get())
    print(name, got)
async def main():
    b = Broker()
    l1 = asyncio.create_task(listener("sports", b.subscribe("sports.*"), 2))
    l2 = asyncio.create_task(listener("news", b.subscribe("news"), 1))
    l3 = asyncio.create_task(listener("all", b.subscribe("*"), 4))
    for topic, msg in [("sports.football", "goal"), ("news", "election"), ("sports.tennis", "ace"), ("weather", "rain")]:
        await b.publish(topic, msg)
        await asyncio.sleep(0.01)
    await asyncio.gather(l1, l2, l3)
asyncio.run(main())
