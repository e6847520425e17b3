import asyncio
from collections import defaultdict

class Room:
    def __init__(self, name):
        self.name = name
        self.members = {}
    async def join(self, user):
        q = asyncio.Queue()
        self.members[user] = q
        await self.broadcast("system", f"{user} joined")
        return q
    async def leave(self, user):
        self.members.pop(user, None)
        await self.broadcast("system", f"{user} left")
    async def broadcast(self, sender, text):
        for user, q in self.members.items():
            if user != sender:
                await q.put((sender, text))

async def client(room, user, script, transcript):
    inbox = await room.join(user)
    async def reader():
        while True:
            sender, text = await inbox.get()
            transcript[user].append(f"{sender}: {text}")
    rt = asyncio.create_task(reader())
    for delay, msg in script:
        await asyncio.sleep(delay)
        await room.broadcast(user, msg)
    await asyncio.sleep(0.5)
    rt.cancel()
    await room.leave(user)

async def main():
    room = Room("lobby")
    transcript = defaultdict(list)
    await asyncio.gather(
        client(room, "ann", [(0.1, "hi all"), (0.3, "bye")], transcript),
        client(room, "ben", [(0.2, "hey ann")], transcript),
        client(room, "cy", [(0.05, "first!"), (0.4, "anyone?")], transcript),
    )
    for user in sorted(transcript):
        print(f"== {user}")
        print("\n".join(transcript[user]))

asyncio.run(main())
