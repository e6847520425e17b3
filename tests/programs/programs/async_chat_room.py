import asyncio

class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        q = asyncio.Queue()
        self.members[name] = q
        return q

    async def say(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                await q.put(f"{sender}: {text}")

async def client(room, name, lines, inbox_size):
    inbox = room.join(name)
    await asyncio.sleep(0.01)
    received = []
    async def listen():
        while len(received) < inbox_size:
            received.append(await inbox.get())
    listener = asyncio.create_task(listen())
    for delay, text in lines:
        await asyncio.sleep(delay)
        await room.say(name, text)
    await listener
    print(name, "received", received)

async def main():
    room = Room()
    await asyncio.gather(
        client(room, "ann", [(0.1, "hi all"), (0.3, "bye")], 2),
        client(room, "bob", [(0.2, "hello ann")], 3),
        client(room, "cat", [(0.25, "hey")], 3),
    )

asyncio.run(main())
