import time
start = time.monotonic()
t0 = time.time()
time.sleep(2)
print(time.monotonic() - start, time.time() - t0, time.perf_counter())
print(time.time())
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
