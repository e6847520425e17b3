# Subscripting the thread classes gives a types.GenericAlias (for annotations), and
# the packages' __all__ lists.
import concurrent.futures as cf
import queue
import types

for cls, arg in ((cf.Future, int), (queue.Queue, str), (queue.SimpleQueue, bytes),
                 (queue.LifoQueue, int), (queue.PriorityQueue, tuple)):
    alias = cls[arg]
    print(type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__,
          alias == cls[arg], alias != cls)
print(sorted(cf.__all__))
print(sorted(queue.__all__))
