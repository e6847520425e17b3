"""unittest: test cases, suites, a loader, a text runner and main(), written for
Taskscope with CPython 3.11's observable behaviour: the same failure messages
(including the diffs of lists, dicts and strings), the same report on stderr (dots,
separators, tracebacks that leave out this module's own frames, "Ran N tests", "OK" or
"FAILED (...)") and the same exit status from main().

IsolatedAsyncioTestCase lives in unittest.async_case (each test gets its own event
loop) and unittest.mock holds Mock, MagicMock, AsyncMock and patch. Test discovery in
directories is not offered: Taskscope programs are single files."""

import sys
import time
import difflib
import pprint
import re
import traceback
import collections

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

# Frames of functions whose module globals hold this name are left out of the
# tracebacks in the report, as CPython does for its own unittest modules.
__unittest = True


# ---- how values are shown in failure messages ----------------------------------------

_MAX_LENGTH = 80          # longer reprs are shortened in "a != b" messages
_PLACEHOLDER_LEN = 12     # the room "[N chars]" is assumed to take
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)

_DIFF_TOO_LONG = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def _safe_repr(obj, short=False):
    """repr(obj), or object's own repr when obj's raises; cut at 80 characters
    when short."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def _elide(text, keep_start, keep_end):
    """text with its middle replaced by "[N chars]" when that saves room."""
    hidden = len(text) - keep_start - keep_end
    if hidden > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_start], hidden, text[len(text) - keep_end:])
    return text


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _shortened_reprs(*values):
    """The reprs of values, shortened alike when one is longer than 80 characters:
    the shared beginning is elided first, then each one's own rest."""
    texts = tuple(_safe_repr(v) for v in values)
    longest = max(len(t) for t in texts)
    if longest <= _MAX_LENGTH:
        return texts
    prefix = _common_prefix(texts)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + t[n:] for t in texts)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(t[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for t in texts)


def _class_name(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


strclass = _class_name
safe_repr = _safe_repr


def _count_differences(first, second):
    """(count in first, count in second, element) for every element whose counts
    differ, in order of first appearance (first's elements, then second's)."""
    try:
        a, b = collections.Counter(first), collections.Counter(second)
    except TypeError:
        return _count_differences_unhashable(first, second)
    found = []
    for elem, n in a.items():
        m = b.get(elem, 0)
        if n != m:
            found.append((n, m, elem))
    for elem, m in b.items():
        if elem not in a:
            found.append((0, m, elem))
    return found


def _count_differences_unhashable(first, second):
    gone = object()
    a, b = list(first), list(second)
    found = []
    for i, elem in enumerate(a):
        if elem is gone:
            continue
        n = m = 0
        for j in range(i, len(a)):
            if a[j] == elem:
                n += 1
                a[j] = gone
        for j, other in enumerate(b):
            if other == elem:
                m += 1
                b[j] = gone
        if n != m:
            found.append((n, m, elem))
    for i, elem in enumerate(b):
        if elem is gone:
            continue
        m = 0
        for j in range(i, len(b)):
            if b[j] == elem:
                m += 1
                b[j] = gone
        found.append((0, m, elem))
    return found


# ---- exceptions that steer a test's run ----------------------------------------------

class SkipTest(Exception):
    """Raise to skip the running test (TestCase.skipTest does)."""


class _StopTest(Exception):
    """Ends a test early without recording anything more (failfast in subtests)."""


class _UnexpectedSuccess(Exception):
    pass


# ---- decorators ----------------------------------------------------------------------

def _identity(obj):
    return obj


def skip(reason):
    """Marks a test method or class as skipped, for the given reason."""
    def mark(item):
        if not isinstance(item, type):
            inner = item

            def skipping(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(skipping, attr, getattr(inner, attr))
                except AttributeError:
                    pass
            skipping.__wrapped__ = inner
            item = skipping
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(_identity)):
        # @skip used without a reason
        item, reason = reason, ''
        return mark(item)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    return skip(reason) if not condition else _identity


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- module-level cleanups -----------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def _enter(cm, add_cleanup):
    cls = type(cm)
    try:
        enter, leave = cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return result


def enterModuleContext(cm):
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    errors = []
    for function, args, kwargs in _unwind(_module_cleanups):
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


# ---- assertRaises and assertWarns ----------------------------------------------------

def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _BaseTestCaseContext:
    """What the assertion context managers share: failing with the test case's
    message rules."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


class _ExpectationContext(_BaseTestCaseContext):
    """What assertRaises/assertWarns return: a context manager, or, given a
    callable, the check applied to one call of it."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def handle(self, name, args, kwargs):
        if not _all_subclasses_of(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        function, *args = args
        try:
            self.obj_name = function.__name__
        except AttributeError:
            self.obj_name = str(function)
        with self:
            function(*args, **kwargs)


class _AssertRaisesContext(_ExpectationContext):
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(self._expected_name(), self.obj_name))
            self._raiseFailure("{} not raised".format(self._expected_name()))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern,
                                                         str(exc_value)))
        return True


