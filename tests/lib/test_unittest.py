"""unittest against CPython's: the same test programs run on our native engine and on
python3, and their whole output (stdout, the report on stderr, the exit status) must
match. Tracebacks through library frames differ only in those frames' file names and
line numbers ("<frozen asyncio.runners>" against CPython's install path), and the
wall time of "Ran N tests in T s" is CPython's real time, so both are normalised."""
import os
import re
import subprocess
import sys
import tempfile

from compare import ENGINE, same

LIBRARY_FRAME = re.compile(r'^  File "(<frozen [^>]*>|/[^"]*/lib/python3\.\d+/[^"]*)", line \d+, ')
MOCK_ID = re.compile(r"id='\d+'")
RAN = re.compile(r'^(Ran \d+ tests?) in \d+\.\d\d\ds$')


def normalise(text, name):
    lines = []
    for line in text.splitlines():
        line = line.replace(name, "PROG")
        line = LIBRARY_FRAME.sub('  File LIB, line N, ', line)
        line = RAN.sub(r'\1 in T', line)
        line = MOCK_ID.sub("id='ID'", line)
        lines.append(line)
    return lines


def run(exe, path):
    done = subprocess.run([exe, path], capture_output=True, encoding="utf-8", timeout=60,
                          cwd=os.path.dirname(path))
    name = os.path.basename(path)
    return normalise(done.stdout, name), normalise(done.stderr, name), done.returncode


def same_run(label, program):
    """The program's stdout, stderr and exit status on both engines, line by line."""
    if not os.path.exists(ENGINE):
        print(f"{label}: skipped, build/rel/taskscope is not built")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, label + ".py")
        with open(path, "w") as f:
            f.write(program)
        ours, theirs = run(ENGINE, path), run(sys.executable, path)
    for stream, a, b in (("stdout", ours[0], theirs[0]), ("stderr", ours[1], theirs[1])):
        for i, expected in enumerate(b):
            got = a[i] if i < len(a) else "<missing>"
            same(f"{label} {stream} line {i + 1}", lambda: got, lambda: expected)
        if len(a) > len(b):
            same(f"{label} {stream} extra", lambda: a[len(b):], lambda: [])
    same(f"{label} exit status", lambda: ours[2], lambda: theirs[2])
    return ours


HEADER = "import unittest\nimport asyncio\nimport sys\n\n"

PASSING = HEADER + '''
class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIs(True, True)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"wor")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__, cm.exception)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("y")

unittest.main()
'''

FAILING = HEADER + '''
def helper(x):
    assert x > 0, "x must be positive"
    return x

class Failing(unittest.TestCase):
    def test_equal_numbers(self):
        self.assertEqual(2 + 2, 5)

    def test_equal_lists(self):
        self.assertEqual([1, 2, 3], [1, 2, 4, 5])

    def test_equal_dicts(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_equal_strings(self):
        self.assertEqual("hello\\nworld\\n", "hello\\nthere\\n")

    def test_one_line_strings(self):
        self.assertEqual("kitten", "sitting")

    def test_tuples(self):
        self.assertEqual((1, "a"), (1, "b"))

    def test_sets(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_message(self):
        self.assertTrue(0, "zero is falsy")

    def test_error(self):
        {}["missing"]

    def test_helper_assert(self):
        helper(-1)

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_not_raised_callable(self):
        self.assertRaises(KeyError, len, [])

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "^abc"):
            raise ValueError("xyz")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)

    def test_in(self):
        self.assertIn("z", "abc")

    def test_is_none(self):
        self.assertIsNone(42)

    def test_is_instance(self):
        self.assertIsInstance("s", int)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less(self):
        self.assertLess(3, 2)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2, 3])

    def test_long_repr(self):
        self.assertEqual(list(range(40)), list(range(39)) + [99])

    def test_fail(self):
        self.fail("explicit failure")

    def test_not_equal(self):
        self.assertNotEqual([1], [1])

    def test_chained(self):
        try:
            int("nope")
        except ValueError as e:
            raise RuntimeError("conversion failed") from e

    def test_is(self):
        self.assertIs([], [])

if __name__ == "__main__":
    unittest.main()
'''

LIFECYCLE = HEADER + '''
log = []

def setUpModule():
    print("setUpModule")

def tearDownModule():
    print("tearDownModule")

class Lifecycle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_a(self):
        print("test_a")

    def test_b(self):
        print("test_b")
        self.assertEqual(1, 2)

    @unittest.skip("not today")
    def test_c(self):
        print("never")

    @unittest.skipIf(True, "condition holds")
    def test_d(self):
        pass

    @unittest.skipUnless(False, "condition fails")
    def test_e(self):
        pass

    @unittest.expectedFailure
    def test_f(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_g(self):
        pass

    def test_h(self):
        self.skipTest("skipped inside")

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("no database")

    def test_one(self):
        pass

class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class fixture broke")

    def test_never(self):
        pass

class SubTests(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_msg(self):
        with self.subTest("named", n=1):
            raise KeyError("k")

result = unittest.main(exit=False)
print("successful:", result.result.wasSuccessful())
print(len(result.result.failures), len(result.result.errors), len(result.result.skipped))
print(result.result.testsRun)
'''

VERBOSE = LIFECYCLE.replace("unittest.main(exit=False)", "unittest.main(exit=False, verbosity=2)")

DOCSTRINGS = HEADER + '''
class Described(unittest.TestCase):
    def test_doc(self):
        """Checks that addition works.

        More text here."""
        self.assertEqual(1, 1)

    def test_doc_fail(self):
        """Fails on purpose."""
        self.assertEqual(1, 2)

unittest.main(verbosity=2)
'''

ASYNC = HEADER + '''
async def fetch(n):
    await asyncio.sleep(0.5)
    return n * 2

class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        print("asyncSetUp", asyncio.get_running_loop() is not None)
        self.addAsyncCleanup(self.cleanup)

    async def cleanup(self):
        print("async cleanup")

    def setUp(self):
        print("setUp")

    async def asyncTearDown(self):
        print("asyncTearDown")

    async def test_fetch(self):
        self.assertEqual(await fetch(2), 4)

    async def test_gather(self):
        results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
        self.assertEqual(results, [2, 4, 6])

    async def test_fails(self):
        self.assertEqual(await fetch(1), 3)

    async def test_errors(self):
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)

    async def test_raises(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)

    def test_sync_in_async_case(self):
        self.assertTrue(True)

unittest.main(verbosity=2)
'''

