print(int("  -0012  "), int("1_000"), float("1_0.5"), int(True), float(False))
for bad in ("12a", "", "1.5", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int("z", 36), int("777", 8), str(255), hex(255), oct(8), bin(5), hex(-42))
