# A learner tests an async function with unittest.IsolatedAsyncioTestCase: each test
# gets a fresh event loop; the report goes to stdout here (verbosity=2) so it is
# compared, and main() does not exit so the program can print the counts after.
# (A failure's traceback would show library file paths, which differ: it is kept out
# of stdout.)
import asyncio
import sys
import unittest


async def fetch_price(item):
    await asyncio.sleep(0.5)
    prices = {"apple": 3, "pear": 4}
    if item not in prices:
        raise KeyError(item)
    return prices[item]


async def total(items):
    prices = await asyncio.gather(*(fetch_price(i) for i in items))
    return sum(prices)


class TestShop(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        self.started = self.loop.time()

    async def test_one_price(self):
        self.assertEqual(await fetch_price("apple"), 3)

    async def test_total_runs_concurrently(self):
        self.assertEqual(await total(["apple", "pear", "apple"]), 10)
        self.assertAlmostEqual(self.loop.time() - self.started, 0.5)

    async def test_unknown_item(self):
        with self.assertRaises(KeyError):
            await fetch_price("plum")

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(fetch_price("pear"), timeout=0.1)

    @unittest.expectedFailure
    async def test_wrong_expectation(self):
        self.assertEqual(await total(["pear"]), 5)

    def test_plain_method(self):
        self.assertIn("apple", ["apple", "pear"])


runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
program = unittest.main(exit=False, testRunner=runner)
result = program.result
print("run:", result.testsRun, "failures:", len(result.failures), "ok:", result.wasSuccessful())

# A failing test run on its own: the last line of its traceback is the message.
class TestWrong(unittest.IsolatedAsyncioTestCase):
    async def test_total(self):
        self.assertEqual(await total(["apple", "pear"]), 8)

result = unittest.TestResult()
TestWrong("test_total").run(result)
print(len(result.failures), result.failures[0][1].splitlines()[-1])