SUITE = HEADER + '''
class A(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        self.assertEqual("a", "b")

class B(unittest.TestCase):
    def runTest(self):
        pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
suite = unittest.TestSuite()
suite.addTest(A("test_two"))
suite.addTests(loader.loadTestsFromTestCase(A))
suite.addTest(B())
print(suite.countTestCases())
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
result = runner.run(suite)
print(result)
print([str(t) for t, _ in result.failures])
print(repr(A("test_one")), A("test_one").id(), str(A("test_one")))
r = unittest.TestResult()
A("test_two").run(r)
print(r.testsRun, len(r.failures), r.wasSuccessful())
print(r.failures[0][1].splitlines()[-1])
fn = unittest.FunctionTestCase(lambda: None, description="a function test")
print(unittest.TextTestRunner(stream=sys.stdout).run(unittest.TestSuite([fn])))
try:
    A("nope")
except ValueError as e:
    print(e)
unittest.main(argv=["prog", "A.test_one"], exit=False)
unittest.main(argv=["prog", "-q"], exit=False)
'''

ALL_PASS_EXIT = HEADER + '''
class Ok(unittest.TestCase):
    def test_ok(self):
        pass
    @unittest.skip("later")
    def test_skip(self):
        pass

try:
    unittest.main()
except SystemExit as e:
    print("SystemExit", repr(e.code))
    raise
'''

NO_TESTS = HEADER + '''
unittest.main(exit=False)
print("done")
'''

MESSAGES = HEADER + '''
class Messages(unittest.TestCase):
    def check(self, fn, *args, **kwargs):
        try:
            fn(*args, **kwargs)
        except AssertionError as e:
            print(repr(str(e)))
        else:
            print("passed")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2, "custom")
        c(self.assertEqual, [1, 2], [1, 2, 3])
        c(self.assertEqual, [1, 2, 3], [1, 2])
        c(self.assertEqual, (1,), [1])
        c(self.assertEqual, "a" * 100, "a" * 99 + "b")
        c(self.assertEqual, "x" * 30 + "a" * 90, "x" * 30 + "b" * 90)
        c(self.assertEqual, {"k": list(range(50))}, {"k": list(range(49))})
        c(self.assertListEqual, [1], (1,))
        c(self.assertDictEqual, {}, [])
        c(self.assertMultiLineEqual, "a\\nb", "a\\nc")
        c(self.assertSequenceEqual, [1, 2], (1, 3))
        c(self.assertSetEqual, {1}, frozenset({1, 2}))
        c(self.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
        c(self.assertNotAlmostEqual, 5, 6, delta=2)
        c(self.assertIsNot, None, None)
        c(self.assertIsNotNone, None)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertNotIn, 1, [1])
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertNotRegex, "abc", "b")
        c(self.assertRegex, "abc", "z")
        c(self.assertCountEqual, [[1], [2]], [[2], [2]])
        c(self.assertTrue, 0, None)
        self.longMessage = False
        c(self.assertEqual, 1, 2, "short only")
        self.maxDiff = None
        c(self.assertEqual, list(range(100)), list(range(1, 101)))
        self.maxDiff = 20
        c(self.assertEqual, [1, 2], [1, 3])
        with self.assertRaises(TypeError) as cm:
            self.assertRaises(1)
        print(cm.exception)
        cm = self.assertRaises(ValueError)
        print(type(cm).__name__)
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("careful", UserWarning)
        c(self.assertAlmostEqual, 1, 2, places=1, delta=1)

unittest.main(exit=False)
'''

