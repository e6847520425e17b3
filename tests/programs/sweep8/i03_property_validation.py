import asyncio

class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"expected number, got {type(v).__name__}")
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    def __repr__(self):
        return f"Temperature({self._c!r})"

async def read_sensor(v):
    await asyncio.sleep(0.01)
    return Temperature(v)

async def main():
    res = await asyncio.gather(read_sensor(21.5), read_sensor(-300), read_sensor("hot"), read_sensor(100),
                               return_exceptions=True)
    for r in res:
        print(r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}")
    t = res[0]
    print(t.fahrenheit, round(res[3].fahrenheit))
    try:
        t.fahrenheit = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del t.celsius
    except AttributeError as e:
        print("AttributeError:", e)
    print(type(Temperature.celsius).__name__, Temperature.celsius.fset.__name__)

asyncio.run(main())
