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
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(heap, item):
    """Pushes item, then pops the smallest; faster than the two calls."""
    # Only when the root is smaller does item go in at all: it takes the root's place.
    if not heap or not heap[0] < item:
        return item
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heapify(x):
    """Turns a list into a heap in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator, lazily.

    Each input is read one item ahead: its current item waits in `fronts` as
    [sort key, input position, item, iterator]. The winner is found by a scan of the
    fronts (there are few inputs); on equal keys the earlier input wins, which makes
    the merge stable. An input is read again only after its item was given out."""
    fronts = []
    for position, iterable in enumerate(iterables):
        source = iter(iterable)
        for first in source:
            fronts.append([first if key is None else key(first), position, first, source])
            break
    while fronts:
        winner = 0
        for index in range(1, len(fronts)):
            challenger = fronts[index][0]
            leader = fronts[winner][0]
            if (leader < challenger) if reverse else (challenger < leader):
                winner = index
        front = fronts[winner]
        yield front[2]
        for following in front[3]:
            front[0] = following if key is None else key(following)
            front[2] = following
            break
        else:
            del fronts[winner]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (stable for equal keys)."""
    # With n of zero or less nothing is read (a slice [:n] would count from the end).
    return sorted(iterable, key=key)[:n] if n > 0 else []


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (stable for equal keys)."""
    return sorted(iterable, key=key, reverse=True)[:n] if n > 0 else []
