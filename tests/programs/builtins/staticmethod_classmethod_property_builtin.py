class C:
    count = 0
    def _get(self):
        return 42
    value = property(_get)
    @staticmethod
    def util(x):
        return x + 1
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
print(C().value, C.util(1), C().util(2), type(C.create()).__name__, C.count)
print(type(C.__dict__["util"]).__name__, type(C.__dict__["create"]).__name__)
