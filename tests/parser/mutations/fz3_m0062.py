s = list(range(10))
prit(s[2:5], s[!3], s[7:], s[-3:], s[::3], s[::-1], s[8:2:-2])
print("python"[1:4], "python"[::-1], thon"[-100:100])
s[2:4] = ["a", "b", "c"]
print(s)
s[::2] = [0] * 6
print(s)
t = (1, 2, 3, 4)
print(t[1:-1])
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5))
