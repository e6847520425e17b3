# Executor.map: several iterables, chunksize (ignored by threads), a timeout that runs out,
# an exception met while iterating, and closing the iterator early.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time


def nap(x, y=0):
    time.sleep(x)
    print(f"  nap({x}, {y}) ends at {time.monotonic():.1f}")
    return x + y


with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(nap, [0.2, 0.1, 0.3], [10, 20, 30, 40])))
    print(list(ex.map(nap, [0.1, 0.1, 0.1], chunksize=2)))
    print(list(ex.map(nap, [])))

print("timeout")
with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(nap, [0.1, 0.5, 0.1], timeout=0.3)
    print(type(it).__name__)
    try:
        for value in it:
            print("got", value, f"at {time.monotonic():.1f}")
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), f"at {time.monotonic():.1f}")
print(f"after the with at {time.monotonic():.1f}")


def check(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    time.sleep(0.1)
    return x * x


print("exception")
with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(check, range(5))
    try:
        for r in results:
            print("got", r)
    except ValueError as e:
        print("ValueError", e, f"at {time.monotonic():.1f}")

print("closed early")
with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(nap, [0.1, 0.1, 0.1, 0.1])
    print("first", next(it))
    it.close()
    print(f"closed at {time.monotonic():.1f}")
print(f"end at {time.monotonic():.1f}")
