o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B" + super().hi() + super(B, self).hi()
print(B().hi())
print(object.__name__, A.__bases__, B.__base__.__name__)
