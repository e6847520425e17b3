import asyncio, itertools, operator, functools, collections

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))

def partition(pred, iterable):
    t1, t2 = itertools.tee(iterable)
    return itertools.filterfalse(pred, t1), filter(pred, t2)

async def main():
    await asyncio.sleep(0)
    print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
    print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
    print(list(sliding_window(range(6), 3)), list(powerset([1, 2, 3])))
    evens, odds = partition(lambda x: x % 2, range(10))
    print(list(evens), list(odds))
    print(functools.reduce(operator.mul, range(1, 6)), list(itertools.accumulate(range(1, 6), operator.mul)), list(map(operator.neg, [1, -2])))
    print(sum(itertools.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(itertools.islice(itertools.count(), 2, 10, 3)))
    data = sorted([("b", 2), ("a", 1), ("b", 3), ("a", 4)], key=operator.itemgetter(0))
    print({k: [v for _, v in g] for k, g in itertools.groupby(data, key=operator.itemgetter(0))})
    print(list(itertools.product(range(2), "xy", [True])), len(list(itertools.permutations(range(5)))), next(itertools.dropwhile(lambda x: x < 5, itertools.count())))
    print(operator.attrgetter("real", "imag")(3 + 4j), operator.itemgetter(slice(1, None))("hello"), operator.methodcaller("split", ",")("a,b"), operator.truth([]), operator.contains([1], 1), operator.index(5), operator.concat([1], [2]))

asyncio.run(main())
