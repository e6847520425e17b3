# tracemalloc's figures as a tutorial uses them: the numbers differ between Python
# implementations, so only their relations are printed.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing())
before, _ = tracemalloc.get_traced_memory()
data = [str(i) * 10 for i in range(20000)]
current, peak = tracemalloc.get_traced_memory()
print("grew by more than 500 KB:", current - before > 500_000, "current <= peak:", current <= peak)
del data
after, peak_after = tracemalloc.get_traced_memory()
print("dropped after del:", after < current, "peak kept:", peak_after >= current)
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print("peak reset near current:", peak - current < 100_000)
tracemalloc.clear_traces()
print("cleared:", tracemalloc.get_traced_memory()[0] < 10_000)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
