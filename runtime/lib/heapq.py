"""Heap queue: a binary min-heap kept in a plain list (heap[k] <= heap[2k+1], heap[2k+2]).

The sift order is CPython's, so heaps built by the same calls have the same layout and
print the same."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
           "nsmallest", "heappushpop"]


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Moves the smaller child up until a leaf is reached, then lets the item bubble
    # back toward the root: fewer comparisons than stopping early, and CPython's order.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    """Adds item, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the smallest item."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turns a list into a heap in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator."""
    items = []
    for order, iterable in enumerate(iterables):
        for value in iterable:
            items.append(((key(value) if key else value), order, value))
    items.sort(key=lambda entry: entry[0], reverse=reverse)
    for entry in items:
        yield entry[2]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (stable for equal keys)."""
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (stable for equal keys)."""
    return sorted(iterable, key=key, reverse=True)[:n]
