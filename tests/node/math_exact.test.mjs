// math, cmath and complex on the wasm engine print CPython-on-glibc's digits
// (runtime/py/pymath.c; docs/interpreter.md, "math on WebAssembly"). One seeded program
// prints, per function, a line of results over random and special arguments; python3 is
// the oracle. Every result must be equal, except a few (at most 1 % of a line) where
// glibc itself is not correctly rounded: there our correctly rounded result is one unit
// in the last place away (a few ulps after the complex formulas). Such cases occur in
// ~0.1 % of arguments for sin, cos, tan, asin, acos, atan, atan2 and sinh/cosh/tanh, and
// CPython's own digits vary there between x86 CPUs with and without FMA. musl's results
// (before pymath.c) differ in 1-10 % of arguments and fail this test.
// MATH_EXACT_STRICT=1 allows none, to list every difference.
// cbrt, erf, erfc and expm1 are glibc's own formulas, done step for step in
// runtime/py/pymath_libm.c (checked bit for bit against glibc natively by
// tests/py/pymath_libm_test.c); gamma and lgamma are CPython's own algorithm
// (runtime/py/pymath_gamma.c), over the functions above.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

/** How many results of a line of n may differ: glibc's rare incorrectly rounded ones. */
const allowed = (n) => (process.env.MATH_EXACT_STRICT ? 0 : Math.max(3, Math.floor(n / 100)));

const PROGRAM = String.raw`
import math, cmath, random
r = random.Random(20261121)
inf, nan = float("inf"), float("nan")
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -5e-324, 1e300, inf, -inf, nan,
           22.0, 0.34657359027997264, 709.78, -745.2, 1e22, 3.141592653589793, 1.5707963267948966]

def show(f, *a):
    try:
        v = f(*a)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return "E:" + type(e).__name__
    if isinstance(v, complex):
        return repr(v.real) + "," + repr(v.imag)
    if isinstance(v, tuple):
        return ",".join(repr(x) for x in v)
    return repr(v)

# Arguments are made without pow or exp (only ldexp and uniform), so that both sides
# compute the same arguments.
def real(kind):
    if kind == 0: return r.uniform(-3, 3)
    if kind == 1: return r.uniform(-40, 40)
    if kind == 2: return math.copysign(math.ldexp(r.uniform(0.5, 1), r.randint(-66, 66)), r.random() - 0.5)
    if kind == 3: return r.uniform(-1, 1)
    return r.uniform(-1000, 1000)

def args1():
    return SPECIAL + [real(i % 5) for i in range(400)]

ONE = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "expm1",
       "exp2", "log", "log2", "log10", "log1p", "asinh", "acosh", "atanh", "sqrt", "fabs"]
for name in ONE:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in args1()))
for name in ["log", "log2", "log10"]:
    f = getattr(math, name)
    print(name + "-pos", " ".join(show(f, math.ldexp(r.uniform(0.5, 1), r.randint(-1074, 1024))) for _ in range(300)))

pairs = [(a, b) for a in SPECIAL[:14] for b in SPECIAL[:14]] + [(real(i % 5), real((i // 5) % 5)) for i in range(500)]
print("atan2", " ".join(show(math.atan2, a, b) for a, b in pairs))
print("pow", " ".join(show(math.pow, abs(a), b / 8) for a, b in pairs))
print("hypot", " ".join(show(math.hypot, a, b) for a, b in pairs))
print("hypot-n", " ".join(show(math.hypot, *[real(r.randint(0, 4)) for _ in range(r.randint(0, 5))]) for _ in range(300)))
print("dist", " ".join(show(math.dist, (a, b, a * b), (b, a, 1.0)) for a, b in pairs[196:]))

# Complex arguments of moderate size only: what cmath does with infinities, nans and
# results that overflow or underflow is a matter of its special-value and error rules
# (runtime/py/mod_cmath.c), not of libm's last digit.
def moderate(x):
    return x == 0 or 1e-150 < abs(x) < 1e150
zs = [complex(a, b) for a, b in pairs if moderate(a) and moderate(b)]
print("abs", " ".join(show(abs, z) for z in zs))
print("cpow", " ".join(show(lambda z, w: z ** w, z, complex(w.imag, w.real) / 4) for z, w in zip(zs, zs[1:])))
print("cpow-int", " ".join(show(lambda z, k: z ** k, z, r.randint(-6, 6)) for z in zs))
print("cpow-real", " ".join(show(lambda z, x: z ** x, z, r.uniform(-3, 3)) for z in zs))
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]:
    f = getattr(cmath, name)
    print("cmath." + name, " ".join(show(f, z) for z in zs))
print("cmath.rect", " ".join(show(cmath.rect, z.real, z.imag) for z in zs))

# The functions pymath_libm.c and pymath_gamma.c compute, over wider ranges (last, so
# that the arguments above stay what they were).
for name in ["cbrt", "erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in args1()))
for name in ["cbrt", "erf", "erfc", "expm1", "gamma", "lgamma"]:
    f = getattr(math, name)
    print(name + "-wide", " ".join(show(f, x) for x in
          [r.uniform(-30, 30) for _ in range(300)] + [r.uniform(0, 180) for _ in range(200)] +
          [r.uniform(-180, 0) for _ in range(200)] + [math.ldexp(r.uniform(-1, 1), r.randint(-1074, 1023)) for _ in range(200)]))
`;

/** The bits of a double as a BigInt, ordered so that neighbours differ by one. */
function ordered(x) {
  const b = new BigInt64Array(new Float64Array([x]).buffer)[0];
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/** Whether two printed results differ only by a few ulps in each number. */
function close(a, b) {
  const xs = a.split(','), ys = b.split(',');
  if (xs.length !== ys.length) return false;
  return xs.every((x, i) => {
    if (x === ys[i]) return true;
    const p = Number(x), q = Number(ys[i]);
    if (!Number.isFinite(p) || !Number.isFinite(q)) return false;
    const d = ordered(p) - ordered(q);
    return d >= -8n && d <= 8n;
  });
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('math, cmath and complex results equal CPython on glibc', async (t) => {
  const expected = execFileSync('python3', ['-c', PROGRAM], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
  let out = '', err = '';
  const run = ts.run(PROGRAM, { clock: 'virtual', onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  const { exitCode } = await run.done;
  assert.equal(exitCode, 0, err);
  const got = out.split('\n');
  assert.equal(got.length, expected.length, 'line count');
  const problems = [];
  let values = 0, differing = 0;
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i].split(' '), have = got[i].split(' ');
    assert.equal(have[0], want[0], `line ${i + 1} name`);
    assert.equal(have.length, want.length, `${want[0]}: value count`);
    const diffs = [];
    for (let j = 1; j < want.length; j++) {
      values++;
      if (have[j] === want[j]) continue;
      differing++;
      diffs.push(`#${j}: ours ${have[j]} CPython ${want[j]}`);
      if (!close(have[j], want[j])) problems.push(`${want[0]} #${j}: ours ${have[j]}, CPython ${want[j]} (not within 8 ulps)`);
    }
    if (diffs.length > allowed(want.length - 1)) problems.push(`${want[0]}: ${diffs.length} of ${want.length - 1} results differ (at most ${allowed(want.length - 1)}): ${diffs.slice(0, 5).join('; ')}`);
  }
  assert.deepEqual(problems, [], `${differing} of ${values} results differ`);
  t.diagnostic(`${differing} of ${values} results differ from CPython's, each by a few ulps`);
});
