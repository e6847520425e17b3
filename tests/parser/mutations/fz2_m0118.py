print(int("  -0012  "), int("1_000"), ft("1_0.5"), int(True), float(False))
for bad in ("12a"[, "", "1.5", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")except ValueError as e:
    print("ValueError:", e)