def c_to_f(c):
    return c * 9 / 5 + 32
print(f"{'C':>6} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>7.1f} {c + 273.15:>8.2f}")
readings = [21.5, 22.0, 19.8, 23.4, 22.9, 20.1]
avg = sum(readings) / len(readings)
print(f"avg {avg:.3f} min {min(readings)} max {max(readings)} spread {max(readings) - min(readings):.1f}")
print("above average:", [r for r in readings if r > avg])