MOCK = 'import asyncio\nfrom unittest import mock\nfrom unittest.mock import Mock, MagicMock, AsyncMock, patch, call, ANY, sentinel\n\nm = Mock()\nm(1, 2, a=3)\nm.foo.bar(4)\nm.foo(5)\nm().baz(6)\nm(1, 2, a=3)\nprint(m.called, m.call_count, m.call_args, m.call_args_list)\nprint(m.mock_calls)\nprint(m.method_calls)\nprint(m.call_args.args, m.call_args.kwargs)\nprint(m.foo.bar.call_args == call(4), m.mock_calls == [call(1, 2, a=3), call.foo.bar(4), call.foo(5), call(), call().baz(6), call(1, 2, a=3)])\nm.assert_called_with(ANY, 2, a=3)\nm.assert_any_call(1, 2, a=3)\nfor fn in (lambda: m.assert_called_with(9), lambda: m.assert_called_once_with(1), lambda: m.foo.assert_not_called(),\n           lambda: Mock().assert_called_with(1), lambda: Mock(name="db").assert_called(), lambda: m.assert_has_calls([call(7)]),\n           lambda: m.foo.bar.assert_called_once_with(5), lambda: m.assert_has_calls([call.foo(5), call(1)], any_order=True),\n           lambda: m.assert_any_call(8), lambda: m.assert_called_once()):\n    try:\n        fn()\n        print("passed")\n    except AssertionError as e:\n        print("AssertionError:", e)\nm.assert_has_calls([call.foo.bar(4), call.foo(5)])\ns = Mock(return_value=3, side_effect=[1, ValueError("boom"), 2])\nprint(s(), end=" ")\ntry: s()\nexcept ValueError as e: print("raised", e, end=" ")\nprint(s())\ntry: s()\nexcept StopIteration: print("StopIteration")\nf = Mock(side_effect=lambda x: x * 2)\nprint(f(21))\ng = Mock(side_effect=KeyError)\ntry: g()\nexcept KeyError: print("KeyError")\nh = Mock(return_value=sentinel.result)\nprint(h() is sentinel.result, sentinel.result)\nmm = MagicMock()\nprint(len(mm), list(mm), bool(mm), 3 in mm, int(mm), float(mm))\nmm.__len__.return_value = 5\nmm.__iter__.return_value = [1, 2]\nmm.__getitem__.side_effect = lambda k: k * 10\nprint(len(mm), list(mm), mm[4], mm.__len__.call_count >= 2)\nwith mm as ctx:\n    print(ctx is mm.__enter__.return_value)\nmm.__str__.return_value = "custom"\nprint(str(mm))\nprint(mm == mm, mm != mm, mm == 3)\nc = Mock(**{"method.return_value": 3, "other.side_effect": KeyError})\nprint(c.method())\nc.configure_mock(name_attr=1)\nprint(c.name_attr)\nclass Real:\n    def go(self): return "real"\n    async def fetch(self): return 1\nr = Mock(spec=Real)\ntry: r.nope\nexcept AttributeError as e: print("AttributeError", e)\ntry: m.assert_called_twice()\nexcept AttributeError as e: print("AttributeError", e)\nm.reset_mock()\nprint(m.call_count, m.mock_calls, m.foo.call_count)\n\nasync def main():\n    am = AsyncMock(return_value=42)\n    co = am(1)\n    print(am.called, am.await_count)\n    print(await co, am.await_count, am.await_args)\n    am.assert_awaited_once_with(1)\n    am.assert_awaited_with(1)\n    try: am.assert_awaited_with(2)\n    except AssertionError as e: print("AssertionError:", e)\n    try: AsyncMock().assert_awaited()\n    except AssertionError as e: print("AssertionError:", e)\n    am2 = AsyncMock(side_effect=[1, 2])\n    print(await am2(), await am2())\n    rm = AsyncMock(spec=Real)\n    am3 = MagicMock()\n    async with am3 as x:\n        print("async with", type(x).__name__)\n    mr = Mock(spec=Real)\n    print(type(mr.fetch).__name__, type(mr.go).__name__)\nasyncio.run(main())\n\nimport json\nwith patch("json.dumps", return_value="patched") as pd:\n    print(json.dumps({}), pd.call_args)\nprint(json.dumps({}))\n@patch("json.loads")\ndef use(mock_loads):\n    mock_loads.return_value = {"x": 1}\n    return json.loads("whatever"), mock_loads.call_count\nprint(use())\nclass Service:\n    def get(self): return "real"\nwith patch.object(Service, "get", return_value="fake"):\n    print(Service().get())\nprint(Service().get())\nd = {"a": 1}\nwith patch.dict(d, {"b": 2}):\n    print(sorted(d.items()))\nprint(d)\nwith patch.dict(d, clear=True):\n    print(d)\nprint(d)\np = patch.object(Service, "get", new=lambda self: "started")\np.start(); print(Service().get()); p.stop(); print(Service().get())\ntry:\n    with patch("json.nothing_here"): pass\nexcept AttributeError as e: print("AttributeError", str(e).split(" does ")[1])\nasync def fetch_data():\n    return await asyncio.sleep(0, result="real")\n@patch("asyncio.sleep")\nasync def patched_async(mock_sleep):\n    mock_sleep.return_value = "mocked"\n    return await asyncio.sleep(1), type(mock_sleep).__name__\nprint(asyncio.run(patched_async()))\nprint(repr(call(1, x=2)), repr(call.a.b(3)), repr(call().c), call(1) == call(1), call(1) == call(2))\nprint(ANY == 5, repr(ANY))\nprint(Mock(name="x").y.z, )\n'

MOCK_IN_TESTS = HEADER + '''
from unittest import mock
from unittest.mock import patch, AsyncMock, MagicMock, call

class Repository:
    def load(self, key):
        raise RuntimeError("no database here")

    async def fetch(self, key):
        await asyncio.sleep(1)
        return "real " + key

repo = Repository()

def describe(key):
    return "item: " + repo.load(key)

async def describe_async(key):
    return "item: " + await repo.fetch(key)

class TestWithMocks(unittest.TestCase):
    @patch.object(Repository, "load", return_value="fake")
    def test_patched_method(self, load):
        self.assertEqual(describe("a"), "item: fake")
        load.assert_called_once_with("a")

    def test_context_manager(self):
        with patch("__main__.repo") as fake_repo:
            fake_repo.load.return_value = "x"
            self.assertEqual(describe("k"), "item: x")
            fake_repo.load.assert_called_with("k")
            print(fake_repo.mock_calls)

    def test_failing_assertion(self):
        m = MagicMock(name="sender")
        m.send("hello")
        m.send.assert_called_with("bye")

    def test_wrong_count(self):
        m = MagicMock()
        m(1)
        m(2)
        m.assert_called_once()

class TestAsyncMocks(unittest.IsolatedAsyncioTestCase):
    @patch.object(Repository, "fetch", new_callable=AsyncMock)
    async def test_async_patch(self, fetch):
        fetch.return_value = "mocked"
        self.assertEqual(await describe_async("b"), "item: mocked")
        fetch.assert_awaited_once_with("b")

    async def test_async_mock_side_effect(self):
        fetch = AsyncMock(side_effect=[1, ValueError("gone")])
        self.assertEqual(await fetch(), 1)
        with self.assertRaises(ValueError):
            await fetch()
        self.assertEqual(fetch.await_count, 2)

    async def test_not_awaited(self):
        fetch = AsyncMock()
        fetch.assert_awaited()

unittest.main(verbosity=2)
'''