class _AssertWarnsContext(_ExpectationContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(self._expected_name(), self.obj_name))
        self._raiseFailure("{} not triggered".format(self._expected_name()))


# ---- test cases ----------------------------------------------------------------------

class _Outcome:
    """What one run of a test has met so far: whether every part succeeded, and the
    failure an expectedFailure test was waiting for."""

    def __init__(self, result=None):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expected_failure = None
        self.supports_subtests = hasattr(result, "addSubTest")

    def run_part(self, test_case, part, *args, subtest=False):
        """Calls part(*args), recording a skip, failure or error against test_case;
        True when it returned normally."""
        was_success = self.success
        self.success = True
        try:
            part(*args)
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _record_skip(self.result, test_case, str(e))
        except _StopTest:
            pass
        except BaseException:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expected_failure = info
            else:
                self.success = False
                if subtest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _record_error(self.result, test_case, info)
        else:
            if subtest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        ok = self.success
        self.success = self.success and was_success
        return ok


def _legacy_result(result, method, consequence, stacklevel=2):
    """True (after a RuntimeWarning, as CPython gives) when result lacks one of the
    newer TestResult methods."""
    if hasattr(result, method):
        return False
    import warnings
    warnings.warn(f"TestResult has no {method} method, {consequence}", RuntimeWarning,
                  stacklevel)
    return True


def _record_skip(result, test, reason):
    if _legacy_result(result, 'addSkip', 'skips not reported', 3):
        result.addSuccess(test)
    else:
        result.addSkip(test, reason)


def _skip_reason(cls, method):
    """Why a test is skipped (by @skip on its class or method), or None."""
    if not (getattr(cls, "__unittest_skip__", False)
            or getattr(method, "__unittest_skip__", False)):
        return None
    return (getattr(cls, '__unittest_skip_why__', '')
            or getattr(method, '__unittest_skip_why__', ''))


def _call_optional(result, name):
    hook = getattr(result, name, None)
    if hook is not None:
        hook()


def _unwind(stack):
    """Takes (function, args, kwargs) cleanups off a stack, the last added first;
    a cleanup may push more while this runs."""
    while stack:
        yield stack.pop()


def _record_error(result, test, info):
    if result is None or info is None:
        return
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


_NO_MESSAGE = object()
# What len() and indexing of a sequence that cannot may raise, for assertSequenceEqual.
_NO_LENGTH = (TypeError, NotImplementedError)
_NO_ITEM = (TypeError, IndexError, NotImplementedError)


