scores = {
    "ana": [88, 92, 79],
    "ben": [65, 70, 58],
    "cy": [95, 98, 100],
    "di": [72, 85, 90],
}
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
results = []
for name, marks in scores.items():
    avg = sum(marks) / len(marks)
    results.append((avg, name))
    print(f"{name:<4} {marks} avg={avg:6.2f} {letter(avg)}")
results.sort(reverse=True)
print("ranking:", [name for _, name in results])
print("class average", round(sum(a for a, _ in results) / len(results), 3))