FIXTURES_LOGS_DIFFS = 'import unittest, asyncio, logging, sys\n\nclass Fixtures(unittest.TestCase):\n    def setUp(self):\n        self.addCleanup(self.bad_cleanup)\n\n    def bad_cleanup(self):\n        raise RuntimeError("cleanup broke")\n\n    def tearDown(self):\n        if self._testMethodName == "test_teardown_error":\n            raise ValueError("teardown broke")\n\n    def test_ok_but_cleanup_fails(self):\n        pass\n\n    def test_teardown_error(self):\n        self.assertTrue(True)\n\nclass Logs(unittest.TestCase):\n    def test_logs(self):\n        with self.assertLogs("app", level="INFO") as cm:\n            logging.getLogger("app").info("hello %s", "world")\n            logging.getLogger("app.sub").warning("careful")\n        print(cm.output)\n        print([r.getMessage() for r in cm.records])\n\n    def test_no_logs(self):\n        with self.assertLogs("quiet"):\n            pass\n\nclass Strings(unittest.TestCase):\n    maxDiff = None\n    def test_long_text(self):\n        a = "\\n".join("line %d" % i for i in range(30))\n        b = a.replace("line 17", "line seventeen")\n        self.assertEqual(a, b)\n\n    def test_truncated(self):\n        self.maxDiff = 100\n        self.assertEqual(list(range(50)), list(range(1, 51)))\n\n    def test_dict_long(self):\n        self.assertEqual({"key%d" % i: i for i in range(20)}, {"key%d" % i: i + (i == 7) for i in range(20)})\n\nclass AsyncBroken(unittest.IsolatedAsyncioTestCase):\n    async def asyncSetUp(self):\n        raise ConnectionError("cannot connect")\n\n    async def test_never_runs(self):\n        pass\n\nclass SubVerbose(unittest.TestCase):\n    def test_params(self):\n        for n in [1, 2, 3]:\n            with self.subTest(n=n):\n                self.assertLess(n, 3)\n\n    @unittest.expectedFailure\n    def test_known_bug(self):\n        self.assertEqual(1 + 1, 3)\n\n    @unittest.expectedFailure\n    def test_fixed_bug(self):\n        self.assertEqual(1 + 1, 2)\n\nunittest.main(argv=["first-arg-is-ignored"], exit=False, verbosity=2)\nprint("after main")\nunittest.main(argv=["x", "Logs"], exit=False)\ntry:\n    unittest.main(argv=["x", "Strings.test_truncated"])\nexcept SystemExit as e:\n    print("exit code", e.code)\n'

MAIN_ARGV = 'import unittest, sys\nclass T(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): pass\n    def test_other(self): pass\nunittest.main(argv=["prog", "-k", "test_a"], exit=False)\nunittest.main(argv=["prog", "-v", "T.test_b", "T.test_other"], exit=False)\nunittest.main(argv=["prog", "-q"], exit=False)\ntry:\n    unittest.main(argv=["prog", "--bogus"], exit=False)\nexcept SystemExit as e:\n    print("exit", e.code)\ntry:\n    unittest.main(argv=["a_long_program_name.py", "-h"], exit=False)\nexcept SystemExit as e:\n    print("exit", e.code)\ntry:\n    unittest.main(argv=["prog", "-k"], exit=False)\nexcept SystemExit as e:\n    print("exit", e.code)\n'

MOCK_OPEN = 'from unittest.mock import mock_open, patch, call\n\ndef count_lines(path):\n    with open(path) as f:\n        return sum(1 for _ in f)\n\ndef first_word(path):\n    with open(path) as f:\n        return f.readline().split()[0]\n\ndef save(path, text):\n    with open(path, "w") as f:\n        f.write(text)\n\nm = mock_open(read_data="alpha beta\\ngamma\\ndelta\\n")\nwith patch("builtins.open", m):\n    print(count_lines("data.txt"))\n    print(first_word("data.txt"))\n    with open("x") as f:\n        print(repr(f.read()))\n        print(repr(f.read()))\n    with open("y") as f:\n        print(f.readlines())\nprint(m.call_args_list)\nm.assert_called_with("y")\nw = mock_open()\nwith patch("builtins.open", w):\n    save("out.txt", "hello")\nw.assert_called_once_with("out.txt", "w")\nw().write.assert_called_once_with("hello")\nprint(w.mock_calls)\nb = mock_open(read_data=b"\\x00\\x01")\nwith patch("builtins.open", b):\n    with open("bin", "rb") as f:\n        print(f.read())\nfrom unittest.mock import MagicMock, Mock\nm = MagicMock()\nm.__len__ = Mock(return_value=4)\nprint(len(m), m.mock_calls)\nm.__getitem__ = lambda self, k: k * 2\nprint(m[5])\n'

PROPERTY_MOCK = 'from unittest.mock import PropertyMock, patch\nclass Config:\n    @property\n    def port(self):\n        return 8080\nwith patch("__main__.Config.port", new_callable=PropertyMock) as port:\n    port.return_value = 9000\n    c = Config()\n    print(c.port)\n    c.port = 1\n    print(port.mock_calls)\nprint(Config().port)\np = PropertyMock(return_value=3)\nclass A: pass\nA.x = p\nprint(A().x, p.call_count, repr(p).split(" id=")[0])\n'

BUFFER = 'import unittest, sys\nclass T(unittest.TestCase):\n    def test_quiet_pass(self):\n        print("you should not see this")\n    def test_noisy_fail(self):\n        print("debug: value is", 41)\n        print("warning text", file=sys.stderr)\n        self.assertEqual(41, 42)\n    def test_error(self):\n        print("about to fail", end="")\n        raise KeyError("k")\n    def test_sub(self):\n        for i in range(2):\n            with self.subTest(i=i):\n                print("in subtest", i)\n                self.assertEqual(i, 0)\nprint("before")\nunittest.main(buffer=True, exit=False)\nprint("after")\nunittest.main(argv=["x", "-b", "-v", "T.test_quiet_pass", "T.test_error"], exit=False)\n'

