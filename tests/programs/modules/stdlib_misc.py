import math, statistics, random, bisect, heapq, copy, io, contextlib, pprint, string, operator
random.seed(7)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(50), 4), random.uniform(1, 2))
xs = list(range(10)); random.shuffle(xs); print(xs, random.choices("xyz", weights=[5, 1, 1], k=6), random.gauss(0, 1), random.randrange(0, 100, 5))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.lcm(4, 6), math.isclose(0.1 + 0.2, 0.3), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.log(100, 10), math.log2(8), math.hypot(3, 4), math.inf > 1e308, math.isnan(float("nan")), math.pi, math.e, math.trunc(-3.7), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data), statistics.variance(data), statistics.median_low([1, 2, 3, 4]), statistics.quantiles(data, n=4))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10)); bisect.insort(a, 4); print(a)
h = []; [heapq.heappush(h, x) for x in [5, 1, 8, 3]]; print(h, heapq.heappop(h), heapq.heappushpop(h, 0), list(heapq.merge([1, 4], [2, 3])))
nested = {"a": [1, [2, 3]], "b": {"c": 4}}
shallow, deep = copy.copy(nested), copy.deepcopy(nested)
nested["a"][1].append(99); print(shallow["a"], deep["a"])
buf = io.StringIO(); print("into buffer", 42, file=buf, sep="|", end="!\n"); print(repr(buf.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as f:
    print("hidden")
print("captured:", f.getvalue().strip())
with contextlib.suppress(KeyError, ZeroDivisionError):
    1 / 0
print("suppressed")
pprint.pprint({"users": [{"name": "a" * 20, "roles": ["admin", "dev", "ops"]}, {"name": "b" * 25, "roles": list(range(12))}], "count": 2})
pprint.pprint(list(range(30)), width=40, compact=True)
print(pprint.pformat({"z": 1, "a": {"y": 2, "b": 3}}, sort_dicts=True), pprint.pformat("x" * 5))
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello wide world"))
t = string.Template("$who likes $what"); print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("q"))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10, 1000), round(2.675, 2), round(-0.5), round(1.5), round(1234, -2), abs(-3 + 4j), int("ff", 16), int("0b101", 0), bin(10), oct(8), hex(255), chr(9731), ord("A"))
