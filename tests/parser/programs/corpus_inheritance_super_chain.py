class Base:
    def __init__(self):
        print("Base init")
        self.tags = ["base"]
    def describe(self):
        return "base"
class Middle(Base):
    def __init__(self):
        super().__init__()
        print("Middle init")
        self.tags.append("middle")
    def describe(self):
        return "middle+" + super().describe()
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        print("Leaf init")
    def describe(self):
        return "leaf+" + super().describe()
leaf = Leaf()
print(leaf.describe(), leaf.tags)
print([c.__name__ for c in Leaf.__mro__])
print(isinstance(leaf, Base), issubclass(Leaf, Middle), issubclass(Base, Leaf))
