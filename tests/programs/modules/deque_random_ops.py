# collections.deque (runtime/py/mod__collections.c under the Python subclass): random
# operation sequences, with and without maxlen, compared with CPython's deque.
import hashlib
import random
from collections import deque

for seed in range(60):
    r = random.Random(seed)
    maxlen = r.choice([None, None, 0, 1, 3, 7])
    d = deque(range(r.randrange(5)), maxlen)
    events = []
    for step in range(60):
        op = r.randrange(14)
        try:
            if op == 0: d.append(r.randrange(9))
            elif op == 1: d.appendleft(r.randrange(9))
            elif op == 2: events.append(d.pop())
            elif op == 3: events.append(d.popleft())
            elif op == 4: d.extend(range(r.randrange(4)))
            elif op == 5: d.extendleft(range(r.randrange(4)))
            elif op == 6: d.remove(r.randrange(9))
            elif op == 7: events.append(d[r.randrange(-6, 6)])
            elif op == 8: d[r.randrange(-6, 6)] = r.randrange(9)
            elif op == 9: del d[r.randrange(-6, 6)]
            elif op == 10: d.rotate(r.randrange(-5, 5))
            elif op == 11: events.append(r.randrange(9) in d)
            elif op == 12: d.insert(r.randrange(-6, 6), r.randrange(9))
            elif op == 13: d.extend(d)
        except (IndexError, ValueError) as e:
            events.append(f'{type(e).__name__}: {e}')
        events.append((list(d), len(d), bool(d)))
    digest = hashlib.md5(repr(events).encode()).hexdigest()[:12]
    print(seed, d, len(events), digest)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(deque('abc', maxlen=2), deque(maxlen=0), repr(deque([[1], 'x'])))
