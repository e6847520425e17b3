# time.sleep in the main thread lets the other threads run meanwhile.
import threading
import time


def background():
    for i in range(4):
        print(f"background {i} at {time.monotonic():.1f}")
        time.sleep(0.3)


t = threading.Thread(target=background)
t.start()
print("main sleeps")
time.sleep(0.5)
print(f"main awake at {time.monotonic():.1f}")
time.sleep(0)
print("main after sleep(0)")
t.join()
print(f"joined at {time.monotonic():.1f}")
