# The reprs of threads and of the synchronisation objects, with addresses and thread
# idents masked (they differ from run to run).
import re
import threading
import time


def shown(obj):
    text = re.sub(r"0x[0-9a-fA-F]+", "ADDR", repr(obj))
    text = re.sub(r"owner=[1-9][0-9]*", "owner=ID", text)
    return re.sub(r" [0-9]+\)", " ID)", text)


def worker():
    time.sleep(0.1)


t = threading.Thread(target=worker)
print(shown(t))
t.start()
print(shown(t))
t.join()
print(shown(t))
d = threading.Thread(target=worker, name="bg", daemon=True)
print(shown(d))
d.start()
print(shown(d))
d.join()
print(shown(d))
print(shown(threading.main_thread()))

lock = threading.Lock()
print(shown(lock))
lock.acquire()
print(shown(lock))
lock.release()
r = threading.RLock()
print(shown(r))
r.acquire()
r.acquire()
print(shown(r))
r.release()
r.release()
print(shown(r))

e = threading.Event()
print(shown(e))
e.set()
print(shown(e))
c = threading.Condition()
print(shown(c))
c2 = threading.Condition(threading.Lock())
print(shown(c2))
s = threading.Semaphore(3)
print(shown(s))
s.acquire()
print(shown(s))
b = threading.BoundedSemaphore(2)
print(shown(b))
b.acquire()
print(shown(b))
bar = threading.Barrier(2)
print(bar.parties, bar.n_waiting, bar.broken, shown(bar))
tm = threading.Timer(1.0, print)
print(shown(tm), tm.interval, tm.args, tm.kwargs)
bar.abort()
print(shown(bar), bar.broken)
print(shown(threading.Barrier(3, timeout=1)))
