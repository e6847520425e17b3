# Timers (fire, cancel before and after firing), daemon flags (inherited from the
# creating thread), default names "Thread-N (func)", enumerate, active_count,
# current_thread and main_thread, and a custom excepthook.
import threading
import time


def ring(label):
    print(f"ring {label} at {time.monotonic():.1f} in {threading.current_thread().name}")


t1 = threading.Timer(0.5, ring, args=("first",))
t2 = threading.Timer(0.2, ring, kwargs={"label": "cancelled"})
t3 = threading.Timer(0.1, ring, ["third"])
print(t1.name, t2.name, t3.name, t1.daemon)
t1.start()
t2.start()
t3.start()
t2.cancel()
print("alive:", t1.is_alive(), t2.is_alive(), t3.is_alive())
for t in (t1, t2, t3):
    t.join()
t3.cancel()
print("finished:", t1.finished.is_set(), t2.finished.is_set(), t3.finished.is_set())


def work():
    pass


def nested():
    inner = threading.Thread(target=work)
    print("inner daemon inherits:", inner.daemon, inner.name)


named = [threading.Thread(target=work), threading.Thread(target=nested, daemon=True),
         threading.Thread(), threading.Thread(target=lambda: None), threading.Thread(name=7),
         threading.Thread(target=print, name="")]
print([t.name for t in named])
print([t.daemon for t in named])
named[1].start()
named[1].join()
x = threading.Thread(target=work)
x.daemon = True
print("set daemon:", x.daemon, x.isDaemon())
x.setDaemon(False)
x.setName("renamed")
print(x.getName(), x.daemon)


def look():
    me = threading.current_thread()
    print("inside:", me.name, me is threading.main_thread(), threading.active_count(),
          sorted(t.name for t in threading.enumerate()))
    time.sleep(0.1)


ts = [threading.Thread(target=look, name=f"look{i}") for i in range(2)]
for t in ts:
    t.start()
print("outside:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
for t in ts:
    t.join()
print("after:", threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident, threading.main_thread().is_alive())


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)


threading.excepthook = hook
bad = threading.Thread(target=lambda: 1 / 0, name="divider")
bad.start()
bad.join()
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


quiet = threading.Thread(target=exits)
quiet.start()
quiet.join()
print("SystemExit in a thread is silent; alive:", quiet.is_alive())
print(threading.TIMEOUT_MAX > 1e9, threading.stack_size())
