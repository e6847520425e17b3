import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.repeat("x", 3)))
for key, group in it.groupby("aaabbcaa"):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise([1, 2, 3, 4])), list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(None, [0, 1, 0, 2])))
