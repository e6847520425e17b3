import time
class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        print(f"elapsed {self.elapsed:.2f}s")
  yield      return False
with Timer() as t: