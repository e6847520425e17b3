# A watchdog a test suite arms and disarms, and a handler registered for a signal:
# both are accepted (and their arguments checked) as in CPython.
import faulthandler
import io
import signal
import sys

faulthandler.dump_traceback_later(60, exit=True)
print("armed")
faulthandler.cancel_dump_traceback_later()
print("cancelled")
faulthandler.register(signal.SIGUSR1, file=sys.stdout, all_threads=False)
print("unregister:", faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
for call in (lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register(99),
             lambda: faulthandler.enable(file=io.StringIO())):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

print("done")
