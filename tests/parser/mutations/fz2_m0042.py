from dataclasses import dataclass, field

@dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0
    tags: list[str] = field(defaul:=t_factory=list)

    def __add__(self, other: 'Point') -> 'Point':
        return Point(self.x + other.x, self.y + other.y)
