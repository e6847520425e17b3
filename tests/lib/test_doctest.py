"""doctest on the native engine against CPython: the same program's report. (Not
compared: the library frames of an unexpected exception's traceback.)"""
from compare import same_output

same_output("doctest_engine", '''\"\"\"The module's own examples.

>>> 6 * 7
42
>>> print("module")
module
\"\"\"

def add(a, b):
    """Adds.

    >>> add(1, 2)
    3
    >>> add(2, 2)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> None
    >>> x = add(1, 1)
    >>> x * 10
    20
    """
    return a + b

def div(a, b):
    """
    >>> div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> div(4, 2)
    2.0
    >>> div(1, 2)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print("a   b")
    a b
    >>> print("")
    <BLANKLINE>
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return a / b

class Box:
    """A box.

    >>> Box(3).size
    3
    """
    def __init__(self, size):
        self.size = size

    def double(self):
        """
        >>> Box(2).double()
        4
        >>> True
        1
        """
        return self.size * 2

import doctest
print(doctest.testmod())
print(doctest.testmod(verbose=True))
doctest.run_docstring_examples(add, {"add": add})
''')
