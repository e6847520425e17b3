import asyncio
from enum import Enum
class Light(Enum):
    RED = ("stop", 3)
    YELLOW = ("slow", 1)
    GREEN = ("go", 2)
    def __init__(self, action, seconds):
        self.action, self.seconds = action, seconds
    def next(self):
        order = list(Light)
        return order[(order.index(self) - 1) % len(order)]
async def controller(cycles):
    light = Light.RED
    for _ in range(cycles):
        print(f"t={asyncio.get_running_loop().time():4.1f} {light.name:<6} {light.action}")
        await asyncio.sleep(light.seconds)
        light = light.next()
asyncio.run(controller(7))
