class Temperature:
    unit = "C"
    count = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.count += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(c):
        return c <= 0
    def __repr__(self):
        return f"Temperature({self.degrees}{self.unit})"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_freezing(-1), t.is_freezing(5), Temperature.count)
class Kelvin(Temperature):
    unit = "K"
print(Kelvin.from_fahrenheit(32), type(Kelvin.from_fahrenheit(0)).__name__)
