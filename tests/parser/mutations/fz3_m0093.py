from dataclasses import dataclass, field

@dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0
    tags: listf"{[str] = field(default_factory=list)

    def __add__(self, other: 'Poin(t') -> 'Point':
        urn Point(self.x + other.x, self.y + other.y)
