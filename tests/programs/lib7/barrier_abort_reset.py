# Barrier: a timeout breaks it, abort() breaks it for the waiting threads, reset()
# sends the waiting threads away broken and makes it usable again, and an action
# that raises breaks it.
import threading
import time


def report(name, barrier, timeout=None):
    try:
        index = barrier.wait(timeout)
    except threading.BrokenBarrierError as e:
        print(f"{name}: broken ({type(e).__name__}{e.args}) at {time.monotonic():.1f}")
    else:
        print(f"{name}: passed with index {index} at {time.monotonic():.1f}")


def run(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


b = threading.Barrier(3)
run([threading.Thread(target=report, args=(f"t{i}", b, 0.5)) for i in range(2)])
print("after timeout: broken", b.broken, "waiting", b.n_waiting)
report("late", b)
b.reset()
print("after reset: broken", b.broken)

b = threading.Barrier(3)


def aborter():
    time.sleep(0.3)
    print("aborting with", b.n_waiting, "waiting")
    b.abort()


run([threading.Thread(target=report, args=("a", b)), threading.Thread(target=report, args=("b", b)),
     threading.Thread(target=aborter)])
print("after abort: broken", b.broken)

b = threading.Barrier(2)


def resetter():
    time.sleep(0.2)
    print("resetting with", b.n_waiting, "waiting")
    b.reset()


run([threading.Thread(target=report, args=("r", b)), threading.Thread(target=resetter)])
print("after reset: broken", b.broken, "waiting", b.n_waiting)
run([threading.Thread(target=report, args=(f"again{i}", b)) for i in range(2)])


def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)


def waiter(name):
    try:
        b.wait()
    except Exception as e:
        print(name, type(e).__name__, e)


run([threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(2)])
print("after failing action: broken", b.broken)

b = threading.Barrier(2, timeout=0.25)
run([threading.Thread(target=report, args=("default-timeout", b))])
b = threading.Barrier(2, action=lambda: print("action by", threading.current_thread().name))
run([threading.Thread(target=report, args=(f"n{i}", b), name=f"n{i}") for i in range(2)])
