# A learner's first unit tests, one of them wrong: the whole report (dots, the
# failure with its traceback and diff, the summary) goes to stdout here so that it
# is compared; unittest.main() would write it to stderr and exit with status 1.
import sys
import unittest


def word_count(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def average(numbers):
    return sum(numbers) / len(numbers)


class TestWordCount(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(word_count("a b a"), {"a": 2, "b": 1})

    def test_case_is_ignored(self):
        self.assertEqual(word_count("Go go GO"), {"go": 3})

    def test_punctuation(self):
        # The learner expects punctuation to be stripped; it is not.
        self.assertEqual(word_count("hi, hi"), {"hi": 2})


class TestAverage(unittest.TestCase):
    def test_average(self):
        self.assertAlmostEqual(average([0.1, 0.2, 0.3]), 0.2)

    def test_empty(self):
        with self.assertRaises(ZeroDivisionError):
            average([])

    def test_many(self):
        for n in (1, 2, 3):
            with self.subTest(n=n):
                self.assertEqual(average(list(range(n))), (n - 1) / 2)

    @unittest.skip("not written yet")
    def test_median(self):
        pass


runner = unittest.TextTestRunner(stream=sys.stdout)
result = unittest.main(exit=False, testRunner=runner).result
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.skipped))
