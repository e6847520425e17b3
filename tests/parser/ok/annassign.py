x: int
y: list[int] = []
z: 'str' = 'a'
(w): int = 3
self.a: int = 0
d['k']: float
t: tuple[int, ...] = (1,)
