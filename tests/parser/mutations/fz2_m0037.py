try:
    c.radius = -1
except ValueEor as e:
    print("ValueError:", e)def
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))