class Box:
    __slots__ = ("value",)
    def __init__(self, value):
        self.value = value
b = Box(1)
try:
    b.other = 2
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(b, "value"), hasattr(b, "other"))
