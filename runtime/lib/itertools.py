"""itertools — iterator building blocks, written in Python.

Each function follows the documented behaviour of CPython 3.11's itertools module
(argument checks and messages included); they are generators or small iterator
classes rather than C types.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807
# Returned by next(it, _EXHAUSTED) when an iterator is exhausted.
_EXHAUSTED = object()


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and not isinstance(self._step, float):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class repeat:
    """repeat(object [,times]) -> object for the specified number of times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables) --> one iterator over all of them in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            value = next(self._active, _EXHAUSTED)
            if value is not _EXHAUSTED:
                return value
            self._active = None


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None) -> (key, group) pairs for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._started = False
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        if self._started:
            while self._currkey == self._tgtkey:
                self._currvalue = next(self._it)
                self._currkey = self._keyfunc(self._currvalue)
        else:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
            self._started = True
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


_ISLICE_STOP_ERROR = ('Stop argument for islice() must be None or an integer: '
                      '0 <= x <= sys.maxsize.')
_ISLICE_INDICES_ERROR = ('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
_ISLICE_STEP_ERROR = 'Step for islice() must be a positive integer or None.'


def _islice_ssize(value):
    """The value as a C size: -1 stands for anything that is not an integer
    or does not fit, which is why islice's messages depend on it."""
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            return -1
        try:
            value = index(value)
        except Exception:
            return -1
    if value < -_MAXSIZE - 1 or value > _MAXSIZE:
        return -1
    return value


def islice(iterable, *args):
    if len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) > 2 else None
    # A stop that is not a usable size is named as such; any other negative
    # start or stop gets the general message, as CPython's checks order them.
    if stop is not None:
        stop = _islice_ssize(stop)
        if stop == -1:
            raise ValueError(_ISLICE_STOP_ERROR)
    start = 0 if start is None else _islice_ssize(start)
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError(_ISLICE_INDICES_ERROR)
    if step is not None:
        step = _islice_ssize(step)
        if step <= 0:
            raise ValueError(_ISLICE_STEP_ERROR)
    return _islice_gen(iter(iterable), start, stop, step or 1)


def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            value = next(it, _EXHAUSTED)
            if value is _EXHAUSTED:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(pool, len(pool), r)


def _combinations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(pool, len(pool), r)


def _cwr_gen(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def _iterator_type(name, make):
    """A class named itertools.<name> whose instances step through what make(...)
    returns: CPython's itertools are types, so type(), repr() and isinstance() name
    them; the generator functions above do the work."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._steps = make(*args, **kwargs)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)

    return type(name, (), {'__slots__': ('_steps',), '__new__': __new__,
                           '__iter__': __iter__, '__next__': __next__,
                           '__module__': __name__, '__doc__': make.__doc__})


for _name in ('accumulate', 'combinations', 'combinations_with_replacement', 'compress',
              'cycle', 'dropwhile', 'filterfalse', 'islice', 'pairwise', 'permutations',
              'product', 'starmap', 'takewhile', 'zip_longest'):
    globals()[_name] = _iterator_type(_name, globals()[_name])
del _name
