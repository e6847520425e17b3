# itertools' iterators are classes in CPython: their reprs and type names show it.
import itertools

its = [itertools.islice("abc", 2), itertools.cycle("ab"), itertools.accumulate([1, 2]),
       itertools.pairwise("abc"), itertools.product("ab"), itertools.permutations("ab"),
       itertools.combinations("abc", 2), itertools.starmap(pow, []), itertools.zip_longest(),
       itertools.takewhile(bool, []), itertools.dropwhile(bool, []), itertools.compress("a", [1]),
       itertools.filterfalse(None, [])]
for it in its:
    print(type(it).__name__, type(it).__module__, repr(it).split(" at ")[0], isinstance(it, getattr(itertools, type(it).__name__, ())))
