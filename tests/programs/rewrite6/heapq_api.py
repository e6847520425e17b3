# heapq: the layouts the sift order gives, the error messages, and merge's laziness.
import heapq

heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 1, 4]:
    heapq.heappush(heap, value)
print('pushed', heap)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print('heapify', data)
print('pop', [heapq.heappop(data) for _ in range(4)], data)
print('replace', heapq.heapreplace(data, 10), data)
print('pushpop small', heapq.heappushpop(data, -1), data)
print('pushpop big', heapq.heappushpop(data, 11), data)
print('pushpop empty', heapq.heappushpop([], 3))
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        call()
    except IndexError as error:
        print('IndexError', error)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
heapq.heapify(pairs)
print('tuples', pairs, heapq.heappop(pairs))


def numbers(name, values):
    for value in values:
        print('  read', name, value)
        yield value


merged = heapq.merge(numbers('a', [1, 4, 7]), numbers('b', [2, 4, 8]), numbers('c', []))
print('merge made')
for value in merged:
    print('merge gives', value)
print(list(heapq.merge([3, 1], [4, 2], key=lambda v: -v)))
print(list(heapq.merge([5, 3, 1], [6, 3, 0], reverse=True)))
print(list(heapq.merge(['b1', 'a2'], ['b2', 'a1'], key=lambda s: s[0], reverse=True)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'p'), (3, 'q')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
for n in (-2, 0, 1, 2, 5):
    print('n', n, heapq.nsmallest(n, [4, 1, 3, 1, 2]), heapq.nlargest(n, iter([4, 1, 3, 1, 2])))
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nlargest(2, words, key=lambda w: w[-1]), heapq.nsmallest(1, words, key=lambda w: w[1]))
try:
    heapq.heappush([1, 'a'], 2)
except TypeError as error:
    print('TypeError', error)