ASYNC_EDGES = HEADER + """
import contextvars, logging
var = contextvars.ContextVar("var", default="unset")

class Resource:
    async def __aenter__(self):
        print("enter resource")
        return "res"
    async def __aexit__(self, *exc):
        print("exit resource", exc)

class Shared(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set("from setUp")
        print("setUp sees loop", asyncio.get_event_loop() is not None)
    async def asyncSetUp(self):
        print("asyncSetUp", var.get())
        var.set("from asyncSetUp")
        self.res = await self.enterAsyncContext(Resource())
    async def test_context(self):
        print("test", var.get(), self.res)
        self.addAsyncCleanup(self.acleanup, 1, key=2)
        self.addCleanup(print, "sync cleanup")
    async def acleanup(self, a, key):
        print("async cleanup", a, key, var.get())
    async def test_bad_context(self):
        try:
            await self.enterAsyncContext(object())
        except TypeError as e:
            print("TypeError", e)
        try:
            await self.enterAsyncContext(3)
        except TypeError as e:
            print("TypeError", e)
    def tearDown(self):
        print("tearDown", var.get())

class Broken(unittest.IsolatedAsyncioTestCase):
    async def asyncTearDown(self):
        if self._testMethodName == "test_teardown":
            raise ValueError("async teardown broke")
    async def test_teardown(self):
        pass
    async def test_cleanup(self):
        async def bad():
            raise OSError("async cleanup broke")
        self.addAsyncCleanup(bad)
    def test_sync_in_async_case(self):
        # (A failure here would show a frame of our contextvars.Context.run, which
        # is Python code where CPython's is C: kept passing.)
        self.assertEqual([1, 2], [1, 2])
    async def test_error(self):
        await asyncio.sleep(0)
        {}["missing"]
    async def test_logs(self):
        with self.assertLogs("app.x", "WARNING") as cm:
            logging.getLogger("app.x").error("bad %d", 1)
            logging.getLogger("app.x").info("ignored")
        print(cm.output, cm.records[0].levelname)
        with self.assertLogs(logging.getLogger("obj"), level=logging.DEBUG) as cm:
            logging.getLogger("obj").debug("dbg")
        print(cm)
        with self.assertNoLogs("calm", "ERROR"):
            logging.getLogger("calm").warning("only a warning")
        with self.assertLogs() as cm:
            logging.getLogger().warning("root")
        print(cm.output)
        with self.assertLogs("err"):
            logging.getLogger("err").error("boom")
            raise KeyError("inside")
    async def test_no_logs_fails(self):
        with self.assertNoLogs():
            logging.warning("one")
            logging.error("two")

class DebugRun(unittest.IsolatedAsyncioTestCase):
    async def test_debug(self):
        print("debug ran", asyncio.get_running_loop().get_debug())

DebugRun("test_debug").debug()
import warnings

unittest.main(exit=False, verbosity=2)
"""

# Class and module fixtures (failing, skipping, cleanups), FunctionTestCase, suites and
# the loader; then fixtures' output under buffer=True.
FIXTURES_LOADER = 'import unittest\nimport sys\n\ncalls = []\n\ndef setUpModule():\n    print("setUpModule")\n    unittest.addModuleCleanup(print, "module cleanup", 1)\n\ndef tearDownModule():\n    print("tearDownModule")\n    raise RuntimeError("module teardown broke")\n\nclass Good(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        print("Good.setUpClass")\n        cls.addClassCleanup(print, "class cleanup", sep="-")\n    @classmethod\n    def tearDownClass(cls):\n        print("Good.tearDownClass")\n    def test_one(self):\n        print("one")\n    def test_two(self):\n        print("two")\n\nclass BadSetUp(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        def broken():\n            raise KeyError("cleanup in failed setUpClass")\n        cls.addClassCleanup(broken)\n        raise ValueError("setUpClass broke")\n    def test_never(self):\n        print("never")\n\nclass SkippedClass(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        raise unittest.SkipTest("no database")\n    def test_x(self):\n        pass\n\n@unittest.skip("whole class")\nclass SkipDecorated(unittest.TestCase):\n    def test_y(self):\n        pass\n\nclass BadTearDown(unittest.TestCase):\n    @classmethod\n    def tearDownClass(cls):\n        raise OSError("tearDownClass broke")\n    def test_z(self):\n        self.assertTrue(True)\n\ndef check_function():\n    """Checks a function."""\n    print("function test")\n\ndef failing_function():\n    assert 1 == 2, "function failed"\n\nsuite = unittest.TestSuite()\nsuite.addTest(unittest.FunctionTestCase(check_function, setUp=lambda: print("f setUp"),\n                                        tearDown=lambda: print("f tearDown")))\nsuite.addTest(unittest.FunctionTestCase(failing_function, description="described"))\nft = unittest.FunctionTestCase(check_function)\nprint(ft.id(), str(ft), ft.shortDescription(), ft == unittest.FunctionTestCase(check_function))\nprint(repr(ft).split(" at ")[0])\nprint(suite.countTestCases(), repr(unittest.TestSuite()))\nfor bad in (3, Good, "abc"):\n    try:\n        unittest.TestSuite().addTests([bad]) if bad != "abc" else unittest.TestSuite().addTests(bad)\n    except TypeError as e:\n        print("TypeError", e)\nloader = unittest.TestLoader()\nprint(loader.getTestCaseNames(Good))\nprint(unittest.getTestCaseNames(Good, "test_o"))\nprint(loader.loadTestsFromName("Good.test_one", sys.modules[__name__]))\nprint(loader.loadTestsFromNames(["Good", "BadTearDown.test_z"], sys.modules[__name__]).countTestCases())\ntry:\n    loader.loadTestsFromName("calls", sys.modules[__name__])\nexcept TypeError as e:\n    print("TypeError", e)\nloader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)\nprint(loader.getTestCaseNames(Good))\nloader.testNamePatterns = ["*two*"]\nprint(loader.getTestCaseNames(Good))\ntry:\n    loader.loadTestsFromTestCase(unittest.TestSuite)\nexcept TypeError as e:\n    print("TypeError", e)\nr = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)\nprint(r, r.wasSuccessful(), len(r.failures))\nunittest.main(exit=False, verbosity=2)\nres = unittest.TestResult()\nprint(res, res.wasSuccessful())\nunittest.TestSuite([Good("test_one"), BadSetUp("test_never")]).run(res)\nprint(res, [str(t) for t, _ in res.errors], res.errors[0][1].splitlines()[-1])\ntry:\n    unittest.TestSuite([BadSetUp("test_never")]).debug()\nexcept ValueError as e:\n    print("debug raised", e)\nt = Good("test_one")\nprint(repr(t), str(t), t.id(), t == Good("test_one"), t != Good("test_two"), t.countTestCases())\nprint(unittest.TestCase().id(), repr(unittest.TestCase()))\ntry:\n    Good("nope")\nexcept ValueError as e:\n    print("ValueError", e)\n'

FIXTURES_BUFFERED = 'import unittest, sys\n\nclass Quiet(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        print("class setup output")\n    @classmethod\n    def tearDownClass(cls):\n        print("class teardown output", file=sys.stderr)\n        raise RuntimeError("teardown class")\n    def test_a(self):\n        print("in a")\n\nclass Loud(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        print("loud setup output")\n        raise ValueError("loud")\n    def test_b(self):\n        pass\n\nclass After(unittest.TestCase):\n    def test_c(self):\n        print("in c")\n        self.fail("c failed")\n\nunittest.main(buffer=True, exit=False)\nprint("done")\n'

