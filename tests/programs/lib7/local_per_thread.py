# threading.local: attributes per thread, a subclass whose __init__ runs again in each
# thread with the same arguments, __dict__, deletion, and slots/methods on subclasses.
import threading

data = threading.local()
data.x = 1
data.shared = ["main"]


def show(label):
    print(label, sorted(vars(data).items()) if hasattr(data, "__dict__") else None,
          getattr(data, "x", "no x"))


def worker(n):
    show(f"t{n} before")
    data.x = n * 10
    data.y = n
    del data.y
    show(f"t{n} after")


for n in range(1, 3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
show("main")


class Config(threading.local):
    created = 0
    label = "class attribute"

    def __init__(self, color, size=1):
        Config.created += 1
        self.color = color
        self.size = size

    def describe(self):
        return f"{self.color}/{self.size}/{self.label}"


cfg = Config("red", size=3)
cfg.size = 4


def use_config():
    print("thread sees", cfg.describe(), "created", Config.created)
    cfg.color = "blue"
    print("thread changed", cfg.describe())


t = threading.Thread(target=use_config)
t.start()
t.join()
print("main sees", cfg.describe(), "created", Config.created)
print(isinstance(cfg, threading.local), type(cfg).__name__)
cfg.label = "instance attribute"
print(cfg.describe(), Config.label)
del cfg.label
print(cfg.describe())
