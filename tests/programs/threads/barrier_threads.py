import threading
import time

barrier = threading.Barrier(3, action=lambda: print("all arrived at", time.monotonic()))


def runner(n):
    time.sleep(n * 0.2)
    print(f"runner {n} arrives")
    index = barrier.wait()
    print(f"runner {n} leaves (index {index})")


threads = [threading.Thread(target=runner, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("broken:", barrier.broken, "parties:", barrier.parties)