# Errors raised inside assert methods: the frames and source lines a traceback shows,
# and chained exceptions whose tracebacks lie wholly inside unittest.
ASSERT_TRACEBACKS = 'import unittest\nclass T(unittest.TestCase):\n    def test_set(self):\n        self.assertSetEqual(3, {1})\n    def test_set2(self):\n        self.assertSetEqual({1}, [1])\n    def test_almost_str(self):\n        self.assertAlmostEqual("a", "b")\n    def test_not_almost_str(self):\n        self.assertNotAlmostEqual("a", "b")\n    def test_both(self):\n        self.assertNotAlmostEqual(1, 2, places=1, delta=1)\n    def test_seq(self):\n        self.assertSequenceEqual([1], [2], seq_type=list, msg=3)\n    def test_regex(self):\n        self.assertRegex("abc", "")\n    def test_regex2(self):\n        self.assertRegex("abc", 3)\n    def test_dict(self):\n        self.assertDictEqual([], {})\n    def test_count(self):\n        self.assertCountEqual(3, [1])\nunittest.main(exit=False)\n'

# A result class from before addSkip/addExpectedFailure/addUnexpectedSuccess, debug(),
# descriptions, class and module cleanups.
LEGACY_RESULT = 'import unittest, warnings, sys\nwarnings.simplefilter("always")\nclass Old:\n    shouldStop = False\n    failfast = False\n    def __init__(self): self.log = []\n    def startTest(self, t): self.log.append("start")\n    def stopTest(self, t): self.log.append("stop")\n    def addSuccess(self, t): self.log.append("success")\n    def addFailure(self, t, err): self.log.append(("failure", err[0].__name__))\n    def addError(self, t, err): self.log.append(("error", err[0].__name__))\nclass T(unittest.TestCase):\n    @unittest.skip("why")\n    def test_skip(self): pass\n    @unittest.expectedFailure\n    def test_xfail(self): self.fail()\n    @unittest.expectedFailure\n    def test_xpass(self): pass\n    def test_cleanup_kwargs(self):\n        self.addCleanup(print, "cleanup", "args", sep="+")\nfor name in ("test_skip", "test_xfail", "test_xpass", "test_cleanup_kwargs"):\n    r = Old()\n    with warnings.catch_warnings(record=True) as w:\n        warnings.simplefilter("always")\n        T(name).run(r)\n    print(name, r.log, [str(x.message) for x in w])\nr = T("test_xpass").run()\nprint(r, r.unexpectedSuccesses == [] , len(r.unexpectedSuccesses))\nt = T("test_skip")\ntry:\n    t.debug()\nexcept unittest.SkipTest as e:\n    print("SkipTest", e)\nT("test_cleanup_kwargs").debug()\nprint(T("test_skip").shortDescription(), T("test_xfail") == T("test_xfail"), hash(T("test_xfail")) == hash(T("test_xfail")))\nclass D(unittest.TestCase):\n    def test_doc(self):\n        """  First line.\n\n        More."""\nprint(repr(D("test_doc").shortDescription()), D("test_doc").id())\nclass C(unittest.TestCase):\n    pass\nC.addClassCleanup(print, "c1")\nC.addClassCleanup(lambda: 1 / 0)\nC.doClassCleanups()\nprint([e[0].__name__ for e in C.tearDown_exceptions], C._class_cleanups)\nunittest.addModuleCleanup(lambda: 1 / 0)\nunittest.addModuleCleanup(print, "m1")\ntry:\n    unittest.doModuleCleanups()\nexcept ZeroDivisionError as e:\n    print("module cleanup", e)\nclass E(unittest.TestCase):\n    def runTest(self): pass\nprint(E().id(), E()._testMethodDoc, E().countTestCases(), str(E()))\n'

# call objects in every shape they compare with, reprs, call lists; mock_open's reads,
# iteration, return values set by the test, and its reset at each open().
MOCK_CALLS_OPEN = 'from unittest.mock import call, Mock, MagicMock, ANY, mock_open, patch, DEFAULT\nc = call(1, x=2)\nshapes = [(), ((1,),), ({"x": 2},), ("name",), ((1,), {"x": 2}), ("name", (1,)), ("name", {"x": 2}),\n          ("", (1,), {"x": 2}), ("name", (1,), {"x": 2}), (1, 2, 3, 4), ((1,), {"x": 2}, "z"),\n          {"a": 1, "b": 2}, "ab", [(1,), {"x": 2}], ("x", "y")]\nfor probe in (c, call.name(1, x=2), call.name(1), call(), call(x=2), call.name(x=2), call.a.b(1)):\n    print(repr(probe), [probe == s for s in shapes], [probe != s for s in shapes[:4]],\n          probe.args, probe.kwargs, probe == 3)\nprint(call(1, ANY) == call(1, 2), call(ANY, x=ANY) == ((1,), {"x": 5}), call.a == call.a, call.a(1) == call.b(1))\nprint(repr(call), repr(call.a), repr(call().a), repr(call().a(1)), repr(call.a().b(2)), repr(call()()))\nprint(call.a.b(1).call_list(), call(1)(2).call_list(), call.count(1), call.index(2))\nm = Mock()\nm(1); m.a(2); m.a.b(3); m()(4)\nprint(m.mock_calls, m.mock_calls == [call(1), call.a(2), call.a.b(3), call(), call()(4)])\nprint([call.a(2), call.a.b(3)] in m.mock_calls, [call.a(2), call(1)] in m.mock_calls, call.a(2) in m.mock_calls)\nprint(m.call_args == call(), m.call_args == ((), {}), m.a.call_args == ("a", (2,)), m.a.call_args == ((2,),))\nprint(m.method_calls, m.a.b.call_args_list, repr(m.call_args_list))\ntry:\n    hash(call(1))\nexcept TypeError as e:\n    print("TypeError", e)\nprint(tuple(call(1)), tuple(m.a.call_args), len(m.a.call_args))\nfrom unittest.mock import _Call\nprint(repr(_Call(((1,), {}), two=True)), _Call(((1,), {}), two=True) == call(1), repr(_Call(("n", (1,), {}))))\nprint(repr(_Call((1, 2, 3, 4))), repr(_Call(("n",))), repr(_Call(({"k": 1},))))\n\nh = mock_open(read_data="l1\\nl2\\nl3\\n")\nwith patch("builtins.open", h):\n    f = open("a")\n    print(f.readline(), f.readline(), list(f), f.read())\n    f = open("b")\n    print(next(iter(f)), f.readlines())\n    f.readline.return_value = "fixed"\n    print(f.readline(), f.readline())\n    f.read.return_value = "R"\n    f.readlines.return_value = ["x"]\n    print(f.read(), f.readlines(), next(iter(f)))\n    g = open("c")\n    print(g.read(), g is f)\nh2 = mock_open(read_data="p\\nq")\nwith patch("builtins.open", h2):\n    with open("x") as f:\n        for line in f:\n            print(repr(line))\n    with open("x") as f:\n        print(repr(f.read(1)), repr(f.readline()), repr(f.readline()), repr(f.readline()))\n    h2.return_value.readline.side_effect = ["custom"]\n    f = open("y")\n    print(f.readline())\nprint(h2.mock_calls[:3])\n'