class _SubTestContext:
    """The context manager subTest() returns: a failure inside is recorded against the
    subtest, and the test goes on after the block."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        params = dict(self.parent.params) if self.parent is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.was_success = outcome.success
        outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.case
        outcome = case._outcome
        subtest = case._subtest
        case._subtest = self.parent
        if exc_type is None:
            if outcome.success:
                outcome.result.addSubTest(case, subtest, None)
        elif issubclass(exc_type, KeyboardInterrupt):
            return False
        elif issubclass(exc_type, SkipTest):
            outcome.success = False
            _record_skip(outcome.result, subtest, str(exc_value))
        elif issubclass(exc_type, _StopTest):
            pass
        elif outcome.expecting_failure:
            outcome.expected_failure = (exc_type, exc_value, tb)
        else:
            outcome.success = False
            outcome.result.addSubTest(case, subtest, (exc_type, exc_value, tb))
        ok = outcome.success
        outcome.success = outcome.success and self.was_success
        if not ok:
            if outcome.result is not None and outcome.result.failfast:
                raise _StopTest
        elif outcome.expected_failure:
            raise _StopTest
        return True


class TestCase:
    """A test: its test method runs between setUp and tearDown, then its cleanups."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (_class_name(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _class_name(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_class_name(self.__class__), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestContext(self, msg, params)

    # The four calls below are what IsolatedAsyncioTestCase replaces.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        # Without a result, the test makes its own and is a whole run by itself.
        whole_run = result is None
        if whole_run:
            result = self.defaultTestResult()
            _call_optional(result, 'startTestRun')
        result.startTest(self)
        try:
            return self._run_with(result)
        finally:
            result.stopTest(self)
            if whole_run:
                _call_optional(result, 'stopTestRun')

    def _run_with(self, result):
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self.__class__, method)
        if reason is not None:
            _record_skip(result, self, reason)
            return result
        expecting = (getattr(self, "__unittest_expecting_failure__", False)
                     or getattr(method, "__unittest_expecting_failure__", False))
        outcome = self._outcome = _Outcome(result)
        try:
            if outcome.run_part(self, self._callSetUp):
                # Only the test method itself may fail "as expected".
                outcome.expecting_failure = expecting
                outcome.run_part(self, self._callTestMethod, method)
                outcome.expecting_failure = False
                outcome.run_part(self, self._callTearDown)
            self.doCleanups()
            if outcome.success:
                self._report_pass(result, expecting, outcome.expected_failure)
            return result
        finally:
            # Drop the traceback (and the frames it keeps alive).
            outcome.expected_failure = None
            self._outcome = None

    def _report_pass(self, result, expecting, expected_failure):
        """Every part ran without an unexpected error: a success, an expected
        failure, or (an expectedFailure test that passed) an unexpected success."""
        if not expecting:
            result.addSuccess(self)
        elif expected_failure:
            if _legacy_result(result, 'addExpectedFailure', 'reporting as passes'):
                result.addSuccess(self)
            else:
                result.addExpectedFailure(self, expected_failure)
        elif not _legacy_result(result, 'addUnexpectedSuccess', 'reporting as failure'):
            result.addUnexpectedSuccess(self)
        else:
            # addFailure wants a real exception with its traceback.
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        for function, args, kwargs in _unwind(self._cleanups):
            # Through a closure: the cleanup's own keyword arguments must not
            # meet run_part's.
            outcome.run_part(self, lambda: self._callCleanup(function, *args, **kwargs))
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = failures = []
        for function, args, kwargs in _unwind(cls._class_cleanups):
            try:
                function(*args, **kwargs)
            except Exception:
                failures.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self.__class__, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for function, args, kwargs in _unwind(self._cleanups):
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (_safe_repr(standardMsg), _safe_repr(msg))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (_DIFF_TOO_LONG % len(diff))

    # -- truth, identity, membership, type --

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(
                msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                _safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                _safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    # -- ordering --

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    # -- equality --

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            check = self._type_equality_funcs.get(type(first))
            if check is not None:
                return getattr(self, check) if isinstance(check, str) else check
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(
                self._formatMessage(msg, '%s != %s' % _shortened_reprs(first, second)))

    def assertEqual(self, first, second, msg=None):
        # Two lines, as CPython's: a traceback through here shows the second.
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    # In the two methods below, the lines that may raise for the caller's values
    # (the TypeError for both places and delta, the subtraction) read as CPython's:
    # a traceback shows them.
    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            # Also for values that cannot be subtracted (equal strings...).
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        pair = f'{_safe_repr(first)} != {_safe_repr(second)}'
        if delta is None:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            tolerance = f'{places!r} places'
        elif diff <= delta:
            return
        else:
            tolerance = f'{_safe_repr(delta)} delta'
        raise self.failureException(self._formatMessage(
            msg, f'{pair} within {tolerance} ({_safe_repr(diff)} difference)'))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if first == second:
            near = True
        elif delta is None:
            near = round(diff, 7 if places is None else places) == 0
        else:
            near = diff <= delta
        if not near:
            return
        pair = f'{_safe_repr(first)} == {_safe_repr(second)}'
        if delta is not None:
            text = f'{pair} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)'
        else:
            text = f'{pair} within {7 if places is None else places!r} places'
        raise self.failureException(self._formatMessage(msg, text))

    def _pformat_diff(self, first, second):
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def _sequence_problem(self, seq1, seq2, seq_type):
        """The text of assertSequenceEqual's failure, or None when the sequences
        are equal (the caller adds the diff)."""
        kind = 'sequence' if seq_type is None else seq_type.__name__
        sizes = []
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except _NO_LENGTH:
                return f'{ordinal} {kind} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        size1, size2 = sizes
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _shortened_reprs(seq1, seq2))
        all_equal = True
        for i in range(min(sizes)):
            items = []
            for ordinal, seq in (('first', seq1), ('second', seq2)):
                try:
                    items.append(seq[i])
                except _NO_ITEM:
                    text += f'\nUnable to index element {i} of {ordinal} {kind}\n'
                    break
            if len(items) < 2 or items[0] != items[1]:
                if len(items) == 2:
                    text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _shortened_reprs(*items))
                all_equal = False
                break
        if all_equal and size1 == size2 and seq_type is None and type(seq1) != type(seq2):
            # Equal items in sequences of different types (a list and a tuple) pass.
            return None
        if size1 != size2:
            longer, shorter = (seq1, size2) if size1 > size2 else (seq2, size1)
            which = 'First' if size1 > size2 else 'Second'
            text += f'\n{which} {kind} contains {abs(size1 - size2)} additional elements.\n'
            try:
                text += f'First extra element {shorter}:\n{_safe_repr(longer[shorter])}\n'
            except _NO_ITEM:
                text += f'Unable to index element {shorter} of {which.lower()} {kind}\n'
        return text

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{ordinal} sequence is not a {seq_type.__name__}: {_safe_repr(seq)}')
        text = self._sequence_problem(seq1, seq2, seq_type)
        if text is None:
            return
        text = self._truncateMessage(text, self._pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        lines = []
        for ordinal, other, this, mine in (('first', 'second', set1, set2),
                                           ('second', 'first', set2, set1)):
            try:
                extra = this.difference(mine)
            except TypeError as e:
                self.fail(f'invalid type when attempting set difference: {e}')
            except AttributeError as e:
                self.fail(f'{ordinal} argument does not support set difference: {e}')
            if extra:
                lines.append(f'Items in the {ordinal} set but not the {other}:')
                lines += map(repr, extra)
        if lines:
            self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _check_types(self, first, second, kind, noun):
        for ordinal, value in (('First', first), ('Second', second)):
            self.assertIsInstance(value, kind, f'{ordinal} argument is not {noun}')

    def assertDictEqual(self, d1, d2, msg=None):
        self._check_types(d1, d2, dict, 'a dictionary')
        if d1 == d2:
            return
        text = self._truncateMessage('%s != %s' % _shortened_reprs(d1, d2),
                                     self._pformat_diff(d1, d2))
        self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = _count_differences(first_seq, second_seq)
        if not differences:
            return
        counts = '\n'.join('First has %d, Second has %d:  %r' % d for d in differences)
        text = self._truncateMessage('Element counts were not equal:\n', counts)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self._check_types(first, second, str, 'a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            # Too long to diff: the plain "a != b" failure.
            self._baseAssertEqual(first, second, msg)
        if first.strip('\r\n') == first and len(first.splitlines(keepends=True)) == 1:
            # A single line without an ending: diff it as one complete line.
            before, after = [first + '\n'], [second + '\n']
        else:
            before, after = first.splitlines(keepends=True), second.splitlines(keepends=True)
        diff = '\n' + ''.join(difflib.ndiff(before, after))
        text = self._truncateMessage('%s != %s' % _shortened_reprs(first, second), diff)
        self.fail(self._formatMessage(msg, text))

    # -- exceptions, warnings, logs, regular expressions --

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            raise self.failureException(self._formatMessage(
                msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            raise self.failureException(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r' % (
                    text[match.start():match.end()], unexpected_regex.pattern, text)))

    # Old spellings that CPython 3.11 still accepts (with a DeprecationWarning).
    def _old_name(new_name):
        def alias(self, *args, **kwargs):
            import warnings
            warnings.warn('Please use {0} instead.'.format(new_name), DeprecationWarning, 2)
            return getattr(self, new_name)(*args, **kwargs)
        return alias

    failUnlessEqual = assertEquals = _old_name('assertEqual')
    failIfEqual = assertNotEquals = _old_name('assertNotEqual')
    failUnlessAlmostEqual = assertAlmostEquals = _old_name('assertAlmostEqual')
    failIfAlmostEqual = assertNotAlmostEquals = _old_name('assertNotAlmostEqual')
    failUnless = assert_ = _old_name('assertTrue')
    failUnlessRaises = _old_name('assertRaises')
    failIf = _old_name('assertFalse')
    assertRaisesRegexp = _old_name('assertRaisesRegex')
    assertRegexpMatches = _old_name('assertRegex')
    assertNotRegexpMatches = _old_name('assertNotRegex')
    del _old_name


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional setUp and tearDown functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._description = description

    def _identity(self):
        # What equality and hashing compare: the four functions given.
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    @staticmethod
    def _call_given(function):
        if function is not None:
            function()

    def setUp(self):
        self._call_given(self._setUpFunc)

    def tearDown(self):
        self._call_given(self._tearDownFunc)

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._identity())

    def __str__(self):
        return f"{_class_name(type(self))} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{_class_name(type(self))} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        text = self._testFunc.__doc__
        if not text:
            return None
        return text.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """One `with self.subTest(...)` block, as the report names it:
    "test_x (module.Class.test_x) [message] (key=value)"."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        label = ''
        if self._message is not _NO_MESSAGE:
            label = f'[{self._message}]'
        if self.params:
            pairs = ', '.join(f'{key}={value!r}' for key, value in self.params.items())
            label = f'{label} ({pairs})' if label else f'({pairs})'
        return label or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'


class _ErrorHolder:
    """Stands for a class or module fixture (setUpClass, tearDownModule...) in the
    report when it raised."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


# ---- suites --------------------------------------------------------------------------

def _is_suite(test):
    try:
        iter(test)
    except TypeError:
        return False
    return True


class BaseTestSuite:
    """Tests run in the order they were added, without class or module fixtures.
    Each test is dropped from the suite once it has run (its count is kept), so
    that a long run does not keep every finished test case alive."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{_class_name(type(self))} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def _removeTestAtIndex(self, index):
        try:
            done = self._tests[index]
        except TypeError:
            # A subclass may keep its tests in something that cannot be indexed.
            return
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _FixtureOutput:
    """While a class or module fixture runs, a result that buffers output captures
    the fixture's as it does a test's (the hooks are optional on a result)."""

    def __init__(self, result):
        self.result = result

    def _hook(self, name):
        hook = getattr(self.result, name, None)
        if hook is not None:
            hook()

    def __enter__(self):
        self._hook('_setupStdout')

    def __exit__(self, *exc_info):
        self._hook('_restoreStdout')


def _report_fixture(result, error, fixture, owner, info=None):
    """Lists a fixture's exception against a stand-in named "fixture (owner)": a
    SkipTest as a skip, anything else as an error."""
    holder = _ErrorHolder(f'{fixture} ({owner})')
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(error, SkipTest):
        add_skip(holder, str(error))
    else:
        result.addError(holder, info or sys.exc_info())


def _call_fixture(result, function, fixture, owner, debug_raises=True):
    """Calls a fixture, reporting what it raises (or letting it through to a
    debug() caller); True when it returned normally."""
    try:
        function()
    except Exception as error:
        if debug_raises and isinstance(result, _DebugResult):
            raise
        _report_fixture(result, error, fixture, owner)
        return False
    return True


def _report_class_cleanups(result, cls, fixture, debug_raises):
    for info in cls.tearDown_exceptions:
        if debug_raises and isinstance(result, _DebugResult):
            raise info[1]
        _report_fixture(result, info[1], fixture, _class_name(cls), info)


class TestSuite(BaseTestSuite):
    """Tests run in order, with setUpClass/tearDownClass and setUpModule/
    tearDownModule called around the tests of each class and module.

    The result remembers the class of the test run last (_previousTestClass):
    when the next test's class or module differs, the previous one is torn down
    and the new one set up. Nested suites share that state; the outermost run
    (the one that set result._testRunEntered) tears down what is left at the end."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if not _is_suite(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        """Moves the fixtures on to test's class and module; False when their
        set-up failed, and the test is not to run."""
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        cls = test.__class__
        result._previousTestClass = cls
        return not (getattr(cls, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def _enter_class(self, test, result):
        cls = test.__class__
        if (cls == getattr(result, '_previousTestClass', None)
                or result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False)):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # A test that is a plain function has a built-in class.
            pass
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        cleanups = getattr(cls, 'doClassCleanups', None)
        with _FixtureOutput(result):
            if _call_fixture(result, set_up, 'setUpClass', _class_name(cls)):
                return
            try:
                cls._classSetupFailed = True
            except TypeError:
                pass
            # The cleanups registered before setUpClass failed still run.
            if cleanups is not None:
                cleanups()
                _report_class_cleanups(result, cls, 'setUpClass', debug_raises=False)

    def _leave_class(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or cls == test.__class__:
            return
        if (getattr(cls, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False)
                or getattr(cls, "__unittest_skip__", False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        with _FixtureOutput(result):
            if tear_down is not None:
                _call_fixture(result, tear_down, 'tearDownClass', _class_name(cls))
            if cleanups is not None:
                cleanups()
                _report_class_cleanups(result, cls, 'tearDownClass', debug_raises=True)

    @staticmethod
    def _previous_module(result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if set_up is None:
            return
        with _FixtureOutput(result):
            if not _call_fixture(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                # A failing module cleanup is reported even under debug().
                _call_fixture(result, doModuleCleanups, 'setUpModule', name,
                              debug_raises=False)

    def _leave_module(self, result):
        name = self._previous_module(result)
        if name is None or result._moduleSetUpFailed or name not in sys.modules:
            return
        tear_down = getattr(sys.modules[name], 'tearDownModule', None)
        with _FixtureOutput(result):
            if tear_down is not None:
                _call_fixture(result, tear_down, 'tearDownModule', name)
            _call_fixture(result, doModuleCleanups, 'tearDownModule', name)


class _DebugResult:
    """The result TestSuite.debug() runs with: it only lets exceptions through."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ---- loading tests -------------------------------------------------------------------

def _three_way(a, b):
    return (a > b) - (a < b)


def _is_test_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, TestCase)


