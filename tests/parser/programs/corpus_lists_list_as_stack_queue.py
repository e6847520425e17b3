from collections import deque
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print("pop", stack.pop())
q = deque(["a", "b"])
q.append("c")
q.appendleft("z")
print(q, q.popleft(), q.pop(), q)
q.rotate(1)
print(q, len(q), list(q))
