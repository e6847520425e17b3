class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("age must be >= 0")
        self._age = value
    @property
    def is_adult(self):
        return self.age >= 18
class Student(Person):
    @property
    def is_adult(self):
        return super().is_adult and self.age < 100
p = Person("a", 20)
print(p.age, p.is_adult)
for bad in ("x", -3):
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = Student("b", 150)
print(s.is_adult, Student("c", 17).is_adult)
