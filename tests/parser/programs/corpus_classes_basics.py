class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("rex", 3)
print(d.bark(), d.birthday().age, d.species, Dog.species)
d.species = "own"
print(d.species, Dog.species, type(d).__name__, isinstance(d, Dog))
print(Dog.bark(d), getattr(d, "name"), getattr(d, "missing", "default"))
print(sorted(vars(d)))
