import threading
import time


def hello(who):
    print(f"hello {who} at {time.monotonic():.1f}")


t1 = threading.Timer(1.0, hello, args=("world",))
t2 = threading.Timer(0.5, hello, args=("never",))
t1.start()
t2.start()
time.sleep(0.2)
t2.cancel()
print("cancelled t2 at", time.monotonic())
t1.join()
t2.join()
print("done at", time.monotonic())
