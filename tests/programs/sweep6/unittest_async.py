import asyncio, unittest

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

class TestAdd(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.base = 10
    async def test_add(self):
        self.assertEqual(await add(1, 2), 3)
    async def test_base(self):
        self.assertEqual(await add(self.base, 1), 11)
    async def test_fail(self):
        try:
            self.assertEqual(await add(1, 1), 3, "math is hard")
        except AssertionError as e:
            print("assertion:", e)
    async def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_sync(self):
        self.assertIn(2, [1, 2])
        self.assertTrue(True)
    @unittest.skip("not now")
    async def test_skip(self):
        pass

class TestPlain(unittest.TestCase):
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
    def test_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertLess(i, 2)

if __name__ == "__main__":
    import sys
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
    res = runner.run(suite)
    print(res.wasSuccessful(), len(res.failures), len(res.errors), len(res.skipped), res.testsRun)
