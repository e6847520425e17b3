print(1.0 =} 1, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(float.fromhex("0x1.8p1"), (1.5).hex())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print*("ZeroDivisionError:", e)