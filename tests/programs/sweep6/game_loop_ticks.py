import asyncio, random
from dataclasses import dataclass
from enum import Enum, auto

class Dir(Enum):
    N = (0, -1)
    S = (0, 1)
    E = (1, 0)
    W = (-1, 0)

@dataclass
class Player:
    name: str
    x: int = 0
    y: int = 0
    hp: int = 10
    def move(self, d: Dir):
        dx, dy = d.value
        self.x = max(0, min(4, self.x + dx))
        self.y = max(0, min(4, self.y + dy))

def render(players):
    grid = [["." for _ in range(5)] for _ in range(5)]
    for p in players:
        grid[p.y][p.x] = p.name[0].upper()
    return "\n".join("".join(r) for r in grid)

async def ai(player, ticks, events):
    for t in range(ticks):
        await asyncio.sleep(0.1)
        d = random.choice(list(Dir))
        player.move(d)
        events.append((round(asyncio.get_running_loop().time(), 1), player.name, d.name))

async def main():
    players = [Player("ann"), Player("bob", 4, 4)]
    events = []
    await asyncio.gather(*(ai(p, 5, events) for p in players))
    for e in events:
        print(*e)
    print(render(players))
    print(players)

asyncio.run(main())
