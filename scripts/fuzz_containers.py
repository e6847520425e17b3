#!/usr/bin/env python3
"""scripts/fuzz_containers.py — differential tests of the containers against CPython.

Generates random Python programs that exercise sets and dicts (iteration order, set
algebra, frozenset hashes, popitem), list/tuple slicing and sorting, the builtins over
containers, and collections.deque; runs each under python3 (PYTHONHASHSEED=0) and
under the Taskscope CLI, and reports every program whose output differs.

    python3 scripts/fuzz_containers.py --cli build/rel/taskscope [--seeds 1-50] [--keep DIR]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

WORDS = ['a', 'b', 'c', 'apple', 'kiwi', 'x1', 'y2', 'zeta', 'q', 'w', 'e', 'r', 't',
         'yy', 'uu', 'ii', 'oo', 'pp']


def gen_sets(rnd):
    def val():
        r = rnd.random()
        if r < 0.4:
            return str(rnd.randint(-40, 200))
        if r < 0.8:
            return repr(rnd.choice(WORDS))
        return '(%d, %r)' % (rnd.randint(0, 5), rnd.choice(WORDS))
    lines = ['sets = [set(), set(), set()]', 'fs = frozenset()']
    for _ in range(120):
        k, j, op = rnd.randint(0, 2), rnd.randint(0, 2), rnd.random()
        if op < 0.35: lines.append('sets[%d].add(%s)' % (k, val()))
        elif op < 0.45: lines.append('sets[%d].discard(%s)' % (k, val()))
        elif op < 0.5: lines.append('sets[%d] |= sets[%d]' % (k, j))
        elif op < 0.55: lines.append('sets[%d] = sets[%d] & sets[%d] | set([%s, %s])' % (k, k, j, val(), val()))
        elif op < 0.6: lines.append('sets[%d] = sets[%d] ^ sets[%d]' % (k, k, j))
        elif op < 0.65: lines.append('sets[%d] -= sets[%d]' % (k, j))
        elif op < 0.7: lines.append('sets[%d].update([%s, %s, %s])' % (k, val(), val(), val()))
        elif op < 0.73: lines.append('sets[%d] = sets[%d].union([%s], set([%s]))' % (k, k, val(), val()))
        elif op < 0.76: lines.append('sets[%d] = sets[%d].intersection(sets[%d], [%s])' % (k, k, j, val()))
        elif op < 0.79: lines.append('sets[%d].difference_update([%s])' % (k, val()))
        elif op < 0.82: lines.append('sets[%d].symmetric_difference_update([%s, %s])' % (k, val(), val()))
        elif op < 0.85: lines.append('fs = frozenset(sets[%d]); print(fs, hash(fs))' % k)
        elif op < 0.9: lines.append('print(sets[%d].pop() if sets[%d] else None)' % (k, k))
        elif op < 0.93: lines.append('sets[%d] = set(dict.fromkeys(sets[%d]))' % (k, j))
        else: lines.append('print(sets[%d], len(sets[%d]))' % (k, k))
    lines.append('print(sets)')
    lines.append('d = {}')
    for i in range(60):
        op = rnd.random()
        if op < 0.5: lines.append('d[%s] = %d' % (val(), i))
        elif op < 0.7: lines.append('d.pop(%s, None)' % val())
        elif op < 0.8: lines.append('print(d.popitem() if d else None)')
        else: lines.append('print(d, d.keys() & sets[0], d.keys() | set([%s]))' % val())
    lines.append('print(d, list(d.items())[::-1], sorted(d, key=repr))')
    return lines


def gen_lists(rnd):
    def idx(): return rnd.choice(['None', str(rnd.randint(-12, 12))])
    def step(): return rnd.choice(['None', '1', '2', '-1', '-2', '3', '-3'])
    lines = ['L = list(range(10))', 'T = tuple(range(8))']
    for i in range(100):
        r = rnd.random()
        a, b, c = idx(), idx(), step()
        if r < 0.15: lines.append('print(L[%s:%s:%s], T[%s:%s:%s])' % (a, b, c, a, b, c))
        elif r < 0.3: lines.append('try:\n    L[%s:%s:%s] = %r\nexcept Exception as e:\n    print(type(e).__name__, e)' % (a, b, c, list(range(rnd.randint(0, 5)))))
        elif r < 0.4: lines.append('try:\n    del L[%s:%s:%s]\nexcept Exception as e:\n    print(type(e).__name__, e)' % (a, b, c))
        elif r < 0.5: lines.append('L.insert(%s, %d)' % (rnd.randint(-15, 15), i))
        elif r < 0.55: lines.append('L.extend(range(%d))' % rnd.randint(0, 4))
        elif r < 0.6: lines.append('print(L.pop() if L else None)')
        elif r < 0.65: lines.append('L.sort(key=lambda v: (v %% %d, -v), reverse=%s)' % (rnd.randint(1, 5), rnd.choice(['True', 'False'])))
        elif r < 0.7: lines.append('L = sorted(L, reverse=%s)' % rnd.choice(['True', 'False']))
        elif r < 0.75: lines.append('L.reverse(); print(L.count(%d), %d in L)' % (rnd.randint(0, 9), rnd.randint(0, 9)))
        elif r < 0.8: lines.append('L += L[:3]; L *= 1')
        elif r < 0.85: lines.append('print(L < %r, L == L[:], L[::-1] > L)' % (list(range(rnd.randint(0, 5)))))
        elif r < 0.9: lines.append('print(list(reversed(L))[:4], list(enumerate(L, %d))[:2], list(zip(L, T)))' % rnd.randint(-2, 2))
        else: lines.append('try:\n    print(L.index(%d), T.index(%d))\nexcept ValueError as e:\n    print(e)' % (rnd.randint(0, 12), rnd.randint(0, 9)))
        if len(lines) % 7 == 0:
            lines.append('L = L[:40]')
    lines.append('print(L, sum(L), max(L, default=None), min(L, default=None), sorted(set(L)))')
    return lines


def gen_builtins(rnd):
    def data():
        r, n = rnd.random(), rnd.randint(0, 6)
        if r < 0.3: return repr([rnd.randint(-5, 9) for _ in range(n)])
        if r < 0.45: return repr(tuple(rnd.choice('abcde') for _ in range(n)))
        if r < 0.6: return repr({rnd.choice('abcdef'): rnd.randint(0, 5) for _ in range(n)})
        if r < 0.7: return repr(''.join(rnd.choice('xyzab') for _ in range(n)))
        if r < 0.8: return 'range(%d, %d, %d)' % (rnd.randint(-3, 3), rnd.randint(-5, 12), rnd.choice([1, 2, -1, 3, -2]))
        if r < 0.9: return 'set(%r)' % [rnd.randint(0, 30) for _ in range(n)]
        return repr([rnd.random() * 10 for _ in range(n)])
    funcs = ['sorted(%s)', 'sorted(%s, reverse=True)', 'list(reversed(%s))', 'max(%s)', 'min(%s)',
             'sum(%s)', 'list(enumerate(%s))', 'list(zip(%s, %s))', 'list(map(repr, %s))',
             'list(filter(None, %s))', 'any(%s)', 'all(%s)', 'len(%s)', 'list(%s)', 'tuple(%s)',
             'set(%s)', 'frozenset(%s)', 'dict.fromkeys(%s)', 'max(%s, default=-1)',
             'min(%s, key=repr, default=None)', 'sorted(%s, key=str)', 'list(zip(%s, %s, strict=True))',
             'next(iter(%s), "end")', '%s[1:3]', '%s[::-1]', 'repr(%s)', 'hash(tuple(%s))',
             'sum(%s, start=10)', 'sorted(set(%s) | set(%s))', 'list(iter(%s))[::2]',
             'set(%s) & set(%s)', 'set(%s) - set(%s)', 'set(%s) ^ set(%s)']
    lines = []
    for _ in range(80):
        f = rnd.choice(funcs)
        expr = f % tuple(data() for _ in range(f.count('%s')))
        lines.append('try:\n    print(%s)\nexcept Exception as e:\n    print(type(e).__name__, e)' % expr)
    return lines


def gen_deque(rnd):
    lines = ['from collections import deque',
             'd = deque(%s)' % rnd.choice(['', '[1, 2, 3]', 'range(5), maxlen=4', 'maxlen=3', '"ab"'])]
    for i in range(150):
        r = rnd.random()
        if r < 0.2: lines.append('d.append(%d)' % i)
        elif r < 0.35: lines.append('d.appendleft(%d)' % i)
        elif r < 0.5: lines.append('print(d.pop() if d else "empty")')
        elif r < 0.65: lines.append('print(d.popleft() if d else "empty")')
        elif r < 0.7: lines.append('d.rotate(%d)' % rnd.randint(-4, 4))
        elif r < 0.73: lines.append('d.reverse()')
        elif r < 0.76: lines.append('d.extend(range(%d))' % rnd.randint(0, 4))
        elif r < 0.79: lines.append('d.extendleft("xy")')
        elif r < 0.84: lines.append('print(d[0] if d else None, d[-1] if d else None, len(d), %d in d)' % rnd.randint(0, 20))
        elif r < 0.87: lines.append('try:\n    d.remove(%d)\nexcept ValueError as e:\n    print(e)' % rnd.randint(0, 20))
        elif r < 0.9: lines.append('print(list(d), list(reversed(d)), d == deque(list(d)), d.count(1))')
        elif r < 0.93: lines.append('if d: d[%d %% len(d)] = "s"' % rnd.randint(0, 9))
        elif r < 0.96: lines.append('if d: del d[%d %% len(d)]' % rnd.randint(0, 9))
        else: lines.append('print(d)')
    lines.append('print(d, d.maxlen)')
    return lines


GENERATORS = {'sets': gen_sets, 'lists': gen_lists, 'builtins': gen_builtins, 'deque': gen_deque}


def run(cmd, path):
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=20, env=env)
        return p.stdout + p.stderr.splitlines()[-1:].__repr__()
    except subprocess.TimeoutExpired:
        return 'TIMEOUT'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--cli', required=True, help='the Taskscope CLI executable')
    ap.add_argument('--seeds', default='1-30', help='a range like 1-30')
    ap.add_argument('--keep', help='folder where differing programs are kept')
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.seeds.split('-'))
    failures = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, gen in GENERATORS.items():
            for seed in range(lo, hi + 1):
                total += 1
                path = os.path.join(tmp, '%s_%d.py' % (name, seed))
                with open(path, 'w') as f:
                    f.write('\n'.join(gen(random.Random(seed))) + '\n')
                want = run([sys.executable], path)
                got = run([args.cli, '--clock=virtual'], path)
                if got != want:
                    failures += 1
                    print('DIFF %s seed %d' % (name, seed))
                    if args.keep:
                        os.makedirs(args.keep, exist_ok=True)
                        with open(path) as src, open(os.path.join(args.keep, os.path.basename(path)), 'w') as dst:
                            dst.write(src.read())
    print('%d programs, %d differ' % (total, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