# Failing AsyncMock and Mock assertions in tests: their messages and the mock frames
# a traceback shows.
ASYNC_MOCK_ASSERTS = 'import unittest, asyncio\nfrom unittest.mock import AsyncMock, Mock\nclass T(unittest.IsolatedAsyncioTestCase):\n    async def test_a(self):\n        m = AsyncMock(name="db")\n        await m(1)\n        m.assert_awaited_once()\n        m.assert_awaited_once_with(2)\n    async def test_b(self):\n        AsyncMock().assert_awaited()\n    async def test_c(self):\n        m = AsyncMock()\n        await m(); await m()\n        m.assert_awaited_once()\n    async def test_d(self):\n        m = AsyncMock()\n        await m(1)\n        m.assert_any_await(5)\n    async def test_e(self):\n        m = AsyncMock()\n        await m(1)\n        m.assert_not_awaited()\n    async def test_f(self):\n        AsyncMock().assert_awaited_with(1)\n    async def test_g(self):\n        m = AsyncMock()\n        await m(1)\n        m.assert_awaited_with(2, k=3)\n    async def test_h(self):\n        m = Mock()\n        m(1)\n        m.assert_called_once_with(2)\nunittest.main(exit=False)\n'

PROGRAMS = {
    "passing": PASSING, "failing": FAILING, "lifecycle": LIFECYCLE, "verbose": VERBOSE,
    "docstrings": DOCSTRINGS, "async": ASYNC, "suite": SUITE, "all_pass_exit": ALL_PASS_EXIT,
    "no_tests": NO_TESTS, "messages": MESSAGES, "mock": MOCK, "mock_in_tests": MOCK_IN_TESTS,
    "fixtures_logs_diffs": FIXTURES_LOGS_DIFFS, "main_argv": MAIN_ARGV, "mock_open": MOCK_OPEN, "property_mock": PROPERTY_MOCK,
    "buffer": BUFFER, "async_edges": ASYNC_EDGES,
    "fixtures_loader": FIXTURES_LOADER, "fixtures_buffered": FIXTURES_BUFFERED,
    "assert_tracebacks": ASSERT_TRACEBACKS, "legacy_result": LEGACY_RESULT,
    "mock_calls_open": MOCK_CALLS_OPEN, "async_mock_asserts": ASYNC_MOCK_ASSERTS,
}

for label, program in PROGRAMS.items():
    same_run("unittest_" + label, program)

# With the virtual clock, tests that never sleep take no time at all.
ours = same_run("unittest_clock", PASSING.replace("unittest.main()",
                                                  "unittest.main(exit=False)\nimport time"))
if ours is not None:
    same("unittest clock", lambda: [l for l in ours[1] if l.startswith("Ran")],
         lambda: ["Ran 3 tests in T"])


# The failure messages of the assert methods on random values (nested lists, tuples,
# dicts, sets, long and multi-line strings), ours loaded under CPython beside its own.
import importlib.util  # noqa: E402
import random  # noqa: E402
import unittest  # noqa: E402
from compare import ROOT  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "ts_unittest", os.path.join(ROOT, "runtime", "lib", "unittest", "__init__.py"),
    submodule_search_locations=[os.path.join(ROOT, "runtime", "lib", "unittest")])
ts = importlib.util.module_from_spec(_spec)
sys.modules["ts_unittest"] = ts
_spec.loader.exec_module(ts)

def value(r, depth=0):
    k = r.random()
    if depth > 2 or k < 0.3:
        return r.choice([0, 1, 2, -1, 3.5, 0.1 + 0.2, "a", "text", "x" * r.randint(0, 120), None, True,
                         "multi\nline\ntext\n", "line one\nline two"])
    if k < 0.5:
        return [value(r, depth + 1) for _ in range(r.randint(0, 8))]
    if k < 0.65:
        return tuple(value(r, depth + 1) for _ in range(r.randint(0, 5)))
    if k < 0.85:
        return {r.choice("abcdefghij") * r.randint(1, 3): value(r, depth + 1) for _ in range(r.randint(0, 6))}
    return set(r.choice([1, 2, 3, 4, 5, "q", "r"]) for _ in range(r.randint(0, 5)))

def mutate(r, v):
    if isinstance(v, list) and v and r.random() < 0.7:
        v = list(v); i = r.randrange(len(v)); v[i] = mutate(r, v[i])
        if r.random() < 0.3: v.append(value(r))
        return v
    if isinstance(v, dict) and v and r.random() < 0.7:
        v = dict(v); k = r.choice(list(v)); v[k] = mutate(r, v[k]); return v
    if isinstance(v, str) and v and r.random() < 0.7:
        i = r.randrange(len(v)); return v[:i] + r.choice("zq\n") + v[i + 1:]
    return value(r)

methods = ["assertEqual", "assertNotEqual", "assertCountEqual", "assertIn", "assertNotIn",
           "assertIs", "assertListEqual", "assertDictEqual", "assertSequenceEqual",
           "assertSetEqual", "assertMultiLineEqual", "assertLess", "assertGreaterEqual",
           "assertIsInstance", "assertAlmostEqual"]