class TestLoader:
    """Finds the test methods of classes and modules and makes suites of them."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def _selected(self, testCaseClass, name):
        if not name.startswith(self.testMethodPrefix):
            return False
        if not callable(getattr(testCaseClass, name)):
            return False
        patterns = self.testNamePatterns
        if not patterns:
            return True
        import fnmatch
        qualified = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
        return any(fnmatch.fnmatchcase(qualified, pattern) for pattern in patterns)

    def getTestCaseNames(self, testCaseClass):
        names = [name for name in dir(testCaseClass) if self._selected(testCaseClass, name)]
        order = self.sortTestMethodsUsing
        if order:
            from functools import cmp_to_key
            names.sort(key=cmp_to_key(order))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        found = []
        for attribute in dir(module):
            candidate = getattr(module, attribute)
            if _is_test_case_class(candidate) and candidate not in (TestCase, FunctionTestCase):
                found.append(self.loadTestsFromTestCase(candidate))
        suite = self.suiteClass(found)
        # A module may choose its own tests with the load_tests protocol.
        hook = getattr(module, 'load_tests', None)
        return suite if hook is None else hook(self, suite, pattern)

    def loadTestsFromName(self, name, module=None):
        path = name.split('.')
        if module is None:
            target, path = __import__(path[0]), path[1:]
        else:
            target = module
        owner = None
        for step in path:
            owner, target = target, getattr(target, step)
        if isinstance(target, type(sys)):
            return self.loadTestsFromModule(target)
        if _is_test_case_class(target):
            return self.loadTestsFromTestCase(target)
        if callable(target) and _is_test_case_class(owner):
            # A method named through its class: that one test.
            return self.suiteClass([owner(path[-1])])
        if isinstance(target, TestSuite):
            return target
        if not callable(target):
            raise TypeError("don't know how to make test from: %s" % target)
        made = target()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (target, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise ImportError("test discovery is not available in Taskscope "
                          "(programs are single files): use unittest.main()")


defaultTestLoader = TestLoader()


def _deprecated_loader(function, instead, prefix, sortUsing, **settings):
    """The loader behind one of the module-level functions deprecated in 3.11."""
    import warnings
    warnings.warn(f"unittest.{function}() is deprecated and will be removed in Python "
                  f"3.13. Please use unittest.TestLoader.{instead}() instead.",
                  DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    settings.update(testMethodPrefix=prefix, sortTestMethodsUsing=sortUsing)
    for name, value in settings.items():
        # A suiteClass of None keeps the loader's own.
        if value or name != 'suiteClass':
            setattr(loader, name, value)
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way, testNamePatterns=None):
    loader = _deprecated_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                                testNamePatterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way, suiteClass=TestSuite):
    loader = _deprecated_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing,
                                suiteClass=suiteClass)
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way, suiteClass=TestSuite):
    loader = _deprecated_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing,
                                suiteClass=suiteClass)
    return loader.loadTestsFromModule(module)


# ---- results -------------------------------------------------------------------------

def _in_unittest(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _traceback_text(info, test):
    """The report's text for one error: the traceback without this module's
    frames around the test's own (as CPython's unittest trims it), then the
    exception line."""
    exc_type, value, tb = info
    while tb is not None and _in_unittest(tb):
        tb = tb.tb_next
    # For a failed assertion the frames of assert* themselves go too: keep the
    # frames up to the first one inside unittest.
    keep = None
    if exc_type is test.failureException:
        keep = 0
        walk = tb
        while walk is not None and not _in_unittest(walk):
            keep += 1
            walk = walk.tb_next
        if walk is None:
            keep = None
    if value is None:
        value = exc_type()
    _trim_chained(value)
    saved = value.__traceback__
    value.with_traceback(tb)
    try:
        pieces = traceback.format_exception(value)
    finally:
        value.with_traceback(saved)
    if keep is not None:
        # The frames of the last exception of the chain lie between its
        # "Traceback" header and its own closing lines.
        tail = _closing_pieces(pieces, ''.join(traceback.format_exception_only(value)))
        header = len(pieces) - tail - 1
        while header >= 0 and not pieces[header].startswith('Traceback (most recent call last)'):
            header -= 1
        if header >= 0:
            frames = pieces[header + 1:len(pieces) - tail]
            pieces = pieces[:header + 1] + frames[:keep] + pieces[len(pieces) - tail:]
    return ''.join(pieces)


def _trim_chained(value):
    """The exceptions chained to value (as cause or context) lose the frames of
    this module their tracebacks start with, for good, as CPython's unittest does:
    an error caught inside an assert method then shows no traceback of its own."""
    seen = {id(value)}
    pending = [value]
    while pending:
        exc = pending.pop()
        for linked in (exc.__cause__, exc.__context__):
            if linked is None or id(linked) in seen:
                continue
            seen.add(id(linked))
            tb = linked.__traceback__
            while tb is not None and _in_unittest(tb):
                tb = tb.tb_next
            linked.__traceback__ = tb
            pending.append(linked)


def _closing_pieces(pieces, closing):
    """How many pieces at the end of pieces make up the text closing."""
    joined = ''
    n = 0
    while n < len(pieces) and len(joined) < len(closing):
        n += 1
        joined = pieces[-n] + joined
    return n


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


def _printed_report(out, err):
    """What a buffered test printed, as the report shows it after its traceback."""
    parts = []
    if out:
        parts.append('\nStdout:\n' + _with_newline(out))
    if err:
        parts.append('\nStderr:\n' + _with_newline(err))
    return parts


class _OutputCapture:
    """For TestResult.buffer: while a test runs, sys.stdout and sys.stderr are two
    StringIOs (made once, emptied after each test). The streams in place when the
    result was made are the ones given back, and what a test that did not pass
    printed is copied to them."""

    def __init__(self):
        self.saved = (sys.stdout, sys.stderr)
        self.buffers = None

    def begin(self):
        if self.buffers is None:
            import io
            self.buffers = (io.StringIO(), io.StringIO())
        sys.stdout, sys.stderr = self.buffers

    @staticmethod
    def so_far():
        # The current streams, as CPython reads them: normally the buffers.
        return sys.stdout.getvalue(), sys.stderr.getvalue()

    def end(self, replay):
        if replay:
            out, err = self.so_far()
            if out:
                self.saved[0].write(_printed_report(out, '')[0])
            if err:
                self.saved[1].write(_printed_report('', err)[0])
        sys.stdout, sys.stderr = self.saved
        for buffer in self.buffers:
            buffer.seek(0)
            buffer.truncate()


class TestResult:
    """Collects what tests did: failures and errors as (test, traceback text)
    pairs, skips as (test, reason), counts."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses'):
            setattr(self, name, [])
        self.testsRun = 0
        self.shouldStop = self.failfast = self.buffer = self.tb_locals = False
        self._capture = _OutputCapture()
        # Set when the running test fails: its buffered output is then replayed.
        self._replay = False

    # Hooks for subclasses; the plain result needs none of them.
    def printErrors(self):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._replay = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._replay = False

    # TestSuite calls these two around class and module fixtures too; a fixture's
    # failure leaves _replay set until the next test starts, as in CPython.
    def _setupStdout(self):
        if self.buffer:
            self._capture.begin()

    def _restoreStdout(self):
        if self.buffer:
            self._capture.end(self._replay)

    def _exc_info_to_string(self, err, test):
        text = _traceback_text(err, test)
        if self.buffer:
            text += ''.join(_printed_report(*self._capture.so_far()))
        return text

    def _record_problem(self, into, test, err, about=None):
        """A failure or error: its text is made from the test that ran (test), and
        listed against the test it concerns (about: a subtest, or test itself)."""
        into.append((test if about is None else about, self._exc_info_to_string(err, test)))
        self._replay = True
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self._record_problem(self.errors, test, err)

    def addFailure(self, test, err):
        self._record_problem(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        failed = issubclass(err[0], test.failureException)
        self._record_problem(self.failures if failed else self.errors, test, err, subtest)

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        # A result made by an older subclass may lack the list.
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            _class_name(type(self)), self.testsRun, len(self.errors), len(self.failures))


