# A learner documents functions with examples and checks them with doctest.testmod():
# the failing example is reported with what was expected and what came out.
import asyncio
import doctest


def average(values):
    """Returns the mean of a list of numbers.

    >>> average([1, 2, 3])
    2.0
    >>> average([10])
    10.0
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    """
    return sum(values) / len(values)


def shout(text):
    """
    >>> shout("hi")
    'HI!'
    >>> shout("two words")
    'TWO WORDS'
    """
    return text.upper() + "!"


def run_later(value):
    """Runs a coroutine with asyncio.run inside an example.

    >>> run_later(5)
    waited 0.2
    10
    """
    async def work():
        await asyncio.sleep(0.2)
        print("waited", asyncio.get_running_loop().time())
        return value * 2
    return asyncio.run(work())


results = doctest.testmod()
print(results)
print(results.failed, results.attempted)
