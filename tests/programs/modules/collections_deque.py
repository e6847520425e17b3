from collections import deque
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    print(list(d))
d = deque([1, 2, 3])
d.extendleft([0, -1])
print(d, d[0], d[-1])
d.rotate(-2)
print(d)
print(d.popleft(), d.pop(), d, 2 in d, d.count(1), d.index(2))