class _LineWriter:
    """A stream with a writeln method added."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # Looking up 'stream' itself (before __init__, or when unpickling) must not
        # recurse.
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        # Two writes, as CPython's: arg need not be a str for every stream.
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """Prints progress (a character per test, or a line per test when verbose) and,
    at the end, each failure and error with its traceback."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        # False while a verbose line "description ... " waits for its verdict.
        self._line_done = True

    def getDescription(self, test):
        summary = test.shortDescription()
        if summary and self.descriptions:
            return f'{test}\n{summary}'
        return str(test)

    def _begin_line(self, test, indent=''):
        self.stream.write(indent + self.getDescription(test) + " ... ")

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._begin_line(test)
            self.stream.flush()
            self._line_done = False

    def _verdict(self, test, word, mark):
        """Shows an outcome: the word at the end of the test's verbose line (a
        subtest, or a test whose line was already ended, gets a line of its own),
        or the mark in dots mode."""
        if self.showAll:
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or self._line_done:
                if not self._line_done:
                    self.stream.writeln()
                self._begin_line(test, '  ' if is_subtest else '')
            self.stream.writeln(word)
            self._line_done = True
        elif self.dots:
            self.stream.write(mark)
        else:
            return
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._verdict(subtest, "FAIL", 'F')
            else:
                self._verdict(subtest, "ERROR", 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._verdict(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._verdict(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._verdict(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._verdict(test, f"skipped {reason!r}", 's')

    def _plain_verdict(self, word, mark):
        # Expected failures and unexpected successes end the line as it stands.
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(mark)
        self.stream.flush()

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._plain_verdict("expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._plain_verdict("unexpected success", 'u')

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, problems in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, problems)
        surprises = self.unexpectedSuccesses
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            for line in (self.separator1, f"{flavour}: {self.getDescription(test)}",
                         self.separator2, '%s' % text):
                out.writeln(line)
            out.flush()


def _summary_counts(result):
    """The "(failures=1, skipped=2)" part of the last line of the report."""
    counts = []
    if not result.wasSuccessful():
        counts += [('failures', result.failures), ('errors', result.errors)]
    counts += [('skipped', getattr(result, 'skipped', ())),
               ('expected failures', getattr(result, 'expectedFailures', ())),
               ('unexpected successes', getattr(result, 'unexpectedSuccesses', ()))]
    return ', '.join(f'{label}={len(items)}' for label, items in counts if items)


class TextTestRunner:
    """Runs a test or suite with a TextTestResult, then prints the summary: the
    failures, "Ran N tests in T s" and OK or FAILED with the counts."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _LineWriter(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        for option in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, option, getattr(self, option))
        began = time.perf_counter()
        hook = getattr(result, 'startTestRun', None)
        if hook is not None:
            hook()
        try:
            test(result)
        finally:
            hook = getattr(result, 'stopTestRun', None)
            if hook is not None:
                hook()
        took = time.perf_counter() - began
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln(f"Ran {count} test{'' if count == 1 else 's'} in {took:.3f}s")
        out.writeln()
        verdict = "OK" if result.wasSuccessful() else "FAILED"
        counts = _summary_counts(result)
        out.write(verdict)
        out.writeln(f" ({counts})" if counts else None)
        out.flush()
        return result


# ---- Ctrl-C handling (a no-op here: programs are not interrupted from a terminal) ----

def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


# ---- main() --------------------------------------------------------------------------

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


# The options of main()'s command line: flags, destination, argparse settings, help.
_MAIN_OPTIONS = (
    (('-v', '--verbose'), 'verbosity', dict(action='store_const', const=2), 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', dict(action='store_const', const=0), 'Quiet output'),
    (('--locals',), 'tb_locals', dict(action='store_true'),
     'Show local variables in tracebacks'),
    (('-f', '--failfast'), 'failfast', dict(action='store_true'),
     'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak', dict(action='store_true'),
     'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', dict(action='store_true'),
     'Buffer stdout and stderr during tests'),
    (('-k',), 'testNamePatterns',
     dict(action='append', type=lambda p: p if '*' in p else '*%s*' % p),
     'Only run tests which match the given substring'),
)
# Settings main() may be given; the option is offered only when it was not.
_OPTIONAL_SETTINGS = ('failfast', 'catchbreak', 'buffer', 'testNamePatterns')


class TestProgram:
    """unittest.main(): loads the tests of a module (by default __main__), runs
    them with a TextTestRunner and, unless exit=False, ends the program with
    SystemExit(False) when every test passed and SystemExit(True) otherwise."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            # A dotted name: import the package, then walk down to the module.
            names = module.split('.')
            module = __import__(module)
            for name in names[1:]:
                module = getattr(module, name)
        self.module = module
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        # None for these three means "let the command line decide".
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.warnings = warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        if argv is None:
            argv = sys.argv
        self.progName = argv[0].rpartition('/')[2] if argv else 'python -m unittest'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        self._main_parser().parse_args(argv[1:], self)
        # Names on the command line win; then main()'s defaultTest (a name or
        # several); None means the whole module.
        default = self.defaultTest
        if self.tests:
            self.testNames = list(self.tests)
        elif default is not None:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        else:
            self.testNames = None
        self.createTests()

    def _main_parser(self):
        """The command line CPython's unittest.main accepts, with its help and
        errors (argparse: usage and "prog: error: ..." on stderr, exit status 2).
        An option whose setting was given to main() is left out."""
        import argparse
        parser = argparse.ArgumentParser(prog=self.progName)
        for flags, dest, settings, text in _MAIN_OPTIONS:
            if dest in _OPTIONAL_SETTINGS:
                if getattr(self, dest) is not None:
                    continue
                # The default when the option is not given.
                setattr(self, dest, [] if dest == 'testNamePatterns' else False)
            parser.add_argument(*flags, dest=dest, help=text, **settings)
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test '
                                 'methods.')

        def print_help(file=None):
            print(argparse.ArgumentParser.format_help(parser))
            print(_MODULE_EXAMPLES % {'prog': self.progName})
        parser.print_help = print_help
        return parser

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = loader.loadTestsFromModule(self.module)
        else:
            self.test = loader.loadTestsFromNames(self.testNames, self.module)

    def _make_runner(self):
        # A runner class from before some of these keywords existed gets fewer.
        keywords = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                        warnings=self.warnings, tb_locals=self.tb_locals)
        for _ in range(2):
            try:
                return self.testRunner(**keywords)
            except TypeError:
                if 'tb_locals' not in keywords:
                    break
                del keywords['tb_locals']
        return self.testRunner()

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self._make_runner() if isinstance(self.testRunner, type) else self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# Names defined in a submodule that is imported only when they are first used.
_LAZY_NAMES = {'IsolatedAsyncioTestCase': 'unittest.async_case'}


def __getattr__(name):
    # Loaded on first use, as in CPython, so that `import unittest` does not
    # import asyncio.
    if name == 'mock':
        import unittest.mock
        return sys.modules['unittest.mock']
    if name in _LAZY_NAMES:
        # (Our runtime has no importlib: __import__ and sys.modules instead.)
        module = _LAZY_NAMES[name]
        __import__(module)
        found = getattr(sys.modules[module], name)
        globals()[name] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Reprs and ids name the modules CPython defines these in (unittest.case...).
for _module, _names in (
        ('unittest.case', ('SkipTest', 'TestCase', 'FunctionTestCase', '_SubTest',
                           '_AssertRaisesContext', '_AssertWarnsContext')),
        ('unittest.suite', ('BaseTestSuite', 'TestSuite', '_ErrorHolder')),
        ('unittest.loader', ('TestLoader',)),
        ('unittest.result', ('TestResult',)),
        ('unittest.runner', ('TextTestResult', 'TextTestRunner')),
        ('unittest.main', ('TestProgram',))):
    for _name in _names:
        globals()[_name].__module__ = _module
del _module, _names, _name
