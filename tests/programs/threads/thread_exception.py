# An exception a thread does not catch is reported (to stderr) and the program goes on.
import threading
import time


def fails():
    time.sleep(0.1)
    raise ValueError("boom in a thread")


t = threading.Thread(target=fails, name="bad")
t.start()
t.join()
print("after join, alive:", t.is_alive())

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print("hook saw:", seen)
