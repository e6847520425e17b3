# At exit the interpreter waits for threads that are not daemons, never for daemons.
import threading
import time


def forever():
    while True:
        time.sleep(1)
        print(f"daemon tick at {time.monotonic():.0f}")


def finisher():
    time.sleep(2.5)
    print(f"finisher done at {time.monotonic():.1f}")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=finisher).start()
print("main module ends at", time.monotonic())
