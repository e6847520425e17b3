import asyncio
from dataclasses import dataclass, field
from statistics import mean
@dataclass(order=True)
class Student:
    sort_index: float = field(init=False, repr=False)
    name: str
    grades: list = field(default_factory=list, compare=False)
    def __post_init__(self):
        self.sort_index = -mean(self.grades) if self.grades else 0
    @property
    def avg(self):
        return mean(self.grades) if self.grades else 0.0
async def load():
    await asyncio.sleep(0.1)
    return [Student("ann", [90, 85, 77]), Student("bob", [60, 75]), Student("cy", [88, 92, 95, 79]), Student("dee", [])]
async def main():
    students = sorted(await load())
    for rank, s in enumerate(students, 1):
        print(f"{rank}. {s.name:<5} avg={s.avg:6.2f} grades={s.grades}")
    print(max(students, key=lambda s: len(s.grades)).name, [s.name for s in students if s.avg >= 80])
asyncio.run(main())