def message(mod, method, a, b, kw):
    class T(mod.TestCase):
        def runTest(self): pass
    t = T()
    if kw.get("maxDiff", 0) != 0:
        t.maxDiff = kw["maxDiff"]
    try:
        getattr(t, method)(a, b, **{k: v for k, v in kw.items() if k != "maxDiff"})
        return "passed"
    except AssertionError as e:
        return str(e)
    except Exception as e:
        return (type(e).__name__, str(e))

for seed in range(1000):
    r = random.Random(seed)
    a = value(r)
    b = mutate(r, a) if r.random() < 0.8 else a
    method = r.choice(methods)
    if method == "assertIsInstance":
        b = r.choice([int, str, list, (int, str)])
    kw = {}
    if r.random() < 0.3:
        kw["msg"] = "custom message"
    if r.random() < 0.2:
        kw["maxDiff"] = r.choice([None, 40])
    same(f"assert message {seed} {method}", lambda: message(ts, method, a, b, kw),
         lambda: message(unittest, method, a, b, kw))


# Edge cases of the assertions whose failure text is assembled piece by piece: sequences
# that cannot be measured or indexed, unequal lengths, set-difference errors, places
# and delta, long strings, subclass failureException.
class _NoLen:
    def __eq__(self, other): return False
    def __getitem__(self, i): return i

class _NoIndex:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __eq__(self, other): return False
    def __getitem__(self, i): raise IndexError(i)
    def __repr__(self): return f"_NoIndex({self.n})"

class _HalfIndex(_NoIndex):
    def __getitem__(self, i):
        if i < 2: return i
        raise NotImplementedError

_EDGES = [
    ("assertSequenceEqual", (_NoLen(), [1]), {}), ("assertSequenceEqual", ([1], _NoLen()), {}),
    ("assertSequenceEqual", (_NoIndex(2), [1, 2]), {}), ("assertSequenceEqual", ([1, 2], _NoIndex(3)), {}),
    ("assertSequenceEqual", (_HalfIndex(4), [0, 1]), {}), ("assertSequenceEqual", ([0, 1], _HalfIndex(4)), {}),
    ("assertSequenceEqual", ([1, 2, 3], [1, 2]), {}), ("assertSequenceEqual", ((1,), (1, 2, 3)), {}),
    ("assertSequenceEqual", ([1, 2], (1, 2)), {}), ("assertSequenceEqual", ([1, 2], (1, 3)), {}),
    ("assertSequenceEqual", ([1, 2], (1, 2)), {"seq_type": list}),
    ("assertSequenceEqual", ((1,), [1]), {"seq_type": list}), ("assertListEqual", ([1], (1,)), {}),
    ("assertTupleEqual", ((1, 2), (1, 2, [3] * 40)), {}), ("assertSequenceEqual", ("abc", "abd"), {}),
    ("assertSetEqual", ({1}, [1]), {}), ("assertSetEqual", ([1], {1})), ("assertSetEqual", (3, {1}), {}),
    ("assertSetEqual", ({1, 2}, {2, 3}), {"msg": "m"}), ("assertSetEqual", (frozenset(), {1}), {}),
    ("assertSetEqual", ({1}, 3), {}),
    ("assertAlmostEqual", (1.0, 1.1), {}), ("assertAlmostEqual", (1.0, 1.1), {"places": 1}),
    ("assertAlmostEqual", (1.0, 1.1), {"delta": 0.05}), ("assertAlmostEqual", (1.0, 1.1), {"delta": 0.5}),
    ("assertAlmostEqual", (1.0, 1.1), {"delta": 0.5, "places": 2}), ("assertAlmostEqual", ("a", "a"), {}),
    ("assertAlmostEqual", ("a", "b"), {}), ("assertAlmostEqual", (1, 1), {"delta": 1, "places": 1}),
    ("assertNotAlmostEqual", (1.0, 1.0), {}), ("assertNotAlmostEqual", (1.0, 1.00000001), {}),
    ("assertNotAlmostEqual", (1.0, 1.1), {"delta": 0.5}), ("assertNotAlmostEqual", (1.0, 1.1), {"delta": 0.01}),
    ("assertNotAlmostEqual", (1.0, 1.1), {"places": 0}), ("assertNotAlmostEqual", ("a", "a"), {}),
    ("assertNotAlmostEqual", (1, 2), {"delta": 1, "places": 1}), ("assertNotAlmostEqual", (5, 5), {"delta": 1, "msg": "m"}),
    ("assertMultiLineEqual", ("one", "two"), {}), ("assertMultiLineEqual", ("one\n", "two\n"), {}),
    ("assertMultiLineEqual", ("a\nb", "a\nc"), {}), ("assertMultiLineEqual", ("x" * 70000, "y"), {}),
    ("assertMultiLineEqual", (b"x", "x"), {}), ("assertMultiLineEqual", ("x", 1), {}),
    ("assertDictEqual", ([], {}), {}), ("assertDictEqual", ({}, 1), {}), ("assertDictEqual", ({1: 2}, {1: 3}), {"msg": "m"}),
    ("assertCountEqual", ([1, 1, 2], [1, 2, 2]), {}), ("assertCountEqual", ([[1], [1]], [[1]]), {}),
    ("assertRegex", ("abc", "x"), {}), ("assertRegex", ("abc", "b"), {}), ("assertNotRegex", ("abc", "b"), {}),
    ("assertNotRegex", ("abc", "x+"), {}), ("assertRegex", ("abc", ""), {}),
]

def edge(mod, method, args, kw):
    class T(mod.TestCase):
        def runTest(self): pass
    try:
        getattr(T(), method)(*args, **kw)
        return "passed"
    except AssertionError as e:
        return ("AssertionError", str(e))
    except Exception as e:
        return (type(e).__name__, str(e))

for n, case in enumerate(_EDGES):
    method, args = case[0], case[1]
    kw = case[2] if len(case) > 2 else {}
    same(f"assert edge {n} {method}", lambda: edge(ts, method, args, kw),
         lambda: edge(unittest, method, args, kw))
