"""Memory use of a program while it runs: start(), get_traced_memory() (current and peak
bytes since start), reset_peak(), clear_traces(), stop().

Taskscope's allocator (runtime/py/mem.c) counts every byte the interpreter asks for,
with its peak, but keeps no record per allocation. So the figures here are the
allocator's: `current` is how much more memory is in use than when tracing started
(never below 0), `peak` the most that was in use at once since then (or since
reset_peak()). The numbers differ from CPython's, whose objects have other sizes, but
they rise and fall the same way. Snapshots (take_snapshot() and the statistics built
on them) need a traceback per allocation, which we do not record: take_snapshot()
raises NotImplementedError saying so. get_object_traceback() knows where a coroutine
was created (so a "never awaited" warning can say, as in CPython) and answers None for
other objects.
"""

import sys

__all__ = ["start", "stop", "is_tracing", "clear_traces", "reset_peak", "get_traced_memory",
           "get_traceback_limit", "get_tracemalloc_memory", "take_snapshot",
           "get_object_traceback", "Frame", "Traceback"]

_tracing = False
_limit = 1              # frames per traceback, as start(nframe) set it
_baseline = 0           # bytes in use when tracing started (or was cleared)
_origins = None         # while tracing: id(coroutine) -> (file, line) of its creation


def _no_arguments(name, args, kwargs):
    # These are C functions in CPython, with the C argument checks' wording.
    if kwargs:
        raise TypeError(f"_tracemalloc.{name}() takes no keyword arguments")
    if args:
        raise TypeError(f"_tracemalloc.{name}() takes no arguments ({len(args)} given)")


def _memory(restart_peak=False):
    """The allocator's (bytes in use, peak) from the engine (sys._taskscope_memory);
    the same pair under another Python, where this module only needs to behave."""
    figures = getattr(sys, "_taskscope_memory", None)
    if figures is None:
        return 0, 0
    return figures(restart_peak)


def _nframe(value):
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    value = type(value).__index__(value)
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError("Python int too large to convert to C int")
    if not 1 <= value <= 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    return value


def start(*args, **kwargs):
    """Start tracing Python memory allocations.

    Also set the maximum number of frames stored in the traceback of a
    trace to nframe."""
    global _tracing, _limit, _baseline, _origins
    if kwargs:
        raise TypeError("_tracemalloc.start() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError(f"start expected at most 1 argument, got {len(args)}")
    nframe = _nframe(args[0]) if args else 1
    if _tracing:
        return
    _limit = nframe
    _origins = {}
    _tracing = True
    _baseline = _memory(True)[0]
    _watch_coroutines(_origins)


def stop(*args, **kwargs):
    """Stop tracing Python memory allocations.

    Also clear traces of memory blocks allocated by Python."""
    global _tracing, _origins
    _no_arguments("stop", args, kwargs)
    if _tracing:
        _tracing = False
        _origins = None
        _watch_coroutines(None)


def is_tracing(*args, **kwargs):
    """Return True if the tracemalloc module is tracing Python memory allocations."""
    _no_arguments("is_tracing", args, kwargs)
    return _tracing


def clear_traces(*args, **kwargs):
    """Clear traces of memory blocks allocated by Python."""
    global _baseline
    _no_arguments("clear_traces", args, kwargs)
    if _tracing:
        _origins.clear()
        _baseline = _memory(True)[0]


def reset_peak(*args, **kwargs):
    """Set the peak size of memory blocks traced by tracemalloc to the current size.

    Do nothing if the tracemalloc module is not tracing memory allocations."""
    _no_arguments("reset_peak", args, kwargs)
    if _tracing:
        _memory(True)


def get_traced_memory(*args, **kwargs):
    """Get the current size and peak size of memory blocks traced by tracemalloc.

    Returns a tuple: (current: int, peak: int)."""
    _no_arguments("get_traced_memory", args, kwargs)
    if not _tracing:
        return (0, 0)
    used, peak = _memory()
    current = max(used - _baseline, 0)
    return (current, max(peak - _baseline, current))


def get_traceback_limit(*args, **kwargs):
    """Get the maximum number of frames stored in the traceback of a trace.

    By default, a trace of an allocated memory block only stores
    the most recent frame: the limit is 1."""
    _no_arguments("get_traceback_limit", args, kwargs)
    return _limit


def get_tracemalloc_memory(*args, **kwargs):
    """Get the memory usage in bytes of the tracemalloc module.

    This memory is used internally to trace memory allocations."""
    _no_arguments("get_tracemalloc_memory", args, kwargs)
    # What this module keeps: the table of coroutine origins (sizes as sys.getsizeof
    # gives them; no traces are kept for other objects).
    if _origins is None:
        return 0
    size = sys.getsizeof(_origins)
    for key, place in _origins.items():
        size += sys.getsizeof(key) + sys.getsizeof(place)
    return size


def take_snapshot():
    """Take a snapshot of traces of memory blocks allocated by Python."""
    if not _tracing:
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    raise NotImplementedError(
        "tracemalloc.take_snapshot() is not available in Taskscope: its allocator counts "
        "bytes but keeps no traceback per allocation; get_traced_memory() gives the "
        "current and peak sizes")


def get_object_traceback(obj):
    """Get the traceback where the Python object *obj* was allocated.
    Return a Traceback instance.

    Return None if the tracemalloc module is not tracing memory allocations or
    did not trace the allocation of the object."""
    if not _tracing:
        return None
    place = _origins.get(id(obj))
    return None if place is None else Traceback((place,))


def _watch_coroutines(table):
    # The engine notes in `table` where each coroutine is created while it is set.
    figures = getattr(sys, "_taskscope_memory", None)
    if figures is not None:
        figures(False, table)


class Frame:
    """Frame of a traceback."""
    __slots__ = ("_place",)

    def __init__(self, frame):
        self._place = tuple(frame)

    @property
    def filename(self):
        return self._place[0]

    @property
    def lineno(self):
        return self._place[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._place == other._place

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._place < other._place

    def __hash__(self):
        return hash(self._place)

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


class Traceback:
    """Sequence of Frame instances sorted from the oldest frame
    to the most recent frame."""
    __slots__ = ("_newest_first", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # Kept as given: the most recent frame first, as the tracer records them.
        self._newest_first = tuple(frames)
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._newest_first)

    def __getitem__(self, index):
        oldest_first = self._newest_first[::-1]
        if isinstance(index, slice):
            return tuple(Frame(place) for place in oldest_first[index])
        return Frame(oldest_first[index])

    def __iter__(self):
        return (Frame(place) for place in reversed(self._newest_first))

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._newest_first == other._newest_first

    def __hash__(self):
        return hash(self._newest_first)

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        frames = tuple(self)
        if self._total_nframe is None:
            return f"<Traceback {frames!r}>"
        return f"<Traceback {frames!r} total_nframe={self._total_nframe}>"

    def format(self, limit=None, most_recent_first=False):
        import linecache
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append(f'  File "{frame.filename}", line {frame.lineno}')
            text = linecache.getline(frame.filename, frame.lineno).strip()
            if text:
                lines.append(f"    {text}")
        return lines
